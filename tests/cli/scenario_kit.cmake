# The kit for writing a scenario: `unrest scenarios --export` writes a shipped
# scenario out as files that run exactly as the shipped one does; `unrest init`
# writes each model's template, which validates and runs; neither overwrites a
# user's files unless told to.
file(REMOVE_RECURSE ${WORK})

function(unrest_ok)
  execute_process(COMMAND ${UNREST} ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out
                  ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "unrest ${ARGN} failed (${status}): ${out} ${err}")
  endif()
endfunction()

# Export a counterfactual (a base, its data) and run both for three days: one of
# each country (Ecuador's with its products file).
set(short --set run.ticks=72 --threads 1 -q)
foreach(shipped kazakhstan-2022/policy ecuador-2019/repeal-day-3)
  string(REGEX REPLACE "/.*" "" country ${shipped})
  string(REGEX REPLACE ".*/" "" file ${shipped})
  unrest_ok(scenarios --export ${shipped} ${WORK}/exported_${country})
  unrest_ok(run ${shipped} --out ${WORK}/shipped_run_${country} ${short})
  unrest_ok(run ${WORK}/exported_${country}/${file}.toml --out ${WORK}/exported_run_${country}
            ${short})
  foreach(f timeseries.csv cities.csv events.csv)
    file(READ ${WORK}/shipped_run_${country}/${f} a)
    file(READ ${WORK}/exported_run_${country}/${f} b)
    if(NOT a STREQUAL b)
      message(FATAL_ERROR "${f} differs between the shipped and the exported ${shipped}")
    endif()
  endforeach()
endforeach()
unrest_ok(scenarios --export kazakhstan-2022/policy ${WORK}/exported)

# A second export into the same folder is refused, and changes nothing.
file(WRITE ${WORK}/exported/cities.csv "mine\n")
execute_process(COMMAND ${UNREST} scenarios --export kazakhstan-2022/policy ${WORK}/exported
                RESULT_VARIABLE status ERROR_VARIABLE err)
if(NOT status EQUAL 2 OR NOT err MATCHES "exists already: choose another folder, or --force")
  message(FATAL_ERROR "export over existing files: status ${status}, message ${err}")
endif()
file(READ ${WORK}/exported/cities.csv mine)
if(NOT mine STREQUAL "mine\n")
  message(FATAL_ERROR "a refused export still overwrote a file")
endif()
unrest_ok(scenarios --export kazakhstan-2022/policy ${WORK}/exported --force)
file(READ ${WORK}/exported/cities.csv overwritten)
if(overwritten STREQUAL "mine\n")
  message(FATAL_ERROR "--force did not overwrite")
endif()

# Each model's template validates and runs.
foreach(model uprising epstein granovetter watts)
  unrest_ok(init ${model} ${WORK}/init_${model})
  unrest_ok(validate ${WORK}/init_${model}/scenario.toml)
  unrest_ok(run ${WORK}/init_${model}/scenario.toml --out ${WORK}/init_${model}_run --threads 1 -q)
  if(NOT EXISTS ${WORK}/init_${model}_run/timeseries.csv)
    message(FATAL_ERROR "the ${model} template's run wrote no timeseries.csv")
  endif()
endforeach()

# A model without a template, and a name that is not shipped: input errors.
execute_process(COMMAND ${UNREST} init nosuch ${WORK}/nosuch RESULT_VARIABLE status
                ERROR_VARIABLE err)
if(NOT status EQUAL 2 OR NOT err MATCHES "no template for this model; templates: epstein")
  message(FATAL_ERROR "init of an unknown model: status ${status}, message ${err}")
endif()
execute_process(COMMAND ${UNREST} scenarios --export no/such ${WORK}/nosuch RESULT_VARIABLE status
                ERROR_VARIABLE err)
if(NOT status EQUAL 2 OR EXISTS ${WORK}/nosuch)
  message(FATAL_ERROR "export of an unknown scenario: status ${status}, message ${err}")
endif()
