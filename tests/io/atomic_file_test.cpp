#include "unrest/io/atomic_file.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace unrest {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class AtomicFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("unrest_atomic_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(AtomicFile, WritesTheWholeContentAndLeavesNoTemporary) {
  write_file_atomically(dir_ / "a.csv", "x,y\n1,2\n");
  EXPECT_EQ(read(dir_ / "a.csv"), "x,y\n1,2\n");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator{}), 1);
}

TEST_F(AtomicFile, ReplacesAnExistingFile) {
  write_file_atomically(dir_ / "a.csv", "old");
  write_file_atomically(dir_ / "a.csv", "new");
  EXPECT_EQ(read(dir_ / "a.csv"), "new");
}

TEST_F(AtomicFile, FailsWithThePathWhenTheFolderIsMissing) {
  try {
    write_file_atomically(dir_ / "missing" / "a.csv", "x");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("missing/a.csv"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(fs::exists(dir_ / "missing" / "a.csv"));
}

}  // namespace
}  // namespace unrest
