#!/bin/sh
# A changed build variable always reaches the image: build tests/build/
# probe.c, change one variable, build again in the same build directory,
# boot, and check what the image prints.  Thin glue around make and the
# QEMU line `make cmd` prints; one "PASS build/..." or "FAIL build/..."
# line per check.
#
#   sh tests/build/rebuild.sh [BOARD]      (from the repository root)
set -u
board=${1:-virt-rv64}
root=build/rebuild-test
app=tests/build/probe.c
. tests/build/boot.sh
fails=0

# check NAME WANT VARIABLES... : the probe built with VARIABLES prints WANT
check() {
    name=$1 want=$2
    shift 2
    out=$(boot "$@")
    if printf '%s\n' "$out" | grep -qx "$want"; then
        echo "PASS build/$name"
    else
        echo "FAIL build/$name: wanted \"$want\", the image printed:"
        printf '%s\n' "$out" | sed 's/^/    | /'
        fails=$((fails + 1))
    fi
}

mkdir -p build
rm -rf $root
check "defaults: stack"                 "stack 16384"
check "STACK_SIZE reaches C"            "stack 32768"       STACK_SIZE=32768
check "STACK_SIZE reaches the link"     "linked stack 32768" STACK_SIZE=32768
check "HEAP_MIN reaches the link"       "heap_min 131072"   HEAP_MIN=131072
check "a board variable reaches C"      "harts 2"           BOARD_MAX_HARTS=2
check "a board variable reaches the link" "linked harts 2"  BOARD_MAX_HARTS=2
check "OPT (CFLAGS) reaches the objects" "optimized no"     OPT=-O0
check "back to the defaults"            "linked harts 8"
check "back to the defaults: CFLAGS"    "optimized yes"
rm -rf $root $root.err
[ $fails = 0 ]
