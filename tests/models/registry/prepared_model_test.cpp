#include "unrest/models/prepared_model.hpp"

#include <gtest/gtest.h>

#include "unrest/core/error.hpp"
#include "unrest/models/registry.hpp"
#include "unrest/scenario/scenario.hpp"

namespace unrest {
namespace {

Scenario shipped(const char* name, const std::vector<std::string>& overrides = {}) {
  Scenario s = Scenario::load_embedded(name);
  for (const auto& o : overrides) s.apply_override(o);
  return s;
}

std::string error_of(const PreparedModel& m, const std::string& key, const ParamValue& v) {
  try {
    (void)m.with(key, v, "--param");
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

double value_of(const PreparedModel& m, const std::string& key) {
  for (const auto& p : m.parameters()) {
    if (p.key == key) {
      if (const auto* d = std::get_if<double>(&p.value)) return *d;
      return static_cast<double>(std::get<std::int64_t>(p.value));
    }
  }
  throw std::out_of_range(key);
}

// A typed value gives exactly the run that the same value written into the
// scenario gives: the seam adds nothing and loses nothing.
TEST(PreparedModel, WithEqualsTheScenarioOverride) {
  const PreparedModel base = prepare(shipped("granovetter/normal-crowd"));
  const RunResult typed = base.with("sd", 12.0).with("population", 60.0).simulate(RunOptions{3});
  const RunResult text = prepare(shipped("granovetter/normal-crowd", {"sd=12", "population=60"}))
                             .simulate(RunOptions{3});
  EXPECT_EQ(typed.series.column("acting"), text.series.column("acting"));
  EXPECT_NE(typed.series.column("acting"), base.simulate(RunOptions{3}).series.column("acting"));
  EXPECT_EQ(value_of(base.with("sd", 12.0), "sd"), 12.0);
  // The base is a value: unchanged by what was derived from it.
  EXPECT_EQ(value_of(base, "sd"), 13.0);
  EXPECT_EQ(value_of(base, "population"), 100.0);
}

TEST(PreparedModel, WithRederivesWhatDependsOnTheParameters) {
  // The uprising model's ties between places depend on gravity_exponent: a
  // new value must change the run, as the same value in the scenario does.
  const std::vector<std::string> coarse = {"scale=0.002", "min_place_agents=0", "run.ticks=72"};
  const PreparedModel base = prepare(shipped("kazakhstan-2022/scenario", coarse));
  auto overridden = coarse;
  overridden.push_back("gravity_exponent=0.5");
  const RunResult typed = base.with("gravity_exponent", 0.5).simulate();
  const RunResult text = prepare(shipped("kazakhstan-2022/scenario", overridden)).simulate();
  EXPECT_EQ(typed.series.column("protesters"), text.series.column("protesters"));
  EXPECT_NE(typed.series.column("protesters"), base.simulate().series.column("protesters"));
}

TEST(PreparedModel, WithRefusesWhatTheScenarioWouldRefuse) {
  const PreparedModel m = prepare(shipped("granovetter/normal-crowd"));
  EXPECT_EQ(error_of(m, "sd", -1.0),
            "--param: key 'params.sd': expected a number in [0, 1000000000000], got number -1");
  EXPECT_EQ(
      error_of(m, "population", 2.5),
      "--param: key 'params.population': expected an integer in [1, 1000000000], got number 2.5");
  EXPECT_EQ(error_of(m, "population", 60.0), "");
  EXPECT_NE(error_of(m, "sdd", 1.0).find("unknown parameter (did you mean 'sd'?)"),
            std::string::npos);
  // A cross-field rule: uniform bounds have no effect on normal thresholds.
  EXPECT_NE(error_of(m, "low", 1.0).find("--param: key 'params.low'"), std::string::npos);
}

// The memory check is made again for a changed value: a sweep of the grid's
// size cannot slip past the bound a scenario was prepared under.
TEST(PreparedModel, WithChecksTheMemoryAgain) {
  const PreparedModel m = prepare(shipped("epstein/run2", {"run.max_memory_gb=0.001"}));
  EXPECT_EQ(error_of(m, "width", 60.0), "");
  const std::string message = error_of(m, "width", 100000.0);
  EXPECT_NE(message.find("--param: key 'params.width': the run would need about"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("more than run.max_memory_gb = 0.001"), std::string::npos) << message;
}

}  // namespace
}  // namespace unrest
