#include "unrest/models/uprising/record.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "unrest/core/error.hpp"
#include "unrest/core/suggest.hpp"

namespace unrest::uprising {

namespace {

constexpr const char* kTimeForms =
    "a day (2022-01-04), an hour (2022-01-04T18:00) or an interval "
    "(2022-01-04T18:00/2022-01-05T06:00)";

/// One end of a time: a day, or a day and a time. `hour` is -1 for a day.
bool parse_point(const std::string& text, CivilDate& date, int& hour, int& minute) {
  char tail = 0;
  minute = 0;
  hour = -1;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &date.year, &date.month, &date.day, &tail) == 3 &&
      text.size() == 10) {
    return date.valid();
  }
  if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d%c", &date.year, &date.month, &date.day, &hour,
                  &minute, &tail) == 5 &&
      text.size() == 16) {
    return date.valid() && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
  }
  return false;
}

double hours_from_start(const CivilDate& date, int hour, const Calendar& calendar) {
  return static_cast<double>(DateHour{date, hour}.hours_since_epoch() -
                             calendar.start()->hours_since_epoch());
}

[[noreturn]] void fail(const CsvTable& t, std::size_t row, const char* column,
                       const std::string& message) {
  throw InputError(SourceLocation{t.file(), t.line_of(row), 0}, column, message);
}

std::optional<ObservedTime> time_of(const CsvTable& t, std::size_t row, const Calendar& calendar) {
  const std::string& text = t.text(row, "date");
  if (text.empty()) return std::nullopt;
  std::string problem;
  auto when = parse_observed_time(text, calendar, problem);
  if (!when) fail(t, row, "date", problem);
  return when;
}

/// "nation", "region:<name>" or a place: the places a row covers.
ObservedAt place_of(const CsvTable& t, std::size_t row, const Country& c,
                    const Calendar& calendar) {
  ObservedAt at;
  at.where = t.required_text(row, "place");
  at.when = time_of(t, row, calendar);
  std::vector<std::string> known = {"nation"};
  for (const auto& r : c.regions) known.push_back("region:" + r.name);
  for (const auto& p : c.places) known.push_back(p.name);
  if (at.where == "nation") {
    for (std::size_t p = 0; p < c.places.size(); ++p) at.places.push_back(p);
  } else if (at.where.starts_with("region:")) {
    const std::size_t r = c.find_region(at.where.substr(7));
    if (r == Country::npos) {
      fail(t, row, "place",
           fmt::format("unknown region \"{}\"{}", at.where, did_you_mean(at.where, known)));
    }
    for (std::size_t p = 0; p < c.places.size(); ++p) {
      if (c.places[p].region == r) at.places.push_back(p);
    }
  } else {
    const std::size_t p = c.find_place(at.where);
    if (p == Country::npos) {
      fail(t, row, "place",
           fmt::format("unknown place \"{}\"{}; a region is written \"region:<name>\", the "
                       "whole country \"nation\"",
                       at.where, did_you_mean(at.where, known)));
    }
    at.places.push_back(p);
  }
  return at;
}

/// Whether an enterprise's name begins with the record's name, as a whole
/// word ("Kazakhmys" names "Kazakhmys - Satpayev mines").
bool names_enterprise(const std::string& record_name, const std::string& enterprise) {
  if (!enterprise.starts_with(record_name)) return false;
  return enterprise.size() == record_name.size() ||
         !std::isalnum(static_cast<unsigned char>(enterprise[record_name.size()]));
}

/// A strike names an enterprise (its name's first words), or a place or
/// region whose enterprises are meant. An enterprise the model leaves out
/// (in_model = no) covers none: the fit lists the row as unscored.
ObservedStrike strike_of(const CsvTable& t, std::size_t row, const Country& c,
                         const Calendar& calendar) {
  ObservedStrike s;
  s.where = t.required_text(row, "place");
  for (std::size_t e = 0; e < c.enterprises.size(); ++e) {
    if (names_enterprise(s.where, c.enterprises[e].name)) s.enterprises.push_back(e);
  }
  const bool a_place = s.where == "nation" || s.where.starts_with("region:") ||
                       c.find_place(s.where) != Country::npos;
  if (s.enterprises.empty() && a_place) {
    const ObservedAt at = place_of(t, row, c, calendar);
    for (std::size_t e = 0; e < c.enterprises.size(); ++e) {
      for (const std::size_t p : at.places) {
        if (c.enterprises[e].place == p) s.enterprises.push_back(e);
      }
    }
  }
  s.when = time_of(t, row, calendar);
  return s;
}

/// A storming row's count of places: a number or a floor (">=6").
double places_counted(const CsvTable& t, std::size_t row) {
  const std::string& v = t.text(row, "value");
  double n = NAN;
  char tail = 0;
  const char* digits = v.starts_with(">=") ? v.c_str() + 2 : v.c_str();
  if (std::sscanf(digits, "%lf%c", &n, &tail) != 1 || !(n >= 1 && n <= 1e6)) {
    fail(t, row, "value",
         fmt::format("a storming's value counts the places taken: a number (6) or a floor (>=6), "
                     "got \"{}\"",
                     v));
  }
  return n;
}

/// A number, a floor (">=1000") or a range ("164..238").
ObservedTotal total_of(const CsvTable& t, std::size_t row, const Country& c,
                       const Calendar& calendar) {
  ObservedTotal total;
  total.at = place_of(t, row, c, calendar);
  total.unit = t.choice(row, "unit", {"killed", "injured", "hospitalised", "detained"});
  total.text = t.required_text(row, "value");
  const std::string& v = total.text;
  double low = NAN, high = NAN;
  char tail = 0;
  if (v.starts_with(">=") && std::sscanf(v.c_str() + 2, "%lf%c", &low, &tail) == 1) {
    high = INFINITY;
  } else if (const auto dots = v.find("..");
             dots != std::string::npos && std::sscanf(v.c_str(), "%lf", &low) == 1 &&
             std::sscanf(v.c_str() + dots + 2, "%lf%c", &high, &tail) == 1) {
  } else if (std::sscanf(v.c_str(), "%lf%c", &low, &tail) == 1) {
    high = low;
  } else {
    low = NAN;
  }
  if (!(std::isfinite(low) && low >= 0 && low <= 1e9 && high >= low)) {
    fail(t, row, "value",
         fmt::format("expected a count (164), a floor (>=1000) or a range (164..238), got \"{}\"",
                     v));
  }
  total.low = low;
  total.high = high;
  return total;
}

/// A report of a crowd: people_low to people_high, either end may be empty
/// ("at least", "up to") but not both.
ObservedCrowd crowd_of(const CsvTable& t, std::size_t row, const Country& c,
                       const Calendar& calendar) {
  ObservedCrowd crowd;
  crowd.at = place_of(t, row, c, calendar);
  (void)t.required_text(row, "source");  // every report cites its source
  const auto low = t.optional_number(row, "people_low", 0, 1e9);
  const auto high = t.optional_number(row, "people_high", 0, 1e9);
  if (!low && !high) {
    fail(t, row, "people_low",
         "a crowd needs people_low (\"at least\"), people_high (\"up to\") or both");
  }
  if (low && high && *high < *low) {
    fail(t, row, "people_high",
         fmt::format("expected at least people_low ({}), got {}", *low, *high));
  }
  crowd.low = low.value_or(0);
  crowd.high = high.value_or(INFINITY);
  if (!high) {
    crowd.text = fmt::format(">={}", *low);
  } else if (!low) {
    crowd.text = fmt::format("<={}", *high);
  } else if (*low == *high) {
    crowd.text = fmt::format("{}", *low);
  } else {
    crowd.text = fmt::format("{}..{}", *low, *high);
  }
  return crowd;
}

}  // namespace

std::optional<ObservedTime> parse_observed_time(const std::string& text, const Calendar& calendar,
                                                std::string& problem) {
  const auto slash = text.find('/');
  const std::string from_text = text.substr(0, slash);
  const std::string to_text = slash == std::string::npos ? from_text : text.substr(slash + 1);
  CivilDate from_date, to_date;
  int from_hour = -1, to_hour = -1, from_minute = 0, to_minute = 0;
  if (!parse_point(from_text, from_date, from_hour, from_minute) ||
      !parse_point(to_text, to_date, to_hour, to_minute)) {
    problem = fmt::format("expected {}, got \"{}\"", kTimeForms, text);
    return std::nullopt;
  }
  ObservedTime when;
  when.text = text;
  when.first_hour = hours_from_start(from_date, std::max(from_hour, 0), calendar);
  // Whole hours on the run's clock. A day ends with its last hour; an
  // interval ends before its end time ("18:00/06:00" began in one of the
  // hours 18 to 5, "12:00/15:34" in one of 12 to 15); a lone time is its hour.
  when.last_hour = hours_from_start(to_date, to_hour < 0 ? 23 : to_hour, calendar);
  if (slash != std::string::npos && to_hour >= 0 && to_minute == 0) when.last_hour -= 1;
  if (when.last_hour < when.first_hour) {
    problem = fmt::format("the interval \"{}\" ends before it begins", text);
    return std::nullopt;
  }
  return when;
}

std::pair<double, double> combined_range(const std::vector<const ObservedTotal*>& rows) {
  double least_count = INFINITY, most_count = -INFINITY;
  double least_floor = INFINITY, most_floor = -INFINITY;
  for (const ObservedTotal* row : rows) {
    if (std::isfinite(row->high)) {
      least_count = std::min(least_count, row->low);
      most_count = std::max(most_count, row->high);
    } else {
      least_floor = std::min(least_floor, row->low);
      most_floor = std::max(most_floor, row->low);
    }
  }
  return {std::isfinite(least_count) ? least_count : least_floor,
          most_floor > most_count ? INFINITY : most_count};
}

ObservedRecord load_record(const Scenario& scenario, const Country& country,
                           const Calendar& calendar) {
  const CsvTable t = scenario.data_table("observed");
  t.require_columns({"kind", "place", "date", "value", "unit", "detail", "source"});
  std::vector<std::string> kinds = {"first_protest",  "strike",  "intervention", "storming",
                                    "fraternisation", "outcome", "main_centre"};
  for (const auto& [kind, why] : kUnmodelledKinds) kinds.emplace_back(kind);
  ObservedRecord r;
  for (std::size_t row = 0; row < t.rows(); ++row) {
    const std::string& kind = t.choice(row, "kind", kinds);
    (void)t.required_text(row, "source");  // every row cites its source
    if (kind == "first_protest" || kind == "main_centre") {
      const ObservedAt at = place_of(t, row, country, calendar);
      if (at.places.size() != 1 || at.where == "nation" || at.where.starts_with("region:")) {
        fail(t, row, "place", fmt::format("a {} names one city, got \"{}\"", kind, at.where));
      }
      if (kind == "main_centre") {
        r.main_centres.push_back(at.places.front());
      } else if (!at.when) {
        fail(t, row, "date", fmt::format("a first protest needs {}", kTimeForms));
      } else {
        r.first_protests.push_back({at.places.front(), *at.when});
      }
    } else if (kind == "strike") {
      r.strikes.push_back(strike_of(t, row, country, calendar));
    } else if (kind == "storming") {
      r.stormings.push_back(place_of(t, row, country, calendar));
      if (!t.text(row, "value").empty()) {
        r.stormed_places_counted = std::max(r.stormed_places_counted, places_counted(t, row));
      }
    } else if (kind == "fraternisation") {
      r.refusals.push_back(place_of(t, row, country, calendar));
    } else if (kind == "outcome") {
      r.totals.push_back(total_of(t, row, country, calendar));
    } else if (kind == "intervention") {
      (void)time_of(t, row, calendar);  // an intervention's date is checked, not scored
    } else {
      const auto unmodelled = std::find_if(std::begin(kUnmodelledKinds), std::end(kUnmodelledKinds),
                                           [&](const auto& k) { return kind == k.first; });
      r.unmodelled.push_back({kind, place_of(t, row, country, calendar), unmodelled->second});
    }
  }
  // The crowds keep their own file: their columns (an interval of people)
  // are not the record's.
  const toml::table* data = scenario.table("data");
  if (data && data->get("crowds")) {
    const CsvTable crowds = scenario.data_table("crowds");
    crowds.require_columns({"place", "date", "people_low", "people_high", "what", "source"});
    for (std::size_t row = 0; row < crowds.rows(); ++row) {
      r.crowds.push_back(crowd_of(crowds, row, country, calendar));
    }
  }
  return r;
}

}  // namespace unrest::uprising
