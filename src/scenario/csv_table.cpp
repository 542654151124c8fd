#include "unrest/scenario/csv_table.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "unrest/core/error.hpp"
#include "unrest/core/suggest.hpp"

namespace unrest {

namespace {

/// Splits CSV text into records of fields, remembering each record's line.
void split_records(std::string_view text, const std::string& file,
                   std::vector<std::vector<std::string>>& records, std::vector<int>& lines) {
  std::vector<std::string> record;
  std::string field;
  bool quoted = false;
  bool field_started = false;
  int line = 1;
  int record_line = 1;
  const auto end_field = [&] {
    record.push_back(std::move(field));
    field.clear();
    field_started = false;
  };
  const auto end_record = [&] {
    end_field();
    const bool blank = record.size() == 1 && record[0].empty();
    if (!blank) {
      records.push_back(std::move(record));
      lines.push_back(record_line);
    }
    record.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == '"' && !field_started) {
      quoted = true;
      field_started = true;
    } else if (c == ',') {
      end_field();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_record();
      ++line;
      record_line = line;
    } else {
      field += c;
      field_started = true;
    }
  }
  if (quoted) throw InputError(SourceLocation{file, record_line, 0}, "unterminated quoted field");
  if (!field.empty() || !record.empty()) end_record();
}

}  // namespace

CsvTable CsvTable::parse(std::string_view text, const std::string& file) {
  CsvTable t;
  t.file_ = file;
  std::vector<std::vector<std::string>> records;
  std::vector<int> lines;
  // Spreadsheets save "CSV UTF-8" with a byte-order mark; it is not part of
  // the first column's name.
  constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
  if (text.starts_with(kByteOrderMark)) text.remove_prefix(kByteOrderMark.size());
  split_records(text, file, records, lines);
  if (records.empty())
    throw InputError(SourceLocation{file, 1, 0}, "empty CSV file: a header row is required");
  t.header_ = std::move(records.front());
  for (std::size_t r = 1; r < records.size(); ++r) {
    if (records[r].size() != t.header_.size()) {
      throw InputError(
          SourceLocation{file, lines[r], 0},
          fmt::format("row has {} fields, the header has {}", records[r].size(), t.header_.size()));
    }
    t.cells_.push_back(std::move(records[r]));
    t.lines_.push_back(lines[r]);
  }
  return t;
}

bool CsvTable::has_column(std::string_view name) const noexcept {
  for (const auto& h : header_) {
    if (h == name) return true;
  }
  return false;
}

void CsvTable::require_columns(const std::vector<std::string>& names) const {
  for (const auto& name : names) {
    if (!has_column(name)) {
      throw InputError(SourceLocation{file_, 1, 0}, name,
                       fmt::format("missing column{}", did_you_mean(name, header_)));
    }
  }
}

std::size_t CsvTable::column_index(std::string_view name) const {
  for (std::size_t i = 0; i < header_.size(); ++i) {
    if (header_[i] == name) return i;
  }
  throw InputError(SourceLocation{file_, 1, 0}, std::string(name),
                   fmt::format("missing column{}", did_you_mean(name, header_)));
}

const std::string& CsvTable::text(std::size_t row, std::string_view column) const {
  return cells_.at(row)[column_index(column)];
}

const std::string& CsvTable::required_text(std::size_t row, std::string_view column) const {
  const std::string& t = text(row, column);
  if (t.empty()) {
    throw InputError(SourceLocation{file_, lines_[row], 0}, std::string(column),
                     "must not be empty");
  }
  return t;
}

std::optional<double> CsvTable::optional_number(std::size_t row, std::string_view column,
                                                double min, double max) const {
  const std::string& t = text(row, column);
  if (t.empty()) return std::nullopt;
  char* end = nullptr;
  errno = 0;
  const double x = std::strtod(t.c_str(), &end);
  if (end == t.c_str() || *end != '\0' || errno == ERANGE || std::isnan(x) || x < min || x > max) {
    throw InputError(SourceLocation{file_, lines_[row], 0}, std::string(column),
                     fmt::format("expected a number in [{}, {}], got \"{}\"", min, max, t));
  }
  return x;
}

double CsvTable::number(std::size_t row, std::string_view column, double min, double max) const {
  const auto x = optional_number(row, column, min, max);
  if (!x) {
    throw InputError(SourceLocation{file_, lines_[row], 0}, std::string(column),
                     fmt::format("expected a number in [{}, {}], got an empty cell", min, max));
  }
  return *x;
}

const std::string& CsvTable::choice(std::size_t row, std::string_view column,
                                    const std::vector<std::string>& choices) const {
  const std::string& t = text(row, column);
  for (const auto& c : choices) {
    if (c == t) return t;
  }
  std::string list;
  for (const auto& c : choices) list += (list.empty() ? "" : ", ") + c;
  throw InputError(
      SourceLocation{file_, lines_[row], 0}, std::string(column),
      fmt::format("expected one of {}, got \"{}\"{}", list, t, did_you_mean(t, choices)));
}

}  // namespace unrest
