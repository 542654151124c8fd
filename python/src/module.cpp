// The extension module `unrest._unrest`: the engine, in-process. The
// pure-Python package (python/unrest/) turns what it returns into frames.

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "catalogue.hpp"
#include "in_memory_runs.hpp"
#include "scenario_loading.hpp"
#include "unrest/core/error.hpp"
#include "unrest/core/version.hpp"
#include "unrest/io/atomic_file.hpp"
#include "unrest/report/html_report.hpp"

namespace py = pybind11;

namespace unrest::python {

namespace {

/// What a run hands back: its files, and what reading the inputs noticed
/// that does not stop a run (an action after the run's end), to be warned of.
using FilesAndWarnings = std::pair<Files, std::vector<std::string>>;

FilesAndWarnings run(const std::string& scenario, const std::vector<std::string>& overrides,
                     int threads) {
  const LoadedScenario loaded = load_prepared(scenario, overrides);
  return {run_files(loaded, threads), loaded.plan.warnings()};
}

FilesAndWarnings ensemble(const std::string& scenario, const std::vector<std::string>& overrides,
                          int runs, int threads) {
  const LoadedScenario loaded = load_prepared(scenario, overrides);
  return {ensemble_files(loaded, runs, threads), loaded.plan.warnings()};
}

FilesAndWarnings compare(const std::vector<std::string>& scenarios,
                         const std::vector<std::string>& overrides, int runs, int threads) {
  std::vector<LoadedScenario> loaded;
  std::vector<std::string> warnings;
  for (const auto& s : scenarios) {
    loaded.push_back(load_prepared(s, overrides));
    for (auto& w : loaded.back().plan.warnings()) warnings.push_back(std::move(w));
  }
  return {compare_files(loaded, runs, threads), warnings};
}

Files summarize(const std::string& scenario, const std::vector<std::string>& overrides,
                const std::vector<std::string>& digests) {
  return summary_files(load_prepared(scenario, overrides), digests);
}

py::list models() {
  py::list out;
  for (const auto& m : model_listings()) {
    py::list parameters;
    for (const auto& p : m.parameters) {
      parameters.append(py::dict(py::arg("key") = p.key, py::arg("kind") = p.kind,
                                 py::arg("default") = p.default_value, py::arg("unit") = p.unit,
                                 py::arg("range") = p.range, py::arg("meaning") = p.meaning,
                                 py::arg("source") = p.source));
    }
    py::list actions;
    for (const auto& a : m.actions) {
      actions.append(py::dict(py::arg("name") = a.name, py::arg("summary") = a.summary,
                              py::arg("fields") = a.fields));
    }
    out.append(py::dict(py::arg("name") = m.name, py::arg("summary") = m.summary,
                        py::arg("reference") = m.reference, py::arg("parameters") = parameters,
                        py::arg("actions") = actions));
  }
  return out;
}

py::list scenarios() {
  py::list out;
  for (const auto& s : shipped_scenarios()) {
    out.append(py::dict(py::arg("name") = s.name, py::arg("model") = s.model,
                        py::arg("description") = s.description));
  }
  return out;
}

py::list theory(const std::string& scenario, const std::vector<std::string>& overrides) {
  py::list out;
  for (const auto& item : theory_of(scenario, overrides)) {
    out.append(py::dict(py::arg("name") = item.name, py::arg("value") = item.value,
                        py::arg("description") = item.description));
  }
  return out;
}

py::tuple data(const std::string& scenario, const std::string& key) {
  const DataListing listing = scenario_data(scenario, key);
  return py::make_tuple(listing.header, listing.rows);
}

}  // namespace

}  // namespace unrest::python

PYBIND11_MODULE(_unrest, m) {
  using namespace unrest::python;
  m.doc() = "The unrest engine, in-process; use the package `unrest`, not this module.";

  // unrest::InputError as a ValueError carrying where the bad input is.
  static py::exception<unrest::InputError> input_error(m, "InputError", PyExc_ValueError);
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const unrest::InputError& e) {
      py::object error = py::handle(input_error.ptr())(e.what());
      error.attr("file") = e.where().file;
      error.attr("line") = e.where().line;
      error.attr("column") = e.where().column;
      error.attr("key") = e.key();
      PyErr_SetObject(input_error.ptr(), error.ptr());
    }
  });

  const auto no_gil = py::call_guard<py::gil_scoped_release>();
  m.def("run_files", &run, py::arg("scenario"), py::arg("overrides"), py::arg("threads"), no_gil,
        "One run's files as (name, content), as `unrest run` writes them, and warnings.");
  m.def("ensemble_files", &ensemble, py::arg("scenario"), py::arg("overrides"), py::arg("runs"),
        py::arg("threads"), no_gil, "An ensemble's summary files, as `unrest run --runs`.");
  m.def("compare_files", &compare, py::arg("scenarios"), py::arg("overrides"), py::arg("runs"),
        py::arg("threads"), no_gil, "A comparison's files, as `unrest compare`.");
  m.def("summary_files", &summarize, py::arg("scenario"), py::arg("overrides"), py::arg("digests"),
        no_gil, "The ensemble summaries of stored replicates (their digest.json texts).");
  m.def("scenarios", &scenarios, "The shipped scenarios: name, model, description.");
  m.def("models", &models, "Every model, its parameters and actions.");
  m.def("theory", &theory, py::arg("scenario"), py::arg("overrides"),
        "A scenario's analytic results: name, value, description.");
  m.def("data", &data, py::arg("scenario"), py::arg("key"),
        "A scenario's data file ([data].key) as (header, rows).");
  m.def(
      "write_report",
      [](const std::map<std::string, std::string>& files, const std::string& path) {
        unrest::write_file_atomically(path, unrest::html_report_page(files));
      },
      py::arg("files"), py::arg("path"), no_gil,
      "Writes the report.html of output files (name -> text) to PATH, whole or not at all.");
  m.def(
      "report_folder",
      [](const std::string& folder) { return unrest::write_html_report(folder).string(); },
      py::arg("folder"), no_gil, "Writes FOLDER/report.html, as `unrest report`; its path.");
  m.attr("__version__") = std::string(unrest::version());
}
