# CMake toolchain file for board virt-rv64-sbi-dyn: see cmake/kit.cmake.
set(KIT_BOARD virt-rv64-sbi-dyn)
include("${CMAKE_CURRENT_LIST_DIR}/kit.cmake")
