#pragma once
/// \file
/// Errors about user input (scenario files, command-line overrides). Every
/// message names where the problem is, the key, and the expected form.

#include <stdexcept>
#include <string>
#include <vector>

namespace unrest {

/// A place in a user's input: a file and a 1-based line and column, or a
/// pseudo-file such as "--set" for command-line overrides.
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;

  /// "file:line:column", or just "file" when the line is unknown.
  [[nodiscard]] std::string to_string() const;
};

/// Bad input from the user. Its message reads
/// "file:line:column: key 'a.b': what was wrong; expected ...".
class InputError : public std::runtime_error {
 public:
  InputError(const SourceLocation& where, const std::string& key, const std::string& problem);
  /// An error that concerns the whole file rather than a key.
  InputError(const SourceLocation& where, const std::string& problem);

  [[nodiscard]] const SourceLocation& where() const noexcept { return where_; }
  [[nodiscard]] const std::string& key() const noexcept { return key_; }

 private:
  SourceLocation where_;
  std::string key_;
};

}  // namespace unrest
