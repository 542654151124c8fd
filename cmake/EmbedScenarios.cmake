# Script mode: writes OUTPUT, a C++ source that holds every scenario file under
# SCENARIO_DIR as text, so the program runs its shipped scenarios with no files
# beside it. Called at build time by src/scenario/CMakeLists.txt.
file(GLOB_RECURSE files RELATIVE ${SCENARIO_DIR} ${SCENARIO_DIR}/*.toml)
list(SORT files)
set(body "")
foreach(relative IN LISTS files)
  file(READ ${SCENARIO_DIR}/${relative} text)
  string(FIND "${text}" ")unrest_scenario\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${relative} contains the raw-string delimiter")
  endif()
  string(REGEX REPLACE "\\.toml$" "" name "${relative}")
  string(APPEND body "    {\"${name}\", \"scenarios/${relative}\", R\"unrest_scenario(${text})unrest_scenario\"},\n")
endforeach()
list(LENGTH files count)
file(WRITE ${OUTPUT}.new "// Generated from scenarios/ by cmake/EmbedScenarios.cmake. Do not edit.
#include \"unrest/scenario/embedded.hpp\"

#include <array>

namespace unrest {

namespace {
const std::array<EmbeddedScenario, ${count}> kScenarios = {{
${body}}};
}  // namespace

std::span<const EmbeddedScenario> embedded_scenarios() noexcept { return kScenarios; }

}  // namespace unrest
")
file(COPY_FILE ${OUTPUT}.new ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.new)
