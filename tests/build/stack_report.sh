#!/bin/sh
# STACK_REPORT=1: the image prints the boot hart's deepest stack use at
# exit, and the figure fits a known recursion (tests/build/stack_depth.c
# says how deep its buffer lay): at least that deep, and no more than
# SLACK bytes deeper (the deepest frame's own registers and the return
# address below its buffer).  Without STACK_REPORT there is no report.
# Thin glue around make and the QEMU line `make cmd` prints; one "PASS
# build/..." or "FAIL build/..." line per check.
#
#   sh tests/build/stack_report.sh [BOARD]      (from the repository root)
set -u
board=${1:-virt-rv64}
root=build/stack-report-test
app=tests/build/stack_depth.c
. tests/build/boot.sh
SLACK=256
fails=0

result() {
    if [ "$1" = ok ]; then echo "PASS build/$2"; else
        echo "FAIL build/$2"; printf '%s\n' "$out" | sed 's/^/    | /'
        fails=$((fails + 1)); fi
}

mkdir -p build
rm -rf $root
out=$(boot STACK_REPORT=1)
deep=$(printf '%s\n' "$out" | sed -n 's/^deepest buffer \([0-9]*\) bytes below the stack top$/\1/p')
mark=$(printf '%s\n' "$out" | sed -n 's/^kit: stack high-water mark: \([0-9]*\) of [0-9]* bytes$/\1/p')
if [ -n "$deep" ] && [ -n "$mark" ] && [ "$mark" -ge "$deep" ] && \
   [ "$mark" -le $((deep + SLACK)) ]; then ok=ok; else ok=no; fi
result $ok "STACK_REPORT=1 on $board: high-water mark ${mark:-none} for a buffer $deep bytes deep (allowed: up to $SLACK more)"

out=$(boot)
if printf '%s\n' "$out" | grep -q '^deepest buffer' && \
   ! printf '%s\n' "$out" | grep -q 'high-water'; then ok=ok; else ok=no; fi
result $ok "no STACK_REPORT on $board: no report"
rm -rf $root $root.err
[ $fails = 0 ]
