# CMake toolchain file for board virt-rv64-sbi-console: see cmake/kit.cmake.
set(KIT_BOARD virt-rv64-sbi-console)
include("${CMAKE_CURRENT_LIST_DIR}/kit.cmake")
