#pragma once
/// \file
/// Files appear whole or not at all: the content goes to a temporary file in
/// the same folder, which is flushed to disk and renamed over the target.
/// A run killed midway leaves the previous file (or none), never half of one.

#include <filesystem>
#include <string_view>

namespace unrest {

/// Writes `content` to `path` atomically. Throws std::runtime_error naming the
/// path if the folder cannot be written.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace unrest
