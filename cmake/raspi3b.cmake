# CMake toolchain file for board raspi3b: see cmake/kit.cmake.
set(KIT_BOARD raspi3b)
include("${CMAKE_CURRENT_LIST_DIR}/kit.cmake")
