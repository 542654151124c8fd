#include "unrest/core/hash.hpp"

#include <fmt/format.h>

namespace unrest {

void TextHash::add(std::string_view text) noexcept {
  constexpr std::uint64_t kPrime = 0x100000001b3ULL;
  for (const unsigned char c : text) {
    h_ ^= c;
    h_ *= kPrime;
  }
  h_ ^= 0xff;
  h_ *= kPrime;
}

std::string TextHash::hex() const {
  return fmt::format("{:016x}", h_);
}

std::string hash_text(std::string_view text) {
  TextHash h;
  h.add(text);
  return h.hex();
}

}  // namespace unrest
