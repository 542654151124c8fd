#include "unrest/scenario/scenario_files.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "unrest/core/error.hpp"
#include "unrest/scenario/embedded.hpp"
#include "unrest/scenario/scenario.hpp"

namespace unrest {
namespace {

bool has(const std::vector<ScenarioFile>& files, const std::string& path) {
  return std::any_of(files.begin(), files.end(),
                     [&](const ScenarioFile& f) { return f.path == path; });
}

TEST(ScenarioFiles, ACounterfactualBringsItsBaseAndTheBasesData) {
  const std::vector<ScenarioFile> files = shipped_scenario_files("kazakhstan-2022/policy");
  ASSERT_FALSE(files.empty());
  EXPECT_EQ(files.front().path, "policy.toml");
  EXPECT_TRUE(has(files, "scenario.toml"));
  EXPECT_TRUE(has(files, "cities.csv"));
  EXPECT_TRUE(has(files, "observed.csv"));
  // Only what it reads: the sibling counterfactuals and unread tables stay behind.
  EXPECT_FALSE(has(files, "no-shutdown.toml"));
  EXPECT_FALSE(has(files, "facts.csv"));
  // Each file once.
  for (const ScenarioFile& f : files) {
    EXPECT_EQ(std::count_if(files.begin(), files.end(),
                            [&](const ScenarioFile& g) { return g.path == f.path; }),
              1)
        << f.path;
  }
}

TEST(ScenarioFiles, AClassicScenarioIsOneFile) {
  const std::vector<ScenarioFile> files = shipped_scenario_files("epstein/run2");
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files.front().path, "run2.toml");
}

TEST(ScenarioFiles, AnUnknownNameIsAnInputError) {
  EXPECT_THROW((void)shipped_scenario_files("no/such"), InputError);
}

// Every shipped scenario written out and loaded from disk is the same
// scenario: the merged tables and every data file's contents agree.
TEST(ScenarioFiles, EveryShippedScenarioWrittenOutLoadsAsTheSame) {
  const std::filesystem::path root =
      std::filesystem::path(testing::TempDir()) / "unrest_scenario_files_test";
  for (const auto& s : embedded_scenarios()) {
    const std::filesystem::path folder = root / s.name;
    std::filesystem::remove_all(folder);
    const std::vector<ScenarioFile> files = shipped_scenario_files(s.name);
    for (const ScenarioFile& f : files) {
      std::filesystem::create_directories((folder / f.path).parent_path());
      std::ofstream(folder / f.path, std::ios::binary) << f.text;
    }
    const Scenario shipped = Scenario::load_embedded(s.name);
    const Scenario written = Scenario::load_file((folder / files.front().path).string());
    EXPECT_EQ(written.fingerprint(), shipped.fingerprint()) << s.name;
  }
  std::filesystem::remove_all(root);
}

}  // namespace
}  // namespace unrest
