#include "unrest/models/uprising/fit_settings.hpp"

#include "unrest/scenario/table_reader.hpp"

namespace unrest::uprising {

namespace {

std::optional<CivilDate> date_of(TableReader& r, std::string_view key) {
  const auto when = r.date_hour(key);
  if (!when) return std::nullopt;
  if (when->hour != 0) throw r.error(key, "expected a date such as 2022-01-04 (a whole day)");
  return when->date;
}

}  // namespace

FitSettings read_fit_settings(const Scenario& scenario) {
  FitSettings s;
  const toml::table* fit = scenario.table("fit");
  if (!fit) return s;
  TableReader r(*fit, "fit");
  s.origin = r.string("origin").value_or("");
  // Read by `unrest score` (the ensemble layer), accepted here.
  for (const char* key : {"runs", "level", "ablation"}) (void)r.take(key);
  if (const toml::node* node = r.take("tolerance")) {
    if (!node->is_table()) throw r.error("tolerance", "expected a table [fit.tolerance]");
    TableReader t(*node->as_table(), "fit.tolerance");
    FitTolerance& tol = s.tolerance;
    tol.first_protest_hours =
        t.real("first_protest_hours", 0, 1e6).value_or(tol.first_protest_hours);
    tol.event_hours = t.real("event_hours", 0, 1e6).value_or(tol.event_hours);
    tol.total_factor = t.real("total_factor", 1, 1e6).value_or(tol.total_factor);
    tol.crowd_factor = t.real("crowd_factor", 1, 1e6).value_or(tol.crowd_factor);
    tol.on_time_share = t.real("on_time_share", 0, 1).value_or(tol.on_time_share);
    tol.rank_correlation = t.real("rank_correlation", -1, 1).value_or(tol.rank_correlation);
    t.reject_unknown({"first_protest_hours", "event_hours", "total_factor", "crowd_factor",
                      "on_time_share", "rank_correlation"});
  }
  if (const toml::node* node = r.take("windows")) {
    if (!node->is_table()) throw r.error("windows", "expected a table [fit.windows]");
    TableReader w(*node->as_table(), "fit.windows");
    FitWindows& win = s.windows;
    win.peak_from = date_of(w, "peak_from");
    win.peak_to = date_of(w, "peak_to");
    if (win.peak_from.has_value() != win.peak_to.has_value()) {
      throw w.error(win.peak_from ? "peak_to" : "peak_from",
                    "a peak window needs both peak_from and peak_to");
    }
    if (win.peak_from && win.peak_to->days_since_epoch() < win.peak_from->days_since_epoch()) {
      throw w.error("peak_to", "expected a day on or after peak_from");
    }
    win.quiet_until = date_of(w, "quiet_until");
    win.quiet_population = w.real("quiet_population", 0, 1e10).value_or(win.quiet_population);
    win.fall_after_crackdown = w.real("fall_after_crackdown", 0, 1);
    w.reject_unknown(
        {"peak_from", "peak_to", "quiet_until", "quiet_population", "fall_after_crackdown"});
  }
  r.reject_unknown({"origin", "runs", "level", "ablation", "tolerance", "windows"});
  return s;
}

}  // namespace unrest::uprising
