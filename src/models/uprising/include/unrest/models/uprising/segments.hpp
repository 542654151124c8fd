#pragma once
/// \file
/// The population segments of the national uprising model (brief: oil and gas
/// workers, miners and metal workers, other workers, unemployed and informal
/// youth, internal migrants, pensioners and others).

#include <array>
#include <cstdint>
#include <string_view>

namespace unrest::uprising {

enum class Segment : std::uint8_t {
  OilGas = 0,
  MiningMetal = 1,
  OtherWorkers = 2,
  Youth = 3,     ///< unemployed and informally employed youth
  Migrants = 4,  ///< internal migrants in the suburbs of the large cities
  Others = 5,    ///< pensioners, children, others outside the labour force
};

inline constexpr std::size_t kSegments = 6;

inline constexpr std::array<std::string_view, kSegments> kSegmentNames = {
    "oil_gas", "mining_metal", "other_workers", "youth", "migrants", "others"};

/// Who each segment is, for listings.
inline constexpr std::array<std::string_view, kSegments> kSegmentDescriptions = {
    "oil and gas workers",           "miners and metal workers", "other workers",
    "unemployed and informal youth", "internal migrants",        "pensioners and others"};

/// The segments whose people work for enterprises (an industry's workers are
/// of one of them).
inline constexpr std::array<Segment, 3> kWorkerSegments = {Segment::OilGas, Segment::MiningMetal,
                                                           Segment::OtherWorkers};

/// What an agent is doing. Strikes are a property of the enterprise: a worker
/// of a striking enterprise who is free (quiet or protesting) is a striker.
enum class State : std::uint8_t {
  Quiet = 0,
  Protesting = 1,
  Detained = 2,
  Injured = 3,
  Killed = 4
};

}  // namespace unrest::uprising
