// Bad scenarios of the uprising model fail with the file, line and key.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "derived_scenario.hpp"
#include "runs.hpp"
#include "unrest/core/error.hpp"
#include "unrest/ensemble/target_scores.hpp"
#include "unrest/models/uprising/model.hpp"
#include "unrest/models/uprising/segments.hpp"
#include "unrest/scenario/embedded.hpp"

namespace unrest::uprising {
namespace {

TEST_F(Derived, TheShippedCopyResolves) {
  EXPECT_EQ(error_of(""), "no error");
}

TEST_F(Derived, UnknownActionNamesLineAndKey) {
  const std::string e =
      error_of("\n[[schedule]]\naction = \"amnesty\"\nat = 2022-01-03T00:00:00\n");
  EXPECT_NE(e.find("derived.toml:6"), std::string::npos) << e;
  EXPECT_NE(e.find("action"), std::string::npos) << e;
  EXPECT_NE(e.find("amnesty"), std::string::npos) << e;
}

TEST_F(Derived, BadFieldNamesLineAndKey) {
  const std::string e =
      error_of("\n[[schedule]]\naction = \"price\"\nat = 2022-01-03T00:00:00\nprice = \"cheap\"\n");
  EXPECT_NE(e.find("derived.toml:8"), std::string::npos) << e;
  EXPECT_NE(e.find("price"), std::string::npos) << e;
}

TEST_F(Derived, UnknownFieldIsAnError) {
  const std::string e = error_of(
      "\n[[schedule]]\naction = \"internet\"\nat = 2022-01-03T00:00:00\nlevel = 0\nscope = "
      "\"nation\"\nlevle = 1\n");
  EXPECT_NE(e.find("levle"), std::string::npos) << e;
}

TEST_F(Derived, UnknownPlaceInScope) {
  const std::string e = error_of(
      "\n[[schedule]]\naction = \"internet\"\nat = 2022-01-03T00:00:00\nlevel = 0\nscope = "
      "\"Almaty-Ata\"\n");
  EXPECT_NE(e.find("Almaty-Ata"), std::string::npos) << e;
  EXPECT_NE(e.find("scope"), std::string::npos) << e;
}

TEST_F(Derived, ConditionsNameWhatTheModelCounts) {
  const std::string head =
      "\n[[schedule]]\naction = \"internet\"\nat = 2022-01-03T00:00:00\nlevel = 0\nscope = "
      "\"nation\"\n";
  EXPECT_EQ(error_of(head + "when = { quantity = \"killed\", at_least = 5, scope = "
                            "[\"Almaty\", \"region:Mangystau\"] }\n"),
            "no error");
  const std::string place =
      error_of(head + "when = { quantity = \"killed\", at_least = 5, scope = \"Almaty-Ata\" }\n");
  EXPECT_NE(place.find("derived.toml:10:8: key 'schedule[20].when.scope'"), std::string::npos)
      << place;
  EXPECT_NE(place.find("Almaty-Ata"), std::string::npos) << place;
  const std::string what = error_of(head + "when = { quantity = \"deaths\", at_least = 5 }\n");
  EXPECT_NE(what.find(".when.quantity': expected one of"), std::string::npos) << what;
  EXPECT_NE(what.find("\"places_protested\""), std::string::npos) << what;
  const std::string both = error_of(head + "end = 2022-01-04T00:00:00\nhours = 5\n");
  EXPECT_NE(both.find("either end or hours"), std::string::npos) << both;
}

TEST_F(Derived, HourlyTicksOnly) {
  const std::string e = error_of("\n[run]\nhours_per_tick = 2\n");
  EXPECT_NE(e.find("run.hours_per_tick"), std::string::npos) << e;
}

TEST_F(Derived, OutOfRangeParameter) {
  const std::string e = error_of("\n[params]\nlegitimacy = 1.5\n");
  EXPECT_NE(e.find("derived.toml:6"), std::string::npos) << e;
  EXPECT_NE(e.find("legitimacy"), std::string::npos) << e;
}

TEST_F(Derived, BadDataCellNamesFileLineAndColumn) {
  replace_in("regions.csv", "Mangystau,Aktau,", "Mangystau,Aktau,x");
  const std::string e = error_of("");
  EXPECT_NE(e.find("regions.csv:"), std::string::npos) << e;
}

TEST_F(Derived, ARegionListedTwiceNamesFileLineAndColumn) {
  replace_in("regions.csv", "Atyrau,Atyrau,", "Mangystau,Atyrau,");
  const std::string e = error_of("");
  EXPECT_NE(e.find("regions.csv:"), std::string::npos) << e;
  EXPECT_NE(e.find("\"Mangystau\" is listed twice"), std::string::npos) << e;
}

TEST_F(Derived, ARegionWithoutACityIsAnError) {
  replace_in("cities.csv", "Kyzylorda,Kyzylorda,", "Kyzylorda,Turkistan,");
  const std::string e = error_of("");
  EXPECT_NE(e.find("cities.csv"), std::string::npos) << e;
  EXPECT_NE(e.find("region \"Kyzylorda\" has no city"), std::string::npos) << e;
}

TEST_F(Derived, AMalformedDisputeNamesFileLineAndColumn) {
  replace_in("enterprises.csv", ",\"2021-12-21: announced", ",\"Dec 2021: announced");
  const std::string e = error_of("");
  EXPECT_NE(e.find("enterprises.csv:6"), std::string::npos) << e;
  EXPECT_NE(e.find("open_dispute"), std::string::npos) << e;
  EXPECT_NE(e.find("YYYY-MM-DD"), std::string::npos) << e;
}

TEST_F(Derived, ADisputeIsOneKnownInTheYearBeforeTheStart) {
  // The window is [start - 12 months, start): its first day counts, the run's does not.
  replace_in("enterprises.csv", ",\"2021-12-21: announced", ",\"2021-01-01: announced");
  EXPECT_EQ(error_of(""), "no error");
  replace_in("enterprises.csv", ",\"2021-01-01: announced", ",\"2022-01-01: announced");
  std::string e = error_of("");
  EXPECT_NE(e.find("enterprises.csv:6"), std::string::npos) << e;
  EXPECT_NE(e.find("12 months"), std::string::npos) << e;
  replace_in("enterprises.csv", ",\"2022-01-01: announced", ",\"2020-12-31: announced");
  e = error_of("");
  EXPECT_NE(e.find("12 months"), std::string::npos) << e;
}

TEST_F(Derived, TheDisputeColumnIsRequired) {
  replace_in("enterprises.csv", ",strike_history,open_dispute\n", ",strike_history,dispute\n");
  const std::string e = error_of("");
  EXPECT_NE(e.find("enterprises.csv"), std::string::npos) << e;
  EXPECT_NE(e.find("open_dispute"), std::string::npos) << e;
}

TEST_F(Derived, UnknownCityInTheRecord) {
  replace_in("observed.csv", "first_protest,Aktau,", "first_protest,Aktauu,");
  const std::string e = error_of("");
  EXPECT_NE(e.find("observed.csv:"), std::string::npos) << e;
  EXPECT_NE(e.find("Aktauu"), std::string::npos) << e;
}

TEST_F(Derived, TheRecordsTimesAreDaysHoursOrIntervals) {
  replace_in("observed.csv", "first_protest,Aktau,2022-01-02,", "first_protest,Aktau,4 January,");
  const std::string e = error_of("");
  EXPECT_NE(e.find("observed.csv:3"), std::string::npos) << e;
  EXPECT_NE(e.find("'date'"), std::string::npos) << e;
  EXPECT_NE(e.find("2022-01-04T18:00/2022-01-05T06:00"), std::string::npos) << e;
}

TEST_F(Derived, AnIntervalThatEndsBeforeItBeginsIsRefused) {
  replace_in("observed.csv", "first_protest,Aktau,2022-01-02,",
             "first_protest,Aktau,2022-01-03T10:00/2022-01-02T10:00,");
  const std::string e = error_of("");
  EXPECT_NE(e.find("ends before it begins"), std::string::npos) << e;
}

TEST_F(Derived, ACasualtyFigureIsACountAFloorOrARange) {
  replace_in("observed.csv", "outcome,nation,,164,killed", "outcome,nation,,about 164,killed");
  const std::string e = error_of("");
  EXPECT_NE(e.find("observed.csv:"), std::string::npos) << e;
  EXPECT_NE(e.find("'value'"), std::string::npos) << e;
  EXPECT_NE(e.find(">=1000"), std::string::npos) << e;
}

TEST_F(Derived, TheFitTableIsChecked) {
  const std::string unknown = error_of("\n[fit.tolerance]\nfirst_protest_hour = 12\n");
  EXPECT_NE(unknown.find("fit.tolerance.first_protest_hour"), std::string::npos) << unknown;
  const std::string half = error_of("\n[fit.windows]\npeak_to = 2022-01-02\n");
  EXPECT_NE(half.find("peak_from"), std::string::npos) << half;
  const std::string origin = error_of("\n[fit]\norigin = \"Atlantis\"\n");
  EXPECT_NE(origin.find("fit.origin"), std::string::npos) << origin;
}

TEST_F(Derived, TheFitTableChecksTheCrowdFactor) {
  const std::string below_one = error_of("\n[fit.tolerance]\ncrowd_factor = 0.5\n");
  EXPECT_NE(below_one.find("derived.toml:"), std::string::npos) << below_one;
  EXPECT_NE(below_one.find("fit.tolerance.crowd_factor"), std::string::npos) << below_one;
  const std::string unknown = error_of("\n[fit.tolerance]\ncrowd_factr = 3\n");
  EXPECT_NE(unknown.find("fit.tolerance.crowd_factr"), std::string::npos) << unknown;
}

// A report gives a crowd as an interval of people, "at least" (no high end)
// or "up to" (no low end).
TEST_F(Derived, ReportedCrowdsAreIntervalsFloorsOrCeilings) {
  write_crowds(
      "Aksai,2022-01-04T18:00/2022-01-05T01:00,40,50,at the akimat,a report,\n"
      "Uralsk,2022-01-04,200,,on Abai square,a report,\"several hundred, coded at 200\"\n"
      "Aktau,2022-01-02/2022-01-04,,6000,on the square,a report,\n");
  const RunPlan plan = plan_of("");
  ASSERT_TRUE(plan.record);
  const auto& crowds = plan.record->crowds;
  ASSERT_EQ(crowds.size(), 3u);
  EXPECT_EQ(crowds[0].at.where, "Aksai");
  EXPECT_EQ(crowds[0].at.places, std::vector<std::size_t>{plan.country.find_place("Aksai")});
  EXPECT_EQ(crowds[0].low, 40);
  EXPECT_EQ(crowds[0].high, 50);
  EXPECT_EQ(crowds[0].text, "40..50");
  ASSERT_TRUE(crowds[0].at.when);
  EXPECT_EQ(crowds[0].at.when->first_hour, 90);  // 4 January 18:00
  EXPECT_EQ(crowds[1].low, 200);
  EXPECT_TRUE(std::isinf(crowds[1].high));
  EXPECT_EQ(crowds[1].text, ">=200");
  EXPECT_EQ(crowds[2].low, 0);
  EXPECT_EQ(crowds[2].high, 6000);
  EXPECT_EQ(crowds[2].text, "<=6000");
}

TEST_F(Derived, ACrowdInAPlaceTheModelLacksIsAnError) {
  write_crowds(
      "Aksai,2022-01-04,40,50,at the akimat,a report,\n"
      "Shu,2022-01-04,300,,at the akimat,a report,\n");
  const std::string e = error_of("");
  EXPECT_NE(e.find("crowds.csv:3"), std::string::npos) << e;
  EXPECT_NE(e.find("'place'"), std::string::npos) << e;
  EXPECT_NE(e.find("\"Shu\""), std::string::npos) << e;
}

TEST_F(Derived, ACrowdsSizeIsANumberOfPeople) {
  write_crowds(
      "Aksai,2022-01-04,40,50,at the akimat,a report,\n"
      "Uralsk,2022-01-04,several hundred,,on Abai square,a report,\n");
  const std::string words = error_of("");
  EXPECT_NE(words.find("crowds.csv:3"), std::string::npos) << words;
  EXPECT_NE(words.find("'people_low'"), std::string::npos) << words;
  EXPECT_NE(words.find("several hundred"), std::string::npos) << words;

  write_crowds("Aksai,2022-01-04,,,at the akimat,a report,\n");
  const std::string neither = error_of("");
  EXPECT_NE(neither.find("crowds.csv:2"), std::string::npos) << neither;
  EXPECT_NE(neither.find("'people_low'"), std::string::npos) << neither;

  write_crowds("Aksai,2022-01-04,50,40,at the akimat,a report,\n");
  const std::string reversed = error_of("");
  EXPECT_NE(reversed.find("crowds.csv:2"), std::string::npos) << reversed;
  EXPECT_NE(reversed.find("'people_high'"), std::string::npos) << reversed;

  write_crowds("Aksai,2022-01-04,40,50,at the akimat,,\n");
  const std::string unsourced = error_of("");
  EXPECT_NE(unsourced.find("crowds.csv:2"), std::string::npos) << unsourced;
  EXPECT_NE(unsourced.find("'source'"), std::string::npos) << unsourced;
}

/// A run of `plan` with another seed.
RunResult run_with_seed(RunPlan plan, std::uint64_t seed) {
  plan.seed = seed;
  return simulate(plan);
}

/// Three days at a tenth of the default scale, without the floor of agents
/// a place: protests in the west within a second of computing; the crowd
/// factor set apart from the shipped 3.
constexpr const char* kShortCoarseRun =
    "[params]\nscale = 0.002\nmin_place_agents = 0\n[run]\nticks = 72\n"
    "[fit.tolerance]\ncrowd_factor = 7\n";

// Per city, the run's most protesters in one hour against the largest crowd
// reported there: the highest low end, and of equal lows the open one.
TEST_F(Derived, APeakCrowdTargetIsTheRunsMostProtestersInOneHour) {
  write_crowds(
      "Zhanaozen,2022-01-02,20,20,video appeal,a report,\n"
      "Zhanaozen,2022-01-03,1000,1000,on the square,a report,\n"
      "Zhanaozen,2022-01-02/2022-01-07,1000,,over the episode,a report,\n"
      "Aksai,2022-01-04,40,50,at the akimat,a report,\n"
      "region:Mangystau,2022-01-03,100,100,a road block,a report,\n");
  const RunPlan plan = plan_of(kShortCoarseRun);
  const RunResult r = run_with_seed(plan, 1);
  std::vector<const FitTarget*> crowds;
  for (const auto& t : r.fit.targets) {
    if (t.group == "peak_crowd") crowds.push_back(&t);
  }
  ASSERT_EQ(crowds.size(), 2u);
  EXPECT_EQ(crowds[0]->name, "peak_crowd:Zhanaozen");
  EXPECT_EQ(crowds[0]->observed_low, 1000);
  EXPECT_TRUE(std::isinf(crowds[0]->observed_high));
  EXPECT_EQ(crowds[0]->observed_text, ">=1000");
  EXPECT_EQ(crowds[1]->name, "peak_crowd:Aksai");
  EXPECT_EQ(crowds[1]->observed_low, 40);
  EXPECT_EQ(crowds[1]->observed_high, 50);
  for (const FitTarget* t : crowds) {
    const std::string place = t->name.substr(t->name.find(':') + 1);
    double peak = 0;
    for (std::int64_t tick = 0; tick <= plan.ticks; ++tick) {
      peak = std::max(peak, testing::city_value(r, place, "protesters", tick));
    }
    EXPECT_DOUBLE_EQ(t->simulated, peak) << t->name;
    EXPECT_EQ(t->unit, "people");
    EXPECT_TRUE(t->log_scale);
    EXPECT_EQ(t->tolerance, 7) << "the scenario's [fit.tolerance] crowd_factor";
  }
  EXPECT_GT(crowds[0]->simulated, 0) << "Zhanaozen protests on its first day";
  const auto region = std::find_if(r.fit.unscored.begin(), r.fit.unscored.end(), [](const auto& u) {
    return u.first == "peak_crowd:region:Mangystau";
  });
  EXPECT_NE(region, r.fit.unscored.end());
}

// `unrest score` scores the peak crowds as a group of their own, on log(1 + people)
// and within the scenario's factor.
TEST_F(Derived, ThePeakCrowdsAreScoredAsAGroup) {
  write_crowds(
      "Zhanaozen,2022-01-03,1000,,on the square,a report,\n"
      "Aksai,2022-01-04,40,50,at the akimat,a report,\n");
  const RunPlan plan = plan_of(kShortCoarseRun);
  std::vector<std::vector<FitTarget>> runs;
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    runs.push_back(run_with_seed(plan, seed).fit.targets);
  }
  const auto groups = ensemble::score_groups(ensemble::score_targets(runs, 0.8), runs);
  const auto g = std::find_if(groups.begin(), groups.end(), [](const ensemble::GroupScore& s) {
    return s.group == "peak_crowd";
  });
  ASSERT_NE(g, groups.end());
  EXPECT_EQ(g->targets, 2u);
  EXPECT_EQ(g->unit, "log(1 + people)");
  // The same by hand: the distance in log(1 + people) to the report, and the
  // share of runs within a factor of 7, averaged over the runs and then the places.
  double error = 0, hits = 0;
  std::size_t targets = 0;
  for (std::size_t i = 0; i < runs.front().size(); ++i) {
    if (runs.front()[i].group != "peak_crowd") continue;
    ++targets;
    for (const auto& run : runs) {
      const FitTarget& t = run[i];
      const double x = std::log1p(t.simulated);
      const double low = std::log1p(t.observed_low), high = std::log1p(t.observed_high);
      error += (x < low ? low - x : x > high ? x - high : 0) / static_cast<double>(runs.size());
      hits += (t.simulated >= t.observed_low / 7 && t.simulated <= t.observed_high * 7) /
              static_cast<double>(runs.size());
    }
  }
  ASSERT_EQ(targets, 2u);
  EXPECT_NEAR(g->mean_abs_error, error / 2, 1e-12);
  EXPECT_NEAR(g->on_target, hits / 2, 1e-12);
}

TEST_F(Derived, KindsTheModelDoesNotSimulateAreKeptAndListedUnscored) {
  const std::size_t targets =
      testing::ensemble(plan_of("[run]\nticks = 24\n"), 1).front().fit.targets.size();
  add_to_record(
      "road_blockade,region:Mangystau,2022-01-03,,,a road cut,a source\n"
      "occupation,Aktau,2022-01-04T10:00,,,the port taken,a source\n"
      "protest_called,Almaty,2022-01-05,,,a march called,a source\n"
      "outcome_interim,nation,2022-01-06,100,detained,a running count,a source\n");
  const RunResult r = testing::ensemble(plan_of("[run]\nticks = 24\n"), 1).front();
  const auto& unscored = r.fit.unscored;
  const auto reason = [&](const std::string& name) {
    for (const auto& [row, why] : unscored) {
      if (row == name) return why;
    }
    return std::string("not listed");
  };
  EXPECT_EQ(reason("road_blockade:region:Mangystau"),
            "the model has no road blockades (protesters stand in places)");
  EXPECT_NE(reason("occupation:Aktau").find("no occupations"), std::string::npos);
  EXPECT_NE(reason("protest_called:Almaty").find("not a protest seen held"), std::string::npos);
  EXPECT_NE(reason("outcome_interim:nation").find("superseded"), std::string::npos);
  // They are not scored as what they are not: no target is added.
  EXPECT_EQ(r.fit.targets.size(), targets);
}

TEST_F(Derived, TheStormedPlacesFloorCountsNamedPlacesOrARowsCount) {
  const auto floor_of = [&] { return observed_range("places_stormed").first; };
  // The shipped record names 9 places (Almaty and Taraz twice).
  EXPECT_EQ(floor_of(), 9);
  // A region's row adds none of its places; a nation's count raises the floor.
  add_to_record("storming,region:Almaty,2022-01-05,,,seats taken,a source\n");
  EXPECT_EQ(floor_of(), 9);
  add_to_record("storming,nation,2022-01-05,>=12,seats,twelve seats taken,a source\n");
  EXPECT_EQ(floor_of(), 12);
  add_to_record("storming,nation,2022-01-05,many,seats,seats taken,a source\n");
  const std::string e = error_of("");
  EXPECT_NE(e.find("observed.csv:"), std::string::npos) << e;
  EXPECT_NE(e.find("counts the places taken"), std::string::npos) << e;
}

TEST_F(Derived, CountsAndFloorsOfOnePlaceMakeOneRange) {
  const auto range_of = [&](const std::string& rows) {
    add_to_record(rows);
    return observed_range("killed:Taraz");
  };
  // The shipped record: 17 killed in Taraz.
  EXPECT_EQ(range_of(""), std::pair(17.0, 17.0));
  // A floor within the counts adds nothing; a second count widens the range.
  EXPECT_EQ(range_of("outcome,Taraz,,>=10,killed,at least ten,a source\n"), std::pair(17.0, 17.0));
  EXPECT_EQ(range_of("outcome,Taraz,,21,killed,a later count,a source\n"), std::pair(17.0, 21.0));
  // A floor above every count opens it upwards.
  EXPECT_EQ(range_of("outcome,Taraz,,>=30,killed,at least thirty,a source\n"),
            std::pair(17.0, static_cast<double>(INFINITY)));
}

TEST_F(Derived, AnUnmodelledRowStillNamesAKnownPlace) {
  add_to_record("road_blockade,Atlantis,2022-01-03,,,a road cut,a source\n");
  const std::string e = error_of("");
  EXPECT_NE(e.find("observed.csv:"), std::string::npos) << e;
  EXPECT_NE(e.find("Atlantis"), std::string::npos) << e;
}

TEST_F(Derived, PopulationIsReadUnderItsNameOrTheOldOne) {
  const RunPlan old_names = plan_of("");
  replace_in("regions.csv", "region,centre,population_2021,", "region,centre,population,");
  replace_in("cities.csv", "city,region,population_2021,", "city,region,population,");
  const RunPlan new_names = plan_of("");
  ASSERT_EQ(new_names.country.places.size(), old_names.country.places.size());
  for (std::size_t p = 0; p < new_names.country.places.size(); ++p) {
    EXPECT_EQ(new_names.country.places[p].population, old_names.country.places[p].population);
  }
  replace_in("regions.csv", "region,centre,population,", "region,population_2021,population,");
  const std::string e = error_of("");
  EXPECT_NE(e.find("regions.csv"), std::string::npos) << e;
  EXPECT_NE(e.find("give the population once"), std::string::npos) << e;
}

TEST(UprisingRecord, TimesAreHoursSinceTheStartOnTheRunsClock) {
  const Calendar calendar(DateHour{CivilDate{2022, 1, 1}, 0}, 1);
  std::string problem;
  const auto day = parse_observed_time("2022-01-04", calendar, problem);
  ASSERT_TRUE(day) << problem;
  EXPECT_EQ(day->first_hour, 72);  // the whole of 4 January
  EXPECT_EQ(day->last_hour, 95);
  const auto hour = parse_observed_time("2022-01-01T18:20", calendar, problem);
  ASSERT_TRUE(hour) << problem;
  EXPECT_EQ(hour->first_hour, 18);
  EXPECT_EQ(hour->last_hour, 18);
  // "the night of 4-5 January": began in one of the hours 18:00 to 5:00.
  const auto night = parse_observed_time("2022-01-04T18:00/2022-01-05T06:00", calendar, problem);
  ASSERT_TRUE(night) << problem;
  EXPECT_EQ(night->first_hour, 90);
  EXPECT_EQ(night->last_hour, 101);
  // An end with minutes includes its hour.
  const auto minutes = parse_observed_time("2022-01-05T12:00/2022-01-05T15:34", calendar, problem);
  ASSERT_TRUE(minutes) << problem;
  EXPECT_EQ(minutes->last_hour, 111);
  for (const char* bad : {"2022-01-04T25:00", "2022-1-4", "2022-01-04/", "yesterday"}) {
    EXPECT_FALSE(parse_observed_time(bad, calendar, problem)) << bad;
  }
}

TEST(UprisingRecord, EveryRowOfTheShippedRecordIsATargetOrSaysWhyNot) {
  const RunPlan plan = testing::plan_for("kazakhstan-2022/scenario",
                                         {"scale=0.002", "min_place_agents=0", "run.ticks=48"});
  const RunResult r = simulate(plan);
  std::size_t first_protests = 0, strikes = 0, killed = 0, crowds = 0;
  for (const auto& t : r.fit.targets) {
    first_protests += t.group == "first_protest";
    strikes += t.group == "strike";
    killed += t.group == "killed";
    crowds += t.group == "peak_crowd";
    EXPECT_LE(t.observed_low, t.observed_high) << t.name;
  }
  EXPECT_EQ(first_protests, plan.record->first_protests.size());
  EXPECT_EQ(strikes, plan.record->strikes.size());
  EXPECT_GE(killed, 2u);  // the nation (164 and 238: one range) and the places
  // One peak crowd per city the crowd reports name; a region's reports
  // name no city and are listed.
  std::vector<std::string> cities, regions;
  for (const auto& c : plan.record->crowds) {
    auto& list = c.at.where.starts_with("region:") || c.at.where == "nation" ? regions : cities;
    if (std::find(list.begin(), list.end(), c.at.where) == list.end()) list.push_back(c.at.where);
  }
  EXPECT_GE(cities.size(), 9u);
  EXPECT_EQ(crowds, cities.size());
  std::vector<std::string> unscored;
  for (const auto& [name, why] : r.fit.unscored) unscored.push_back(name);
  std::vector<std::string> expected = {"hospitalised:nation"};
  for (const auto& region : regions) expected.push_back("peak_crowd:" + region);
  EXPECT_EQ(unscored, expected);
}

// A value per segment is set as `name.segment`, in the file and with --set; a misspelt segment is
// named with a hint.
TEST(UprisingSegmentParameters, SetByNameDotSegment) {
  const auto youth = static_cast<std::size_t>(Segment::Youth);
  Scenario s = Scenario::load_embedded("kazakhstan-2022/scenario");
  EXPECT_DOUBLE_EQ(resolve(s).params.base[youth], 0.2204);  // the file's dotted key
  s.apply_override("base.youth=0.3");
  s.apply_override("street.others=0.02");
  const Params p = resolve(s).params;
  EXPECT_DOUBLE_EQ(p.base[youth], 0.3);
  EXPECT_DOUBLE_EQ(p.street[static_cast<std::size_t>(Segment::Others)], 0.02);
  EXPECT_DOUBLE_EQ(p.street[youth], 0.1122);  // the file's, untouched by the override
  EXPECT_DOUBLE_EQ(base_grievance(p, youth), 0.3);

  Scenario bad = Scenario::load_embedded("kazakhstan-2022/scenario");
  bad.apply_override("base.yuoth=0.3");
  try {
    (void)resolve(bad);
    FAIL() << "a misspelt segment was accepted";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find(
                  "key 'params.base.yuoth': unknown parameter (did you mean 'base.youth'?)"),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace unrest::uprising
