# Warning flags shared by every target of the project.
add_library(unrest_warnings INTERFACE)
target_compile_options(unrest_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                                 -Wno-sign-conversion)
# GCC 12 reports false -Wrestrict overlaps inside std::string at -O3 (GCC bug
# 105651, fixed in GCC 13).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(unrest_warnings INTERFACE -Wno-restrict)
endif()
if(UNREST_WARNINGS_AS_ERRORS)
  target_compile_options(unrest_warnings INTERFACE -Werror)
endif()
