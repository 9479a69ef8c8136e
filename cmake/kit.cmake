# The kit as a CMake toolchain file, for any board: KIT_BOARD names it
# (default virt-rv64; any boards/<name>.mk).  Use:
#
#   cmake -S . -B out -DCMAKE_TOOLCHAIN_FILE=<kit>/cmake/kit.cmake -DKIT_BOARD=virt-rv64
#   cmake --build out
#   ctest --test-dir out                  # add_test() programs boot under QEMU
#   cmake --build out --target run-prog   # make run ELF=... (status, machine check)
#
# The flags come from the kit itself (`make flags FORMAT=cmake`, mk/flags.mk),
# which also builds crt0.o, libkit.a and newlib when they are missing, so
# they cannot drift from what `make APP=` uses.  Cache variables choose
# the build as make's variables do: KIT_ABI (ABI=), KIT_LIBC (LIBC=),
# KIT_STACK_SIZE (STACK_SIZE=), KIT_HEAP_MIN (HEAP_MIN=), KIT_TRACE
# (TRACE=1); KIT_TIMEOUT bounds each boot.  NEWLIB_CACHE in the
# environment is passed on.  After changing the kit (a board file, newlib),
# run the configure step again: the cached flags follow.
#
# Feature checks tell the truth: try_compile links a whole image (crt0,
# libkit.a, the C library), so check_function_exists finds what the kit
# and its C library define and nothing else -- fork, execve, wait and
# link, which could never work here, are not defined at all
# (syscalls/syscalls.h) -- and CMAKE_CROSSCOMPILING_EMULATOR boots an
# image under QEMU (tools/kit-boot.sh: arguments as the board's command
# line, stdin from /dev/null), so check_c_source_runs, try_run and a
# project's own add_test run the program on the board.
set(CMAKE_SYSTEM_NAME Generic)
get_filename_component(KIT_ROOT "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
set(KIT_BOARD "virt-rv64" CACHE STRING "the kit's board (boards/<name>.mk)")
if(NOT EXISTS "${KIT_ROOT}/boards/${KIT_BOARD}.mk")
    message(FATAL_ERROR "kit: KIT_BOARD=${KIT_BOARD}: no boards/${KIT_BOARD}.mk (make -C ${KIT_ROOT} boards)")
endif()
set(KIT_ABI "" CACHE STRING "ABI (empty: the board's default)")
set(KIT_LIBC "newlib" CACHE STRING "the C library: newlib, newlib-nano or picolibc")
set(KIT_STACK_SIZE "" CACHE STRING "bytes of stack per hart (empty: the board's)")
set(KIT_HEAP_MIN "" CACHE STRING "bytes of heap the link must leave (empty: the board's)")
set(KIT_TRACE OFF CACHE BOOL "link every image with the system-call trace (make run TRACE=1)")
set(KIT_TIMEOUT 60 CACHE STRING "seconds a boot (a test, a try_run) may take")

# `make flags` runs once, for the project; the try_compile projects CMake
# makes for its checks read this file again and take the project's flags
# file (KIT_FLAGS_FILE, passed on to them) instead of asking make again.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES KIT_BOARD KIT_FLAGS_FILE)
set(_kit_make make -s --no-print-directory -C "${KIT_ROOT}" BOARD=${KIT_BOARD})
if(NOT KIT_FLAGS_FILE)
    set(KIT_FLAGS_FILE "${CMAKE_BINARY_DIR}/kit-flags.cmake")
    set(_kit_vars LIBC=${KIT_LIBC})
    if(KIT_ABI)
        list(APPEND _kit_vars ABI=${KIT_ABI})
    endif()
    if(KIT_STACK_SIZE)
        list(APPEND _kit_vars STACK_SIZE=${KIT_STACK_SIZE})
    endif()
    if(KIT_HEAP_MIN)
        list(APPEND _kit_vars HEAP_MIN=${KIT_HEAP_MIN})
    endif()
    if(KIT_TRACE)
        list(APPEND _kit_vars TRACE=1)
    endif()
    execute_process(COMMAND ${_kit_make} ${_kit_vars} flags FORMAT=cmake FLAGS_OUT=${KIT_FLAGS_FILE}
                    RESULT_VARIABLE _kit_status)
    if(NOT _kit_status EQUAL 0)
        message(FATAL_ERROR "kit: `make flags BOARD=${KIT_BOARD} ${_kit_vars}` failed in ${KIT_ROOT}")
    endif()
endif()
include("${KIT_FLAGS_FILE}")

set(CMAKE_C_COMPILER "${KIT_CC}")
set(CMAKE_ASM_COMPILER "${KIT_CC}")
set(CMAKE_C_FLAGS_INIT "${KIT_CFLAGS}")
set(CMAKE_ASM_FLAGS_INIT "${KIT_CFLAGS}")
set(CMAKE_EXE_LINKER_FLAGS_INIT "${KIT_LDFLAGS}")
# The _INIT values seed the cache at the first configure only.  When the
# kit's flags change (a newlib rebuilt under a new key, another stack
# size), configuring again puts the new ones in place of the old in the
# cached values, keeping what the project added around them.
function(_kit_refresh var new)
    if(DEFINED CACHE{${var}} AND DEFINED CACHE{_KIT_${var}})
        string(REPLACE "$CACHE{_KIT_${var}}" "${new}" _value "$CACHE{${var}}")
        set_property(CACHE ${var} PROPERTY VALUE "${_value}")
    endif()
    set(_KIT_${var} "${new}" CACHE INTERNAL "the kit's part of ${var}")
endfunction()
_kit_refresh(CMAKE_C_FLAGS "${KIT_CFLAGS}")
_kit_refresh(CMAKE_ASM_FLAGS "${KIT_CFLAGS}")
_kit_refresh(CMAKE_EXE_LINKER_FLAGS "${KIT_LDFLAGS}")
set(CMAKE_C_STANDARD_LIBRARIES "${KIT_LDLIBS}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
separate_arguments(_kit_qemu UNIX_COMMAND "${KIT_QEMU}")
set(CMAKE_CROSSCOMPILING_EMULATOR "${KIT_ROOT}/tools/kit-boot.sh;${KIT_TIMEOUT};${_kit_qemu};--")

# kit_add_boot(target): a ctest that boots the image (its exit status is
# the program's) and a run-<target> target for a terminal.
function(kit_add_boot target)
    add_test(NAME ${target}-boot COMMAND ${target})
    set_tests_properties(${target}-boot PROPERTIES TIMEOUT ${KIT_TIMEOUT})
    add_custom_target(run-${target}
        COMMAND make -s --no-print-directory -C "${KIT_ROOT}" BOARD=${KIT_BOARD} run
                ELF=$<TARGET_FILE:${target}>
        DEPENDS ${target} USES_TERMINAL)
endfunction()
