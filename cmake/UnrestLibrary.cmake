# unrest_layer(NAME SOURCES ... DEPENDS ...)
# One layer of the project as a static library. Its public headers live in
# include/unrest/<layer>/ beside its sources, so a target sees only the headers
# of the layers it links: an upward include is a build error.
function(unrest_layer name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;PRIVATE_DEPENDS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include)
  target_link_libraries(${name} PUBLIC ${ARG_DEPENDS} PRIVATE unrest_warnings ${ARG_PRIVATE_DEPENDS})
endfunction()
