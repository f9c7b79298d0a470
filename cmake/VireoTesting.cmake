# SPDX-License-Identifier: GPL-2.0-or-later
# vireo_add_test(NAME SOURCES ... LIBS ... [GUI] [INTEGRATION] [TIMEOUT s])
#
# One Qt Test executable per class or feature. GUI tests run on the offscreen platform;
# integration tests carry the ctest label "integration" and talk to a real libvirtd and QEMU.
function(vireo_add_test name)
    cmake_parse_arguments(ARG "GUI;INTEGRATION" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    # Tests include their shared helpers as "tests/support/..."
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen" "QT_LOGGING_RULES=qt.qpa.*=false"
            "VIREO_SOURCE_DIR=${PROJECT_SOURCE_DIR}" "VIREO_BINARY_DIR=${PROJECT_BINARY_DIR}"
            "LIBVIRT_DEFAULT_URI=test:///default")
    set(labels unit)
    if(ARG_GUI)
        set(labels gui)
    endif()
    if(ARG_INTEGRATION)
        set(labels integration)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
        if(ARG_INTEGRATION)
            set(ARG_TIMEOUT 300)
        endif()
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" LABELS "${labels}"
                                            TIMEOUT ${ARG_TIMEOUT})
    if(ARG_INTEGRATION)
        # Integration tests share one libvirtd. When none can be reached they QSKIP in
        # initTestCase() with the reason, and ctest reports them as skipped, not passed.
        set_tests_properties(${name} PROPERTIES RESOURCE_LOCK libvirtd
                             SKIP_REGULAR_EXPRESSION "SKIP   : [^ ]*::initTestCase\\(\\)")
    endif()
endfunction()
