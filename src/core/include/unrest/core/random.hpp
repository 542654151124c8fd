#pragma once
/// \file
/// Counter-based random numbers (Philox4x64-10, Salmon et al. 2011, from
/// Random123). A draw is a pure function of (seed, run, tick, agent, purpose,
/// index): no generator state is carried between draws, so results do not
/// depend on the order in which threads reach them, and adding a decision
/// (a new purpose) never shifts the numbers of another.

#include <Random123/philox.h>

#include <array>
#include <concepts>
#include <cstdint>
#include <type_traits>

namespace unrest {

namespace detail {
__extension__ typedef unsigned __int128 Uint128;  // GCC and Clang; not ISO
}  // namespace detail

/// Four independent 64-bit words from one Philox call.
struct RandomDraws {
  std::array<std::uint64_t, 4> words{};

  /// Word i as a double uniform on [0, 1) with 53 random bits.
  [[nodiscard]] double uniform(int i = 0) const noexcept {
    return static_cast<double>(words[static_cast<std::size_t>(i)] >> 11) * 0x1.0p-53;
  }
  /// Word i as an integer uniform on [0, n), by the multiply-high method
  /// (Lemire 2019); its bias is below n / 2^64, far under any test's reach.
  [[nodiscard]] std::uint64_t below(std::uint64_t n, int i = 0) const noexcept {
    const auto product = static_cast<detail::Uint128>(words[static_cast<std::size_t>(i)]) * n;
    return static_cast<std::uint64_t>(product >> 64);
  }
};

/// A purpose is a closed enumeration owned by each model; its value is part of
/// the counter, so each decision has its own stream.
template <class E>
concept RandomPurpose = std::is_enum_v<E> && std::same_as<std::underlying_type_t<E>, std::uint32_t>;

/// The random stream of one run of one scenario: keyed by (seed, run).
class RandomStream {
 public:
  RandomStream(std::uint64_t seed, std::uint64_t run) noexcept : key_{{seed, run}} {}

  /// The draws for one agent's decision of one purpose at one tick. `index`
  /// separates several draws of the same purpose by the same agent in one tick.
  template <RandomPurpose Purpose>
  [[nodiscard]] RandomDraws draw(std::uint64_t tick, std::uint64_t agent, Purpose purpose,
                                 std::uint32_t index = 0) const noexcept {
    const std::uint64_t tag = (static_cast<std::uint64_t>(purpose) << 32) | index;
    const r123::Philox4x64::ctr_type counter = {{tick, agent, tag, 0}};
    const auto out = r123::Philox4x64()(counter, key_);
    return RandomDraws{{out[0], out[1], out[2], out[3]}};
  }

  [[nodiscard]] std::uint64_t seed() const noexcept { return key_[0]; }
  [[nodiscard]] std::uint64_t run() const noexcept { return key_[1]; }

 private:
  r123::Philox4x64::key_type key_;
};

}  // namespace unrest
