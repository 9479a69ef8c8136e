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
root=build/rebuild-test            # its own build root: make test runs
                                   # other builds of the same board at once
fails=0

# boot VARIABLES... : build the probe with these make variables and boot it
boot() {
    make -s --no-print-directory BOARD="$board" BUILD_ROOT=$root \
        APP=tests/build/probe.c "$@" elf >/dev/null 2>$root.err || {
        cat $root.err; return 1; }
    cmd=$(make -s --no-print-directory BOARD="$board" BUILD_ROOT=$root \
        APP=tests/build/probe.c "$@" cmd) || return 1
    eval "timeout 30 $cmd" </dev/null 2>&1 | tr -d '\r'
}

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
