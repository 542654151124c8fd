#include "unrest/io/result_store.hpp"

#include <gtest/gtest.h>

#include <filesystem>

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

}  // namespace
}  // namespace unrest
