# SPDX-License-Identifier: GPL-2.0-or-later
# Runs the vireo executable with one argument and checks that it exits 0 and prints the expected
# text. The test sets no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM, as in a terminal over ssh.
#   cmake -DVIREO=<path> -DARG=<argument> -DEXPECT=<regex> -P run-without-display.cmake
foreach(var IN ITEMS DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM)
    if(DEFINED ENV{${var}})
        message(FATAL_ERROR "${var} is set; this test must run without a display")
    endif()
endforeach()
execute_process(COMMAND "${VIREO}" "${ARG}" RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE err TIMEOUT 30)
if(NOT rc STREQUAL "0")
    message(FATAL_ERROR "vireo ${ARG} without a display: exit '${rc}'\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(NOT out MATCHES "${EXPECT}")
    message(FATAL_ERROR "vireo ${ARG}: expected output matching '${EXPECT}', got:\n${out}")
endif()
message(STATUS "vireo ${ARG} answered without a display:\n${out}")
