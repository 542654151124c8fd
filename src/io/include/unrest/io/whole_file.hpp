#pragma once
/// \file
/// A file read whole, as bytes (results and outputs the program wrote).

#include <filesystem>
#include <string>

namespace unrest {

/// The whole content of `path`. Throws std::runtime_error naming the path if
/// it cannot be read.
std::string read_whole_file(const std::filesystem::path& path);

}  // namespace unrest
