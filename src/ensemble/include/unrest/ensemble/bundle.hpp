#pragma once
/// \file
/// Named texts travelling as one string: the files of one finished job, sent
/// from the rank that computed it to rank 0, which writes them.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace unrest::ensemble {

struct Bundle {
  std::vector<std::pair<std::string, std::string>> files;  ///< name, content

  void add(std::string name, std::string content) {
    files.emplace_back(std::move(name), std::move(content));
  }
  /// The content of `name`; throws std::out_of_range if absent.
  [[nodiscard]] const std::string& at(std::string_view name) const;

  [[nodiscard]] std::string encode() const;
  /// Throws std::runtime_error for a truncated or malformed text.
  static Bundle decode(std::string_view text);
};

}  // namespace unrest::ensemble
