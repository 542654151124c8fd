#include <fmt/format.h>

#include <iostream>

#include "commands.hpp"
#include "unrest/report/html_report.hpp"

namespace unrest::cli {

int report_command(const std::string& folder) {
  const std::filesystem::path page = write_html_report(folder);
  std::cout << fmt::format("unrest report: {} (open it in a browser; it needs no network)\n",
                           page.string());
  return 0;
}

void write_report_if_asked(bool asked, const std::filesystem::path& folder, bool quiet) {
  if (!asked) return;
  const std::filesystem::path page = write_html_report(folder);
  if (!quiet) std::cout << fmt::format("  report: {}\n", page.string());
}

}  // namespace unrest::cli
