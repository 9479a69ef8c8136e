# CMake toolchain file for board virt-aarch64-el2: see cmake/kit.cmake.
set(KIT_BOARD virt-aarch64-el2)
include("${CMAKE_CURRENT_LIST_DIR}/kit.cmake")
