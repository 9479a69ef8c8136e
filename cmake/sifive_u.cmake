# CMake toolchain file for board sifive_u: see cmake/kit.cmake.
set(KIT_BOARD sifive_u)
include("${CMAKE_CURRENT_LIST_DIR}/kit.cmake")
