# CMake toolchain file for board virt-aarch64: see cmake/kit.cmake.
set(KIT_BOARD virt-aarch64)
include("${CMAKE_CURRENT_LIST_DIR}/kit.cmake")
