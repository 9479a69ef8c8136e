#!/bin/sh
# bench/suite.sh DIR RAW: how long the kit's own builds and tests take,
# appended to RAW as records (bench/run.sh calls it).
#
# Everything runs in a copy of the working tree under DIR, so the timings
# never touch build/results or the objects of whoever works in the tree.
# The copy leaves build/ behind: objects and CMake caches name the
# directory they were built in (DWARF paths the fault reports print
# relative to the tree, CMakeCache.txt's own directory), so a copied
# build/ fails tests that pass in place.  The first run compiles the
# copy, and is recorded as the cold figure; newlib comes from the kit's
# cache (.cache/newlib, read-only here).
#
# Records: "suite KEY SECONDS LABEL" (KEY: test-cold, test-j2, test-j1,
# first-build, newlib).
#
#   warm `make test`, JOBS=2 and JOBS=1: the whole test matrix, and how it
#       scales with a second core (after a first run that warms the copy);
#   a first build: `make elf` in a fresh copy, with newlib cached;
#   newlib's own first build: with BENCH_SUITE=full, timed into a scratch
#       cache (2-4 minutes); otherwise the time the cache's build took,
#       from its lock and stamp files.
set -eu
dir=$1 raw=$2
root=$PWD
MAKE=${MAKE:-make}
cache=$root/.cache/newlib

now() { date +%s.%N; }
elapsed() { echo "$1 $2" | awk '{printf "%.1f", $2 - $1}'; }
# The host's 1-minute load average after a timing: other work on the
# machine shows up in wall times, so the table says how busy it was.
load() { echo "(load $(cut -d' ' -f1 /proc/loadavg))"; }
record() { echo "suite $*" >> "$raw"; }

# copy_tree DEST: the working tree, without .git, caches and build/.
copy_tree() {
    rm -rf "$1" && mkdir -p "$1"
    tar -C "$root" -c --exclude=./.git --exclude=./.cache --exclude=./build . |
        tar -C "$1" -x
}

# timed LABEL-FILE COMMAND...: run in the copy, print the seconds, keep the log
timed() {
    log=$1
    shift
    t0=$(now)
    "$@" > "$log" 2>&1 || { echo "bench: suite: '$*' failed (log: $log)" >&2; tail -5 "$log" >&2; }
    elapsed "$t0" "$(now)"
}

echo "bench: suite: make test, 5 times (4-5 minutes)" >&2
tree=$dir/tree
copy_tree "$tree"
stamp=$dir/stamp
touch "$stamp"
t=$(timed "$dir/test-warmup.log" $MAKE -C "$tree" --no-print-directory test NEWLIB_CACHE="$cache")
rebuilt=$(find "$tree/build" -newer "$stamp" -name '*.o' | wc -l)
t2= t1=
if [ "$rebuilt" -eq 0 ]; then
    t2=$t load2=$(load)       # it was warm already: a JOBS=2 sample
else
    record "test-cold $t \`make test\` that compiled $rebuilt objects first (newlib cached) $(load)"
fi

# Warm runs, alternating JOBS=2 and JOBS=1, each the fastest of its runs:
# the machine may be shared, and other work only ever adds time.
for round in 1 2; do
    for jobs in 2 1; do
        t=$(timed "$dir/test-j$jobs.log" $MAKE -C "$tree" --no-print-directory test \
            JOBS=$jobs NEWLIB_CACHE="$cache")
        eval "best=\${t$jobs:-}"
        if [ -z "$best" ] || [ "$(echo "$t $best" | awk '{print ($1 < $2)}')" = 1 ]; then
            eval "t$jobs=\$t load$jobs=\"\$(load)\""
        fi
    done
done
record "test-j2 $t2 warm \`make test\`, JOBS=2 (the default here), fastest run: $(tail -1 "$dir/test-j2.log") $load2"
record "test-j1 $t1 warm \`make test\`, JOBS=1, fastest run: $(tail -1 "$dir/test-j1.log") $load1"

echo "bench: suite: a first build with newlib cached" >&2
copy_tree "$dir/fresh"
tf=$(timed "$dir/first.log" $MAKE -C "$dir/fresh" --no-print-directory elf NEWLIB_CACHE="$cache")
record "first-build $tf first \`make elf\` in a fresh tree (examples/hello, riscv64), newlib cached $(load)"

config=$(cd "$tree" && $MAKE -s --no-print-directory -f Makefile -f bench/vars.mk \
         bench-var-NEWLIB_PREFIX NEWLIB_CACHE="$cache" | sed -n "s/^NEWLIB_PREFIX=//p")
if [ "${BENCH_SUITE:-1}" = full ]; then
    echo "bench: suite: newlib's first build into a scratch cache (2-4 minutes)" >&2
    rm -rf "$dir/newlib-cache"
    tn=$(timed "$dir/newlib.log" $MAKE -C "$dir/fresh" --no-print-directory newlib \
         NEWLIB_CACHE="$dir/newlib-cache")
    rm -rf "$dir/newlib-cache"
    record "newlib $tn newlib's first build for riscv64/lp64d (\`make newlib\`, scratch cache)"
elif [ -f "$config.lock" ] && [ -f "$config/.stamp" ]; then
    tn=$(( $(stat -c %Y "$config/.stamp") - $(stat -c %Y "$config.lock") ))
    record "newlib $tn newlib's first build for riscv64/lp64d, as the cache recorded it (lock to stamp; BENCH_SUITE=full times a fresh one)"
fi
rm -rf "$dir/fresh"
rm -rf "$tree"
