# Script mode: writes OUTPUT, a C++ source that holds every file of the shipped
# scenarios under SCENARIO_DIR (*.toml and their *.csv data) as text, so the
# program runs them with no files beside it. Called at build time by
# src/scenario/CMakeLists.txt.
file(GLOB_RECURSE files RELATIVE ${SCENARIO_DIR} ${SCENARIO_DIR}/*.toml ${SCENARIO_DIR}/*.csv)
list(SORT files)
set(body "")
foreach(relative IN LISTS files)
  file(READ ${SCENARIO_DIR}/${relative} text)
  string(FIND "${text}" ")unrest_file\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${relative} contains the raw-string delimiter")
  endif()
  # Long files are split into pieces (string literals have length limits in
  # some compilers); adjacent literals concatenate.
  string(LENGTH "${text}" length)
  set(pieces "")
  set(offset 0)
  while(offset LESS length)
    string(SUBSTRING "${text}" ${offset} 8000 piece)
    string(APPEND pieces "R\"unrest_file(${piece})unrest_file\"\n")
    math(EXPR offset "${offset} + 8000")
  endwhile()
  if(pieces STREQUAL "")
    set(pieces "\"\"")
  endif()
  string(APPEND body "    {\"scenarios/${relative}\",\n${pieces}},\n")
endforeach()
list(LENGTH files count)
file(WRITE ${OUTPUT}.new "// Generated from scenarios/ by cmake/EmbedScenarios.cmake. Do not edit.
#include \"unrest/scenario/embedded.hpp\"

#include <array>

namespace unrest {

namespace {
const std::array<EmbeddedFile, ${count}> kFiles = {{
${body}}};
}  // namespace

std::span<const EmbeddedFile> embedded_files() noexcept { return kFiles; }

}  // namespace unrest
")
file(COPY_FILE ${OUTPUT}.new ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.new)
