# Sourced by the build tests (rebuild.sh, stack_report.sh): build one
# program in a build root of its own and boot it.  The caller sets board,
# root (its build root: make test runs other builds of the same board at
# once) and app.
#
# boot VARIABLES... : build $app with these make variables, boot it with
# the QEMU line `make cmd` prints (SIGKILL after 30 s: a hang is a
# failure, never a stuck suite), print its output without "\r".
boot() {
    make -s --no-print-directory BOARD="$board" BUILD_ROOT="$root" \
        APP="$app" "$@" elf >/dev/null 2>"$root.err" || {
        cat "$root.err"; return 1; }
    cmd=$(make -s --no-print-directory BOARD="$board" BUILD_ROOT="$root" \
        APP="$app" "$@" cmd) || return 1
    eval "timeout -s KILL 30 $cmd" </dev/null 2>&1 | tr -d '\r'
}
