#include "unrest/io/manifest.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace unrest {
namespace {

TEST(Manifest, RecordsParametersSeedAndSummary) {
  RunResult r;
  r.model = "epstein";
  r.seed = 7;
  r.ticks = 10;
  r.parameters = {{"legitimacy", ParamValue{0.82}, "1"},
                  {"max_jail_term", ParamValue{INFINITY}, "ticks"},
                  {"arrest_rule", ParamValue{std::string("floor")}, "1"}};
  r.summary = {{"peak_active", 12, "most"}, {"mean_waiting_time", NAN, "none"}};
  RunContext c;
  c.scenario.name = "s";
  c.threads = 2;
  c.overrides = {"legitimacy=0.82"};
  const auto m = manifest_json(r, c);
  EXPECT_EQ(m["model"], "epstein");
  EXPECT_EQ(m["seed"], 7);
  EXPECT_EQ(m["threads"], 2);
  EXPECT_EQ(m["parameters"]["legitimacy"], 0.82);
  EXPECT_EQ(m["parameters"]["max_jail_term"], "inf");
  EXPECT_EQ(m["parameters"]["arrest_rule"], "floor");
  EXPECT_EQ(m["parameter_units"]["max_jail_term"], "ticks");
  EXPECT_EQ(m["summary"]["peak_active"]["value"], 12);
  EXPECT_TRUE(m["summary"]["mean_waiting_time"]["value"].is_null());
  EXPECT_EQ(m["overrides"][0], "legitimacy=0.82");
  EXPECT_TRUE(m.contains("git_commit"));
  EXPECT_TRUE(m.contains("unrest_version"));
}

}  // namespace
}  // namespace unrest
