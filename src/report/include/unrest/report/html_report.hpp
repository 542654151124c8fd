#pragma once
/// \file
/// `report.html`: one self-contained page of a run's, an ensemble's, a
/// comparison's, a sweep's or a calibration's outputs, with a map and charts.
/// The page holds the folder's output files as they are and the libraries
/// that draw them; it opens offline from a file and fetches nothing.

#include <filesystem>
#include <map>
#include <string>

namespace unrest {

/// Writes FOLDER/report.html (atomically) from the output files in FOLDER
/// and returns its path. Throws InputError when FOLDER holds no unrest
/// outputs, and std::runtime_error when the program was built without the
/// chart libraries.
std::filesystem::path write_html_report(const std::filesystem::path& folder);

/// The page of output files held in memory (name -> text, as a folder holds
/// them; an ensemble's first replicate as "replicates/0000/<name>"); names a
/// report does not read are left out. Throws InputError when none is left.
std::string html_report_page(const std::map<std::string, std::string>& files);

}  // namespace unrest
