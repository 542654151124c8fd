#include "unrest/ensemble/ensemble_summary.hpp"

#include <fmt/format.h>

#include <cmath>
#include <stdexcept>

namespace unrest::ensemble {

namespace {

// q05 ... q95: numbers, or (first-protest times) calendar text.
std::vector<ColumnSpec> quantile_columns(ColumnKind kind = ColumnKind::Real,
                                         const char* of = "over replicates") {
  std::vector<ColumnSpec> columns;
  for (const double p : kReportedProbabilities) {
    columns.push_back(
        {fmt::format("q{:02.0f}", p * 100), kind, fmt::format("{:.0f}% quantile {}", p * 100, of)});
  }
  return columns;
}

}  // namespace

Table ensemble_series(const std::vector<ReplicateDigest>& digests) {
  Table t;
  t.file = "ensemble_timeseries.csv";
  t.columns = {{"tick", ColumnKind::Integer, "tick"},
               {"quantity", ColumnKind::Text, "recorded series (timeseries.csv column)"},
               {"mean", ColumnKind::Real, "mean over replicates"}};
  for (auto& c : quantile_columns()) t.columns.push_back(std::move(c));
  const ReplicateDigest& first = digests.front();
  const std::size_t ticks = first.series.empty() ? 0 : first.series[0].size();
  for (const auto& d : digests) {
    if (d.series_columns.size() != first.series_columns.size() ||
        (!d.series.empty() && d.series[0].size() != ticks)) {
      throw std::runtime_error(fmt::format("replicate {} recorded other series than replicate {}",
                                           d.replicate, first.replicate));
    }
  }
  for (std::size_t r = 0; r < ticks; ++r) {
    for (std::size_t c = 1; c < first.series_columns.size(); ++c) {
      std::vector<double> sample;
      sample.reserve(digests.size());
      for (const auto& d : digests) sample.push_back(d.series[c][r]);
      const Distribution dist = describe(std::move(sample));
      std::vector<Cell> row = {first.series[0][r], first.series_columns[c].name, dist.mean};
      for (const double q : dist.q) row.emplace_back(q);
      t.rows.push_back(std::move(row));
    }
  }
  return t;
}

namespace {

/// A fit score's values over the replicates (NaN where a replicate lacks it):
/// looked up among the scores alone, so a summary value of the same name
/// never stands in for it.
std::vector<double> score_sample(const std::vector<ReplicateDigest>& digests,
                                 const std::string& name) {
  std::vector<double> sample;
  for (const auto& d : digests) {
    double value = NAN;
    for (const auto& x : d.scores) {
      if (x.name == name) value = x.value;
    }
    sample.push_back(value);
  }
  return sample;
}

Table outcome_table(const std::vector<ReplicateDigest>& digests) {
  Table t;
  t.file = "ensemble_outcomes.csv";
  t.columns = {
      {"outcome", ColumnKind::Text, "summary value, or fit score (its name prefixed with fit_)"},
      {"kind", ColumnKind::Text, "summary or fit"},
      {"n", ColumnKind::Integer, "replicates"},
      {"mean", ColumnKind::Real, "mean"},
      {"sd", ColumnKind::Real, "standard deviation"},
      {"min", ColumnKind::Real, "smallest"}};
  for (auto& c : quantile_columns()) t.columns.push_back(std::move(c));
  t.columns.push_back({"max", ColumnKind::Real, "largest"});
  t.columns.push_back({"pass_share", ColumnKind::Real, "share of replicates passing (fit)"});
  t.columns.push_back({"description", ColumnKind::Text, "what it measures"});
  const auto add = [&](const std::string& name, const std::string& kind, double pass_share,
                       const std::string& description, const Distribution& d) {
    std::vector<Cell> row = {name, kind, static_cast<double>(d.n), d.mean, d.sd, d.min};
    for (const double q : d.q) row.emplace_back(q);
    row.emplace_back(d.max);
    row.emplace_back(pass_share);
    row.emplace_back(description);
    t.rows.push_back(std::move(row));
  };
  for (const auto& s : digests.front().summary) {
    add(s.name, "summary", NAN, s.description, outcome_distribution(digests, s.name));
  }
  for (const auto& s : digests.front().scores) {
    double passing = 0;
    for (const auto& d : digests) {
      for (const auto& x : d.scores) passing += x.name == s.name && x.pass;
    }
    add(fit_column(s.name), "fit", passing / static_cast<double>(digests.size()),
        s.description + " (target " + s.target + ")", describe(score_sample(digests, s.name)));
  }
  return t;
}

std::string time_text(double tick, const Calendar& calendar) {
  if (!std::isfinite(tick)) return "none";
  const auto t = static_cast<std::int64_t>(std::llround(tick));
  return calendar.has_dates() ? calendar.stamp(t) : fmt::format("{}", t);
}

std::int64_t parse_days(const std::string& date) {
  CivilDate d;
  if (std::sscanf(date.c_str(), "%d-%d-%d", &d.year, &d.month, &d.day) != 3) return 0;
  return d.days_since_epoch();
}

Table first_protest_table(const std::vector<ReplicateDigest>& digests, const Calendar& calendar) {
  Table t;
  t.file = "ensemble_first_protest.csv";
  t.columns = {{"city", ColumnKind::Text, "city the record names"},
               {"observed_date", ColumnKind::Text, "first protest, record"},
               {"reached_share", ColumnKind::Real, "share of replicates in which it protests"},
               {"within_1_day_share", ColumnKind::Real,
                "share of replicates whose first protest is within a day of the record"}};
  for (auto& c : quantile_columns(ColumnKind::Text, "of the first protest")) {
    t.columns.push_back(std::move(c));
  }
  const ReplicateDigest& first = digests.front();
  for (std::size_t i = 0; i < first.first_protests.size(); ++i) {
    const FirstProtest& city = first.first_protests[i];
    std::vector<double> ticks;
    double reached = 0, within = 0;
    for (const auto& d : digests) {
      const double tick = i < d.first_protests.size() ? d.first_protests[i].tick : -1;
      ticks.push_back(tick >= 0 ? tick : INFINITY);
      if (tick < 0) continue;
      ++reached;
      if (calendar.has_dates()) {
        const auto day = calendar.time_of(static_cast<std::int64_t>(tick)).date.days_since_epoch();
        within += std::abs(day - parse_days(city.observed_date)) <= 1;
      }
    }
    std::sort(ticks.begin(), ticks.end());
    const auto n = static_cast<double>(digests.size());
    std::vector<Cell> row = {city.place, city.observed_date, reached / n, within / n};
    for (const double p : kReportedProbabilities) {
      row.emplace_back(time_text(quantile_sorted(ticks, p), calendar));
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

Table replicate_table(const std::vector<ReplicateDigest>& digests) {
  Table t;
  t.file = "replicates.csv";
  t.columns = {{"replicate", ColumnKind::Integer, "replicate index (keys its random stream)"}};
  const ReplicateDigest& first = digests.front();
  for (const auto& s : first.summary)
    t.columns.push_back({s.name, ColumnKind::Real, s.description});
  for (const auto& s : first.scores) {
    t.columns.push_back({fit_column(s.name), ColumnKind::Real, "fit score: " + s.description});
  }
  std::vector<std::vector<double>> scores;
  for (const auto& s : first.scores) scores.push_back(score_sample(digests, s.name));
  for (std::size_t r = 0; r < digests.size(); ++r) {
    const ReplicateDigest& d = digests[r];
    std::vector<Cell> row = {static_cast<double>(d.replicate)};
    for (const auto& s : first.summary)
      row.emplace_back(d.has_value(s.name) ? d.value(s.name) : NAN);
    for (const auto& sample : scores) row.emplace_back(sample[r]);
    t.rows.push_back(std::move(row));
  }
  return t;
}

std::string number_text(double x) {
  if (!std::isfinite(x)) return "NA";
  if (std::abs(x) >= 1000 || x == std::round(x)) return fmt::format("{:.0f}", x);
  return fmt::format("{:.3g}", x);
}

std::vector<std::string> report_lines(const EnsembleSummary& s, std::size_t n) {
  std::vector<std::string> lines;
  lines.push_back(fmt::format("  Outcomes over {} replicates: median [90% interval]", n));
  const Table& outcomes = s.outcomes;
  for (std::size_t r = 0; r < outcomes.rows.size(); ++r) {
    lines.push_back(
        fmt::format("    {:<34} {:>10} [{}, {}]{}", outcomes.text(r, "outcome"),
                    number_text(outcomes.number(r, "q50")), number_text(outcomes.number(r, "q05")),
                    number_text(outcomes.number(r, "q95")),
                    outcomes.text(r, "kind") == "fit"
                        ? fmt::format("  passes in {:.0f}%", outcomes.number(r, "pass_share") * 100)
                        : std::string()));
  }
  const Table& firsts = s.first_protests;
  if (!firsts.rows.empty()) {
    lines.push_back("  First protest per named city: observed, simulated median [90% interval]");
    for (std::size_t r = 0; r < firsts.rows.size(); ++r) {
      lines.push_back(
          fmt::format("    {:<18} {}  {} [{}, {}]  within a day in {:.0f}%", firsts.text(r, "city"),
                      firsts.text(r, "observed_date"), firsts.text(r, "q50"), firsts.text(r, "q05"),
                      firsts.text(r, "q95"), firsts.number(r, "within_1_day_share") * 100));
    }
  }
  return lines;
}

}  // namespace

std::string fit_column(const std::string& score) {
  return "fit_" + score;
}

Distribution outcome_distribution(const std::vector<ReplicateDigest>& digests,
                                  const std::string& name) {
  std::vector<double> sample;
  for (const auto& d : digests) sample.push_back(d.has_value(name) ? d.value(name) : NAN);
  return describe(std::move(sample));
}

EnsembleSummary summarize_ensemble(const std::vector<ReplicateDigest>& digests,
                                   const Calendar& calendar) {
  if (digests.empty()) throw std::invalid_argument("an ensemble needs at least one replicate");
  EnsembleSummary s;
  s.series = ensemble_series(digests);
  s.outcomes = outcome_table(digests);
  s.first_protests = first_protest_table(digests, calendar);
  s.replicates = replicate_table(digests);
  s.report = report_lines(s, digests.size());
  return s;
}

}  // namespace unrest::ensemble
