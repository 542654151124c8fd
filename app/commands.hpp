#pragma once
// The subcommands of `unrest`. Each returns the process exit status.

#include <string>
#include <vector>

namespace unrest::cli {

struct RunArgs {
  std::string scenario;  ///< empty: the embedded default
  std::vector<std::string> overrides;
  std::string out;      ///< empty: out/<scenario name>
  long long seed = -1;  ///< -1: the scenario's
  double scale = -1;    ///< agents per person; -1: the scenario's
  int threads = 0;      ///< 0: OpenMP's default
  bool quiet = false;
};

int run_command(const RunArgs& args);
int models_command(const std::string& name);
int validate_command(const std::string& scenario, const std::vector<std::string>& overrides);
int scenarios_command();
int theory_command(const std::string& scenario, const std::vector<std::string>& overrides);

}  // namespace unrest::cli
