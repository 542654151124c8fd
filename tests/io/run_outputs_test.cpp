#include "unrest/io/run_outputs.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>

namespace unrest {
namespace {

// A many-run command's summary files are written under the mark: a failure
// between the first file and the manifest leaves the folder visibly
// incomplete; complete() clears it.
TEST(IncompleteMark, StaysUnlessCompleted) {
  const auto folder = std::filesystem::temp_directory_path() / "unrest_incomplete_mark";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  const auto marker = folder / kIncompleteMarker;
  try {
    IncompleteMark mark(folder);
    EXPECT_TRUE(std::filesystem::exists(marker));
    throw std::runtime_error("the disk is full");
  } catch (const std::runtime_error&) {
  }
  EXPECT_TRUE(std::filesystem::exists(marker));
  {
    IncompleteMark mark(folder);
    mark.complete();
  }
  EXPECT_FALSE(std::filesystem::exists(marker));
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace unrest
