#pragma once
/// \file
/// A CSV data file of a scenario (RFC 4180: a header row, quoted fields may
/// hold commas, quotes and line breaks). Cells are read by column name, with
/// errors that name the file, the line and the column.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unrest {

class CsvTable {
 public:
  /// Parses `text`; `file` names it in messages. Throws InputError for a
  /// malformed file (unterminated quote, a row of the wrong width).
  static CsvTable parse(std::string_view text, const std::string& file);

  [[nodiscard]] const std::string& file() const noexcept { return file_; }
  [[nodiscard]] const std::vector<std::string>& header() const noexcept { return header_; }
  [[nodiscard]] std::size_t rows() const noexcept { return cells_.size(); }
  [[nodiscard]] bool has_column(std::string_view name) const noexcept;

  /// Throws InputError unless every name is a column; suggests near misses.
  void require_columns(const std::vector<std::string>& names) const;

  /// The raw text of a cell. Throws InputError if the column is missing.
  [[nodiscard]] const std::string& text(std::size_t row, std::string_view column) const;
  /// A non-empty cell as a number in [min, max]; throws naming file, line, column.
  [[nodiscard]] double number(std::size_t row, std::string_view column, double min,
                              double max) const;
  /// A cell that may be empty.
  [[nodiscard]] std::optional<double> optional_number(std::size_t row, std::string_view column,
                                                      double min, double max) const;
  /// A cell that must be one of `choices`.
  [[nodiscard]] const std::string& choice(std::size_t row, std::string_view column,
                                          const std::vector<std::string>& choices) const;
  /// A cell that must not be empty.
  [[nodiscard]] const std::string& required_text(std::size_t row, std::string_view column) const;

  /// The 1-based line of a data row in the file.
  [[nodiscard]] int line_of(std::size_t row) const { return lines_.at(row); }

 private:
  [[nodiscard]] std::size_t column_index(std::string_view name) const;

  std::string file_;
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> cells_;
  std::vector<int> lines_;
};

}  // namespace unrest
