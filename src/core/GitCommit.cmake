# Writes version.cpp from version.cpp.in with the current git commit; run at
# build time so the commit stays current. Leaves the file untouched when nothing
# changed, so builds stay incremental.
set(UNREST_GIT_COMMIT "unknown")
find_program(GIT git)
if(GIT)
  execute_process(COMMAND ${GIT} -C ${SOURCE_DIR} rev-parse --short=12 HEAD
                  OUTPUT_VARIABLE commit RESULT_VARIABLE status ERROR_QUIET
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(status EQUAL 0)
    set(UNREST_GIT_COMMIT "${commit}")
    execute_process(COMMAND ${GIT} -C ${SOURCE_DIR} status --porcelain --untracked-files=no
                    OUTPUT_VARIABLE changes ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT changes STREQUAL "")
      # Two builds with different uncommitted changes must not share a stamp:
      # results folders are guarded by it.
      execute_process(COMMAND ${GIT} -C ${SOURCE_DIR} diff HEAD
                      OUTPUT_VARIABLE diff ERROR_QUIET)
      string(SHA1 diff_hash "${diff}")
      string(SUBSTRING "${diff_hash}" 0 8 diff_hash)
      set(UNREST_GIT_COMMIT "${UNREST_GIT_COMMIT}-dirty-${diff_hash}")
    endif()
  endif()
endif()
configure_file(${INPUT} ${OUTPUT}.new @ONLY)
file(COPY_FILE ${OUTPUT}.new ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.new)
