#include "unrest/models/uprising/record.hpp"

#include <fmt/format.h>

#include <cstdio>

#include "unrest/core/error.hpp"
#include "unrest/core/suggest.hpp"

namespace unrest::uprising {

namespace {

CivilDate parse_date(const CsvTable& t, std::size_t row) {
  const std::string& text = t.required_text(row, "date");
  CivilDate d;
  char tail = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &d.year, &d.month, &d.day, &tail) != 3 ||
      !d.valid()) {
    throw InputError(SourceLocation{t.file(), t.line_of(row), 0}, "date",
                     fmt::format("expected a date such as 2022-01-04, got \"{}\"", text));
  }
  return d;
}

}  // namespace

ObservedRecord load_record(const Scenario& scenario, const Country& country) {
  const CsvTable t = scenario.data_table("observed");
  t.require_columns({"kind", "place", "date", "value", "unit", "detail", "source"});
  const std::vector<std::string> kinds = {"first_protest",  "strike",  "intervention", "storming",
                                          "fraternisation", "outcome", "main_centre"};
  std::vector<std::string> places;
  for (const auto& p : country.places) places.push_back(p.name);
  ObservedRecord r;
  for (std::size_t row = 0; row < t.rows(); ++row) {
    const std::string& kind = t.choice(row, "kind", kinds);
    (void)t.required_text(row, "source");  // every row cites its source
    if (kind == "first_protest") {
      const std::string& name = t.required_text(row, "place");
      const std::size_t p = country.find_place(name);
      if (p == Country::npos) {
        throw InputError(SourceLocation{t.file(), t.line_of(row), 0}, "place",
                         fmt::format("unknown city \"{}\"{}", name, did_you_mean(name, places)));
      }
      r.first_protests.push_back({p, parse_date(t, row)});
    } else if (kind == "main_centre") {
      const std::string& name = t.required_text(row, "place");
      const std::size_t p = country.find_place(name);
      if (p == Country::npos) {
        throw InputError(SourceLocation{t.file(), t.line_of(row), 0}, "place",
                         fmt::format("unknown city \"{}\"{}", name, did_you_mean(name, places)));
      }
      r.main_centres.push_back(p);
    } else if (kind == "outcome") {
      const std::string& unit =
          t.choice(row, "unit", {"killed", "injured", "hospitalised", "detained"});
      const double value = t.number(row, "value", 0, 1e9);
      if (unit == "killed") r.killed = value;
      if (unit == "injured") r.injured = value;
      if (unit == "detained") r.detained = value;
    } else if (!t.text(row, "date").empty()) {
      (void)parse_date(t, row);
    }
  }
  return r;
}

}  // namespace unrest::uprising
