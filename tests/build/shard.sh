#!/bin/sh
# make test SHARD=i/N: N machines share the matrix with no overlap.  For
# N = 1..4 (and one N larger than any board's share): the shares of
# `make test-list SHARD=i/N` together are exactly `make test-list` (every
# unit once), and what each shard's make test would run (`make test-plan`:
# its targets, and each configuration's share of boot tests) is exactly
# its share.  No test boots here.  One "PASS build/..." or "FAIL build/..."
# line per check.
#
#   sh tests/build/shard.sh      (from the repository root)
set -u
tmp=${TMPDIR:-/tmp}/kit-shard-$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
fails=0
result() {
    if [ "$1" = ok ]; then echo "PASS build/shard: $2"; else
        echo "FAIL build/shard: $2"; sed 's/^/    | /' "$3" | head -n 20
        fails=$((fails + 1)); fi
}
m() { make -s --no-print-directory "$@"; }

# The plan as units again: a host result file, a build test, a board's
# share of tests and its suites, a conform ABI, a port target.
plan_units() {
    awk '
        /^test-board-/ {
            cfg = $1; sub(/^test-board-/, "", cfg)
            if ($2 == "suites=1:") print "suite:" cfg
            for (i = 3; i <= NF; i++) print "boot:" cfg ":" $i
            next }
        /\/host\/.*\.result$/ { n = $0; sub(/.*\//, "", n); sub(/\.result$/, "", n); print "host:" n; next }
        /^build-test-/        { sub(/^build-test-/, ""); print "build:" $0; next }
        /^abi-conform-/       { sub(/^abi-conform-/, ""); print "conform:" $0; next }
        /^test-(explain|layout|planted)$/ { sub(/^test-/, ""); print "conform:" $0; next }
        /^port-args-/         { sub(/^port-args-/, ""); print "port:args:" $0; next }
        /^port-routes$/       { print "port:routes"; next }
        { print "unknown target " $0 }'
}

m test-list | sort > "$tmp/all"
total=$(wc -l < "$tmp/all")
[ "$total" -gt 100 ] && [ -z "$(uniq -d "$tmp/all")" ] && ok=ok || ok=no
result $ok "the matrix has $total units, each named once" "$tmp/all"
for n in 1 2 3 4 7; do
    : > "$tmp/union"
    i=1
    while [ $i -le $n ]; do
        m test-list SHARD=$i/$n | sort > "$tmp/share"
        cat "$tmp/share" >> "$tmp/union"
        m test-plan SHARD=$i/$n | plan_units | sort > "$tmp/plan"
        cmp -s "$tmp/share" "$tmp/plan" && ok=ok || ok=no
        diff "$tmp/share" "$tmp/plan" > "$tmp/diff"
        result $ok "SHARD=$i/$n runs exactly its share ($(wc -l < "$tmp/share") units)" "$tmp/diff"
        i=$((i + 1))
    done
    sort "$tmp/union" > "$tmp/sorted"
    cmp -s "$tmp/sorted" "$tmp/all" && ok=ok || ok=no
    diff "$tmp/all" "$tmp/sorted" > "$tmp/diff"
    result $ok "the $n shares together are the whole matrix, nothing twice" "$tmp/diff"
done
# A shard that does not exist is refused, not run as an empty share.
m test-list SHARD=4/3 > "$tmp/out" 2>&1 && ok=no || ok=ok
result $ok "SHARD=4/3 is refused" "$tmp/out"
[ $fails = 0 ]
