#pragma once
/// \file
/// `report.html`: one self-contained page of a run's, an ensemble's, a
/// comparison's, a sweep's or a calibration's outputs, with a map and charts.
/// The page holds the folder's output files as they are and the libraries
/// that draw them; it opens offline from a file and fetches nothing.

#include <filesystem>

namespace unrest {

/// Writes FOLDER/report.html (atomically) from the output files in FOLDER
/// and returns its path. Throws InputError when FOLDER holds no unrest
/// outputs, and std::runtime_error when the program was built without the
/// chart libraries.
std::filesystem::path write_html_report(const std::filesystem::path& folder);

}  // namespace unrest
