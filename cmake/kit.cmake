# The kit as a CMake toolchain file, for any board: KIT_BOARD names it
# (default virt-rv64; any boards/<name>.mk).  Use:
#
#   cmake -S . -B out -DCMAKE_TOOLCHAIN_FILE=<kit>/cmake/kit.cmake -DKIT_BOARD=virt-rv64
#   cmake --build out
#   ctest --test-dir out                  # boots each kit_add_boot() target
#   cmake --build out --target run-prog   # make run ELF=... (status, machine check)
#
# The flags come from the kit itself (`make flags FORMAT=cmake`, mk/flags.mk),
# which also builds crt0.o, libkit.a and newlib when they are missing, so
# they cannot drift from what `make APP=` uses.  -DKIT_ABI=lp64 picks
# another ABI; NEWLIB_CACHE in the environment is passed on.  After
# changing the kit (a board file, STACK_SIZE), re-run the configure step.
set(CMAKE_SYSTEM_NAME Generic)
get_filename_component(KIT_ROOT "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
set(KIT_BOARD "virt-rv64" CACHE STRING "the kit's board (boards/<name>.mk)")
if(NOT EXISTS "${KIT_ROOT}/boards/${KIT_BOARD}.mk")
    message(FATAL_ERROR "kit: KIT_BOARD=${KIT_BOARD}: no boards/${KIT_BOARD}.mk (make -C ${KIT_ROOT} boards)")
endif()
set(KIT_ABI "" CACHE STRING "ABI (empty: the board's default)")
# try_compile projects read this file too: let them see the board.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES KIT_BOARD KIT_ABI)

set(_kit_flags "${CMAKE_BINARY_DIR}/kit-flags.cmake")
set(_kit_make make -s --no-print-directory -C "${KIT_ROOT}" BOARD=${KIT_BOARD})
if(KIT_ABI)
    list(APPEND _kit_make ABI=${KIT_ABI})
endif()
execute_process(COMMAND ${_kit_make} flags FORMAT=cmake FLAGS_OUT=${_kit_flags}
                RESULT_VARIABLE _kit_status)
if(NOT _kit_status EQUAL 0)
    message(FATAL_ERROR "kit: `make flags BOARD=${KIT_BOARD}` failed in ${KIT_ROOT}")
endif()
include("${_kit_flags}")

set(CMAKE_C_COMPILER "${KIT_CC}")
set(CMAKE_ASM_COMPILER "${KIT_CC}")
set(CMAKE_C_FLAGS_INIT "${KIT_CFLAGS}")
set(CMAKE_ASM_FLAGS_INIT "${KIT_CFLAGS}")
set(CMAKE_EXE_LINKER_FLAGS_INIT "${KIT_LDFLAGS}")
set(CMAKE_C_STANDARD_LIBRARIES "${KIT_LDLIBS}")
# The compiler check must not link: a test program has no kit behind it.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)

# kit_add_boot(target): a ctest that boots the image under QEMU (its exit
# status is the program's) and a run-<target> target for a terminal.
function(kit_add_boot target)
    separate_arguments(_qemu UNIX_COMMAND "${KIT_QEMU}")
    add_test(NAME ${target}-boot COMMAND ${_qemu} -kernel $<TARGET_FILE:${target}>)
    set_tests_properties(${target}-boot PROPERTIES TIMEOUT 60)
    add_custom_target(run-${target}
        COMMAND ${_kit_make} run ELF=$<TARGET_FILE:${target}>
        DEPENDS ${target} USES_TERMINAL)
endfunction()
