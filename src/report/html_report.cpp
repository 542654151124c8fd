#include "unrest/report/html_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "unrest/core/error.hpp"
#include "unrest/io/atomic_file.hpp"
#include "unrest/io/whole_file.hpp"
#include "unrest/report/report_assets.hpp"

namespace unrest {

namespace {

namespace fs = std::filesystem;

// The files a report reads, by folder kind; anything else in the folder is
// left out (a user's own files, the replicates' digests).
constexpr std::array kTopLevelFiles = {
    // a run
    "manifest.json",
    "timeseries.csv",
    "events.csv",
    "cities.csv",
    "places.geojson",
    "fit.json",
    // an ensemble
    "ensemble.json",
    "ensemble_timeseries.csv",
    "ensemble_outcomes.csv",
    "ensemble_first_protest.csv",
    "replicates.csv",
    // a comparison and a sweep
    "compare.json",
    "compare.csv",
    "compare_timeseries.csv",
    "sweep.json",
    "sweep.csv",
    "sweep_summary.csv",
    // a calibration
    "calibration.json",
    "posterior.csv",
    "posterior_summary.csv",
    "trace.csv",
    "predictive.csv",
    "predictive_outcomes.csv",
    "predictive_first_protest.csv",
    // a scoring (its tables are in score.json too)
    "score.json",
};

// Of an ensemble, the first replicate's own files draw the map and the
// per-place series (an ensemble keeps no per-place quantiles).
constexpr std::array kReplicateFiles = {"manifest.json", "cities.csv", "places.geojson",
                                        "events.csv"};

// A JSON text that is safe inside <script>: "</" cannot close the element.
std::string script_safe(std::string json_text) {
  for (std::size_t at = json_text.find("</"); at != std::string::npos;
       at = json_text.find("</", at + 3)) {
    json_text.replace(at, 2, "<\\/");
  }
  return json_text;
}

std::string_view checked_script(std::string_view code, const char* name) {
  if (code.find("</script") != std::string_view::npos) {
    throw std::runtime_error(
        fmt::format("report: the library {} holds '</script' and cannot be "
                    "inlined as it is",
                    name));
  }
  return code;
}

std::string html_escape(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string report_title(const nlohmann::json& files) {
  for (const char* name : {"manifest.json", "ensemble.json", "compare.json", "sweep.json",
                           "calibration.json", "score.json"}) {
    if (!files.contains(name)) continue;
    const auto doc = nlohmann::json::parse(files[name].get<std::string>(), nullptr, false);
    if (doc.is_object() && doc.contains("scenario") && doc["scenario"].is_object() &&
        doc["scenario"].contains("name") && doc["scenario"]["name"].is_string()) {
      return doc["scenario"]["name"].get<std::string>();
    }
    if (doc.is_object() && doc.contains("scenario") && doc["scenario"].is_string()) {
      return doc["scenario"].get<std::string>();
    }
  }
  return "outputs";
}

void require_report_libraries() {
  if (!has_report_libraries()) {
    throw std::runtime_error(
        "report: this unrest was built without the chart libraries; run ./quickstart.sh run "
        "(it installs them with npm ci in web/) and build again");
  }
}

bool is_report_input(const std::string& name) {
  const auto in = [&](const auto& names, const std::string& prefix) {
    return std::any_of(names.begin(), names.end(),
                       [&](const char* n) { return prefix + n == name; });
  };
  return in(kTopLevelFiles, "") || in(kReplicateFiles, "replicates/0000/");
}

}  // namespace

fs::path write_html_report(const fs::path& folder) {
  require_report_libraries();
  if (!fs::is_directory(folder)) {
    throw InputError(SourceLocation{folder.string()},
                     "not a folder; expected the output folder of an unrest command");
  }
  std::map<std::string, std::string> files;
  for (const char* name : kTopLevelFiles) {
    const fs::path path = folder / name;
    if (fs::is_regular_file(path)) files[name] = read_whole_file(path);
  }
  const fs::path first_replicate = folder / "replicates" / "0000";
  for (const char* name : kReplicateFiles) {
    const fs::path path = first_replicate / name;
    if (fs::is_regular_file(path))
      files[std::string("replicates/0000/") + name] = read_whole_file(path);
  }
  if (files.empty()) {
    throw InputError(SourceLocation{folder.string()},
                     "holds no unrest outputs; expected the folder of unrest run, run --runs, "
                     "compare, sweep, calibrate or score (manifest.json, ensemble.json, ...)");
  }
  const fs::path out = folder / "report.html";
  write_file_atomically(out, html_report_page(files));
  return out;
}

std::string html_report_page(const std::map<std::string, std::string>& outputs) {
  require_report_libraries();
  nlohmann::json files = nlohmann::json::object();
  for (const auto& [name, text] : outputs) {
    if (is_report_input(name)) files[name] = text;
  }
  if (files.empty()) {
    throw InputError(SourceLocation{"report"},
                     "no unrest outputs to draw; expected the files of unrest run, run --runs, "
                     "compare, sweep, calibrate or score (manifest.json, ensemble.json, ...)");
  }

  const ReportAssets& assets = report_assets();
  std::string page;
  page.reserve(assets.vega.size() + assets.vega_lite.size() + assets.world_countries.size() +
               (1 << 20));
  page += "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  // Nothing leaves the page: no request of any kind (Vega compiles its
  // expressions with Function, hence 'unsafe-eval').
  page +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src "
      "'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:\">\n";
  page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  page += fmt::format("<title>unrest report: {}</title>\n", html_escape(report_title(files)));
  page += "<style>\n";
  page += assets.style;
  page +=
      "</style>\n</head>\n<body>\n<main id=\"report\"><p class=\"loading\">Drawing the "
      "report…</p></main>\n";
  page += "<script type=\"application/json\" id=\"unrest-files\">";
  page += script_safe(files.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  page += "</script>\n<script type=\"application/json\" id=\"unrest-world\">";
  page += script_safe(std::string(assets.world_countries));
  page += "</script>\n";
  const std::array<std::pair<std::string_view, const char*>, 5> scripts = {{
      {assets.vega, "vega"},
      {assets.vega_lite, "vega-lite"},
      {assets.vega_embed, "vega-embed"},
      {assets.topojson_client, "topojson-client"},
      {assets.script, "report.js"},
  }};
  for (const auto& [code, name] : scripts) {
    page += "<script>\n";
    page += checked_script(code, name);
    page += "\n</script>\n";
  }
  page += "</body>\n</html>\n";
  return page;
}

}  // namespace unrest
