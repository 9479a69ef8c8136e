#!/bin/sh
# Boot one image under QEMU as a build system's test runner: CMake's
# CMAKE_CROSSCOMPILING_EMULATOR (cmake/kit.cmake: try_run,
# check_c_source_runs, add_test) and Meson's exe_wrapper (make flags
# FORMAT=meson).  Thin glue: the program's arguments become the board's
# command line (QEMU -append, each quoted for platform/cmdline.c's
# sh-like splitter), stdin is /dev/null (nothing to type at a test), and
# QEMU's exit status -- the program's -- is this script's.
#
#   kit-boot.sh SECONDS QEMU-WORD... -- IMAGE [ARG...]
#
# SECONDS: the run's time limit (timeout(1); 124 when it runs out).
set -eu
limit=$1
shift
# The QEMU words, up to "--", stay in "$@"; the rest is taken off the end.
n=0
for w in "$@"; do
    [ "$w" = -- ] && break
    n=$((n + 1))
done
[ $n -lt $# ] || { echo "kit-boot.sh: no -- before the image" >&2; exit 2; }
qemu=""
i=0
for w in "$@"; do
    i=$((i + 1))
    [ $i -le $n ] || break
    qemu="$qemu '$(printf %s "$w" | sed "s/'/'\\\\''/g")'"
done
shift $((n + 1))
image=$1
shift
line=""
for a in "$@"; do
    line="$line '$(printf %s "$a" | sed "s/'/'\\\\''/g")'"
done
eval "set -- $qemu"
if [ -n "$line" ]; then
    exec timeout -k 5 "$limit" "$@" -kernel "$image" -append "${line# }" </dev/null
fi
exec timeout -k 5 "$limit" "$@" -kernel "$image" </dev/null
