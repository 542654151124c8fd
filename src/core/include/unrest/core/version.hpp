#pragma once
/// \file
/// The program's version and the git commit it was built from.

#include <string_view>

namespace unrest {

/// Semantic version from the CMake project, e.g. "0.1.0".
std::string_view version() noexcept;
/// The git commit of the source tree at build time ("unknown" outside git),
/// with "-dirty" when it had uncommitted changes.
std::string_view git_commit() noexcept;

}  // namespace unrest
