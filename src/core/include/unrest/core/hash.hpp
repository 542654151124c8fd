#pragma once
/// \file
/// A stable 64-bit hash of text (FNV-1a), the same on every platform and
/// build: it names configurations in stored results. A guard against mixing
/// results, not a defence against forged collisions.

#include <cstdint>
#include <string>
#include <string_view>

namespace unrest {

class TextHash {
 public:
  /// Adds `text` and a separator, so ("ab", "c") and ("a", "bc") differ.
  void add(std::string_view text) noexcept;
  [[nodiscard]] std::uint64_t value() const noexcept { return h_; }
  /// 16 hexadecimal digits.
  [[nodiscard]] std::string hex() const;

 private:
  std::uint64_t h_ = 0xcbf29ce484222325ULL;
};

/// The hash of one text, as 16 hexadecimal digits.
std::string hash_text(std::string_view text);

}  // namespace unrest
