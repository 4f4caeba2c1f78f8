# Runs lrelease on one catalogue and fails unless every message is translated.
execute_process(COMMAND ${LRELEASE} ${TS} -qm ${QM}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
message("${out}${err}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lrelease failed on ${TS}")
endif()
if(NOT out MATCHES "\\(([0-9]+) finished and 0 unfinished\\)")
    message(FATAL_ERROR "${TS} has unfinished translations")
endif()
if(out MATCHES "untranslated")
    message(FATAL_ERROR "${TS} has untranslated messages")
endif()
