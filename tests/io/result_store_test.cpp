#include "unrest/io/result_store.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "unrest/core/error.hpp"

namespace unrest {
namespace {

TEST(ResultStore, KeepsFinishedJobsAndRefusesAnotherConfiguration) {
  const auto folder = std::filesystem::temp_directory_path() / "unrest_result_store_test";
  std::filesystem::remove_all(folder);
  {
    ResultStore store(folder, "ensemble", "abc", {{"note", "first"}}, "digest.json");
    EXPECT_FALSE(store.has("replicates/0000"));
    store.put("replicates/0000", {{"timeseries.csv", "tick\n0\n"}, {"digest.json", "{}"}});
    EXPECT_TRUE(store.has("replicates/0000"));
    EXPECT_EQ(store.record("replicates/0000"), "{}");
    EXPECT_THROW(store.put("replicates/0001", {{"timeseries.csv", ""}}), std::logic_error);
    EXPECT_FALSE(store.has("replicates/0001"));  // files without a record: not finished
  }
  ResultStore again(folder, "ensemble", "abc", {}, "digest.json");
  EXPECT_TRUE(again.has("replicates/0000"));
  EXPECT_THROW(ResultStore(folder, "ensemble", "xyz", {}, "digest.json"), std::runtime_error);
  EXPECT_THROW(ResultStore(folder, "sweep", "abc", {}, "digest.json"), std::runtime_error);
  std::filesystem::remove_all(folder);
}

TEST(ResultStore, RefusesResultsItCannotVouchFor) {
  const auto folder = std::filesystem::temp_directory_path() / "unrest_store_unvouched";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder / "replicates" / "0000");
  std::ofstream(folder / "replicates" / "0000" / "digest.json") << "{}";
  // No store.json: nothing says which configuration these are of.
  try {
    ResultStore store(folder, "ensemble", "abc", {}, "digest.json");
    FAIL() << "a folder without store.json was taken";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("holds files (replicates) but no store.json"),
              std::string::npos)
        << e.what();
  }
  std::filesystem::remove_all(folder);
}

TEST(ResultStore, ADamagedRecordIsRunAgain) {
  const auto folder = std::filesystem::temp_directory_path() / "unrest_store_damaged";
  std::filesystem::remove_all(folder);
  ResultStore store(folder, "ensemble", "abc", {}, "digest.json");
  store.put("replicates/0000", {{"digest.json", "{\"a\": 1}"}});
  EXPECT_TRUE(store.has("replicates/0000"));
  std::ofstream(folder / "replicates" / "0000" / "digest.json") << "{\"a\": ";
  EXPECT_FALSE(store.has("replicates/0000"));
  std::filesystem::remove_all(folder);
}

// Each job carries the configuration it was computed with: a job folder
// copied in from another configuration's store, or one that does not say, is
// run again rather than mixed in.
TEST(ResultStore, AJobOfAnotherConfigurationIsRunAgain) {
  const auto mine = std::filesystem::temp_directory_path() / "unrest_store_mine";
  const auto theirs = std::filesystem::temp_directory_path() / "unrest_store_theirs";
  std::filesystem::remove_all(mine);
  std::filesystem::remove_all(theirs);
  ResultStore store(mine, "ensemble", "abc", {}, "digest.json");
  ResultStore other(theirs, "ensemble", "xyz", {}, "digest.json");
  other.put("replicates/0003", {{"digest.json", "{\"theirs\": 1}"}});
  std::filesystem::copy(theirs / "replicates", mine / "replicates",
                        std::filesystem::copy_options::recursive);
  EXPECT_TRUE(other.has("replicates/0003"));
  EXPECT_FALSE(store.has("replicates/0003"));
  store.put("replicates/0003", {{"digest.json", "{\"mine\": 1}"}});
  EXPECT_TRUE(store.has("replicates/0003"));
  EXPECT_EQ(store.record("replicates/0003"), "{\"mine\": 1}");
  std::filesystem::remove(mine / "replicates" / "0003" / kJobConfigurationFile);
  EXPECT_FALSE(store.has("replicates/0003"));
  std::filesystem::remove_all(mine);
  std::filesystem::remove_all(theirs);
}

}  // namespace
}  // namespace unrest
