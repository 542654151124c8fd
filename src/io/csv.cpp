#include "unrest/io/csv.hpp"

#include <fmt/format.h>

#include <cmath>

#include "unrest/io/manifest.hpp"

namespace unrest {

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_number(double value, ColumnKind kind) {
  if (std::isnan(value)) return "NA";
  if (kind == ColumnKind::Integer && std::abs(value) < 9.0e15) {
    return fmt::format("{}", static_cast<long long>(std::llround(value)));
  }
  return fmt::format("{}", value);
}

std::string timeseries_csv(const TimeSeries& series, const Calendar& calendar) {
  std::string out;
  const bool dated = calendar.has_dates();
  for (std::size_t c = 0; c < series.column_count(); ++c) {
    out += (c == 0 ? "" : ",") + csv_field(series.specs()[c].name);
    if (c == 0 && dated) out += ",time";
  }
  out += '\n';
  for (std::size_t r = 0; r < series.rows(); ++r) {
    for (std::size_t c = 0; c < series.column_count(); ++c) {
      if (c > 0) out += ',';
      out += csv_number(series.column(c)[r], series.specs()[c].kind);
      if (c == 0 && dated) {
        out += ',' + calendar.stamp(static_cast<std::int64_t>(series.column(0)[r]));
      }
    }
    out += '\n';
  }
  return out;
}

std::string table_csv(const Table& table, const Calendar& calendar) {
  const bool dated =
      calendar.has_dates() && !table.columns.empty() && table.columns[0].name == "tick";
  std::string out;
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    out += (c == 0 ? "" : ",") + csv_field(table.columns[c].name);
    if (c == 0 && dated) out += ",time";
  }
  out += '\n';
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c > 0) out += ',';
      if (const auto* text = std::get_if<std::string>(&row[c])) {
        out += csv_field(*text);
      } else {
        const double value = std::get<double>(row[c]);
        out += csv_number(value, table.columns[c].kind);
        if (c == 0 && dated) out += ',' + calendar.stamp(static_cast<std::int64_t>(value));
      }
    }
    out += '\n';
  }
  return out;
}

std::string events_csv(const EventLog& events, const Calendar& calendar) {
  const bool dated = calendar.has_dates();
  std::string out = dated ? "tick,time,kind,where,action,values,detail\n"
                          : "tick,kind,where,action,values,detail\n";
  for (const Event& e : events.events()) {
    out += fmt::format("{}", e.tick);
    if (dated) out += ',' + calendar.stamp(e.tick);
    std::string values;
    if (!e.values.empty()) {
      nlohmann::json object = nlohmann::json::object();
      for (const auto& v : e.values) object[v.name] = param_json(v.value);
      values = object.dump();
    }
    out += fmt::format(",{},{},{},{},{}\n", csv_field(e.kind), csv_field(e.where),
                       csv_field(e.action), csv_field(values), csv_field(e.detail));
  }
  return out;
}

}  // namespace unrest
