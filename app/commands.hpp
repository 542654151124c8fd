#pragma once
// The subcommands of `unrest`. Each returns the process exit status.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "unrest/ensemble/communicator.hpp"

namespace unrest::cli {

struct RunArgs {
  std::string scenario;  ///< empty: the embedded default
  std::vector<std::string> overrides;
  std::string out;      ///< empty: out/<scenario name>
  long long seed = -1;  ///< -1: the scenario's
  double scale = -1;    ///< agents per person; -1: the scenario's
  int threads = 0;      ///< 0: OpenMP's default
  bool quiet = false;
  long long runs = 0;   ///< > 0: an ensemble of that many replicates
  bool report = false;  ///< also write report.html
};

/// What every many-run command shares with `run`.
struct ManyRunArgs {
  std::vector<std::string> overrides;
  std::string out;
  long long seed = -1;
  double scale = -1;
  int threads = 0;
  bool quiet = false;
  bool report = false;  ///< also write report.html
};

struct SweepArgs : ManyRunArgs {
  std::string scenario;
  std::vector<std::string> parameters;  ///< --param specifications
  std::string design = "grid";          ///< grid or lhs
  std::size_t points = 0;               ///< Latin hypercube points
  std::uint64_t design_seed = 1;
  long long runs = 1;  ///< replicates per point
};

struct CompareArgs : ManyRunArgs {
  std::vector<std::string> scenarios;  ///< the base first
  long long runs = 20;
};

struct CalibrateArgs : ManyRunArgs {
  std::string scenario;
  std::vector<std::string> fit;    ///< parameters to fit (default: every prior)
  std::vector<std::string> truth;  ///< key=value: calibrate to a run with these values
  std::vector<std::string> with;   ///< scenarios fitted jointly with `scenario`
  long long population = 0;        ///< 0: the scenario's
  long long generations = 0;
  long long predictive = -1;
};

struct ScoreArgs : ManyRunArgs {
  std::string scenario;   ///< empty: the embedded default
  long long runs = 0;     ///< 0: the scenario's [fit] runs
  bool ablation = false;  ///< also every [[fit.ablation]]
};

int run_command(const RunArgs& args);
int ensemble_command(const RunArgs& args, const ensemble::Communicator& communicator);
int sweep_command(const SweepArgs& args, const ensemble::Communicator& communicator);
int compare_command(const CompareArgs& args, const ensemble::Communicator& communicator);
int score_command(const ScoreArgs& args, const ensemble::Communicator& communicator);
int calibrate_command(const CalibrateArgs& args, const ensemble::Communicator& communicator);
int models_command(const std::string& name);
int validate_command(const std::string& scenario, const std::vector<std::string>& overrides);
int scenarios_command();
/// Writes shipped scenario `name` and every file it reads into `folder`
/// (refusing to overwrite a file unless `force`).
int export_command(const std::string& name, const std::string& folder, bool force);
/// Writes the template scenario of `model` into `folder` as scenario.toml and
/// its data files (refusing to overwrite a file unless `force`).
int init_command(const std::string& model, const std::string& folder, bool force);
/// Writes FOLDER/report.html from the outputs in it (docs/report.md).
int report_command(const std::string& folder);
/// After a command wrote `folder`: its report when asked for (`--report`),
/// and the line that says where it is.
void write_report_if_asked(bool asked, const std::filesystem::path& folder, bool quiet);
int theory_command(const std::string& scenario, const std::vector<std::string>& overrides);

}  // namespace unrest::cli
