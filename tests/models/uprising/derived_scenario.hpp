#pragma once
// A copy of the shipped Kazakhstan folder on disk, to derive scenarios from
// and to break one file of at a time (the uprising loading and products tests).

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>

#include "unrest/core/error.hpp"
#include "unrest/models/uprising/model.hpp"
#include "unrest/scenario/embedded.hpp"

namespace unrest::uprising {

namespace fs = std::filesystem;

/// A copy of the shipped Kazakhstan folder on disk, with a derived scenario.
class Derived : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("unrest-uprising-" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::create_directories(dir_);
    const std::string prefix = "scenarios/kazakhstan-2022/";
    for (const auto& f : embedded_files()) {
      if (f.path.substr(0, prefix.size()) != prefix) continue;
      std::ofstream(dir_ / std::string(f.path.substr(prefix.size()))) << f.text;
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  /// The plan of a derived file: the base with `text` added.
  RunPlan plan_of(const std::string& text) {
    const fs::path file = dir_ / "derived.toml";
    std::ofstream(file) << "[scenario]\nbase = \"scenario.toml\"\nname = \"x\"\n" << text;
    return resolve(Scenario::load_file(file.string()));
  }

  /// Appends rows to the copy's observed.csv.
  void add_to_record(const std::string& rows) {
    std::ofstream(dir_ / "observed.csv", std::ios::app) << rows;
  }

  /// The record's side (low, high) of the target `name` in a day's run of
  /// the copy as it stands.
  std::pair<double, double> observed_range(const std::string& name) {
    const RunResult r = simulate(plan_of("[run]\nticks = 24\n"));
    for (const auto& t : r.fit.targets) {
      if (t.name == name) return {t.observed_low, t.observed_high};
    }
    ADD_FAILURE() << "no target " << name;
    return {NAN, NAN};
  }

  /// The message of the error that resolving `text` (a derived file) raises.
  std::string error_of(const std::string& text) {
    try {
      (void)plan_of(text);
    } catch (const InputError& e) {
      return e.what();
    }
    return "no error";
  }

  /// Replaces the shipped crowds.csv with these rows (after its header).
  void write_crowds(const std::string& rows) {
    std::ofstream(dir_ / "crowds.csv") << "place,date,people_low,people_high,what,source,notes\n"
                                       << rows;
  }

  void replace_in(const std::string& name, const std::string& from, const std::string& to) {
    std::ifstream in(dir_ / name);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto at = text.find(from);
    ASSERT_NE(at, std::string::npos);
    text.replace(at, from.size(), to);
    std::ofstream(dir_ / name) << text;
  }

  fs::path dir_;
};

}  // namespace unrest::uprising
