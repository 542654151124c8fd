#pragma once
/// \file
/// The files a report inlines, built into the program: the chart and map
/// libraries from the npm registry (web/package-lock.json), the world's
/// outlines, and the report's own script and style (web/).

#include <string_view>

namespace unrest {

/// The inlined files, whole; empty views when the program was built without
/// the npm packages (see has_report_libraries).
struct ReportAssets {
  std::string_view vega;
  std::string_view vega_lite;
  std::string_view vega_embed;
  std::string_view topojson_client;
  std::string_view world_countries;  ///< world-atlas countries-50m.json (Natural Earth)
  std::string_view script;           ///< web/report.js
  std::string_view style;            ///< web/report.css
};

/// True when the chart libraries were found at build time (`npm ci` in web/,
/// which ./quickstart.sh runs).
bool has_report_libraries() noexcept;

const ReportAssets& report_assets() noexcept;

}  // namespace unrest
