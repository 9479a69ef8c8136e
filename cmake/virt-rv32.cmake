# CMake toolchain file for board virt-rv32: see cmake/kit.cmake.
set(KIT_BOARD virt-rv32)
include("${CMAKE_CURRENT_LIST_DIR}/kit.cmake")
