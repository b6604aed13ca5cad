# Writes a man page from a program's own --help and --version, so it never drifts from the
# program (run at build time by packaging/CMakeLists.txt):
#   cmake -DPROGRAM=path -DNAME=loket-cli -DSUMMARY="..." -DSEE_ALSO="loket(1)" -DHOME_DIR=dir
#         [-DEXTRA=roff file with more sections] -DOUTPUT=loket-cli.1 -P ManPage.cmake
# The help is run in English, offscreen, with a scratch HOME so no build path shows in the page.
foreach(var PROGRAM NAME SUMMARY OUTPUT HOME_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "ManPage.cmake needs -D${var}=...")
    endif()
endforeach()

file(MAKE_DIRECTORY "${HOME_DIR}")
set(ENV{HOME} "${HOME_DIR}")
unset(ENV{XDG_DATA_HOME})
unset(ENV{LOKET_LOG_DIR})
unset(ENV{LOKET_NOW})
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{LOKET_LANG} en)
set(ENV{LC_ALL} C.UTF-8)

execute_process(COMMAND "${PROGRAM}" --help OUTPUT_VARIABLE help RESULT_VARIABLE rc ERROR_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --help failed (${rc})")
endif()
execute_process(COMMAND "${PROGRAM}" --version OUTPUT_VARIABLE version RESULT_VARIABLE rc ERROR_QUIET
    OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT rc EQUAL 0 OR version STREQUAL "")
    message(FATAL_ERROR "${PROGRAM} --version failed (${rc})")
endif()
# "loket-cli 0.1.0 (git ...)" -> "0.1.0": the page names the release, not the build.
string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+" release "${version}")

# roff: a backslash is written \e; a line starting with . or ' would be a request.
string(REPLACE "${PROGRAM}" "${NAME}" help "${help}")
string(REPLACE "${HOME_DIR}" "~" help "${help}")
string(REPLACE "\\" "\\e" help "${help}")
string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
string(REPLACE "-" "\\-" help "${help}")
string(REGEX REPLACE "\n+$" "" help "${help}")
string(TOUPPER "${NAME}" title)
string(REPLACE "-" "\\-" roff_name "${NAME}")

set(page ".TH ${title} 1 \"${DATE}\" \"${NAME} ${release}\" \"User Commands\"\n")
string(APPEND page ".SH NAME\n${roff_name} \\- ${SUMMARY}\n")
string(APPEND page ".SH DESCRIPTION\nThe text below is the program's own \\fB\\-\\-help\\fR.\n")
string(APPEND page ".PP\n.nf\n${help}\n.fi\n")
if(DEFINED EXTRA AND EXISTS "${EXTRA}")
    file(READ "${EXTRA}" extra)
    string(APPEND page "${extra}")
endif()
if(DEFINED SEE_ALSO AND NOT SEE_ALSO STREQUAL "")
    string(REPLACE "-" "\\-" see_also "${SEE_ALSO}")
    string(APPEND page ".SH SEE ALSO\n${see_also}\n")
    string(APPEND page ".PP\nThe administrator's notes are in /usr/share/doc/loket.\n")
endif()
file(WRITE "${OUTPUT}" "${page}")
