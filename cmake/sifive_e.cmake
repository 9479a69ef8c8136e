# CMake toolchain file for board sifive_e: see cmake/kit.cmake.
set(KIT_BOARD sifive_e)
include("${CMAKE_CURRENT_LIST_DIR}/kit.cmake")
