#!/bin/sh
# The make layers: the product (Makefile, mk/, boards/, qemu/) never
# depends on the tools around it (abi/, bench/, tests/, fdt/'s tests).
# For each goal a user runs to build or boot a program, on boards of
# both architectures and every C library:
#   - the make files read are only the product's (make -p names them);
#   - every variable the product reads is defined by the product
#     (--warn-undefined-variables: a variable that only a later, test-side
#     file defined would be undefined here).
# And `make test`'s own goal still reads tests/tests.mk last.
# Thin glue around make; one "PASS build/..." or "FAIL build/..." line per
# check.
#
#   sh tests/build/layers.sh      (from the repository root)
set -u
fails=0
result() {
    if [ "$1" = ok ]; then echo "PASS build/layers: $2"; else
        echo "FAIL build/layers: $2"; printf '%s\n' "$3" | sed 's/^/    | /'
        fails=$((fails + 1)); fi
}

# The make files a goal reads, from make's own database (dependency
# files under build/ aside).
files_read() {
    make -pn --no-print-directory "$@" 2>/dev/null | sed -n 's/^MAKEFILE_LIST := //p' |
        tr ' ' '\n' | grep -v '^build/' | grep -v '^$'
}

for config in "BOARD=virt-rv64" "BOARD=virt-aarch64 LIBC=picolibc" \
              "BOARD=sifive_e LIBC=newlib-nano" "BOARD=virt-rv64-sbi"; do
    for goal in run cmd debug elf flags size disasm; do
        # shellcheck disable=SC2086
        outside=$(files_read $config $goal | grep -v -e '^Makefile$' -e '^mk/' -e '^boards/' -e '^qemu/')
        [ -z "$outside" ] && ok=ok || ok=no
        result $ok "make $goal $config reads only the product's make files" "$outside"
        # shellcheck disable=SC2086
        undef=$(make -n --no-print-directory $config $goal --warn-undefined-variables 2>&1 |
            grep 'undefined variable' | sort -u)
        [ -z "$undef" ] && ok=ok || ok=no
        result $ok "make $goal $config reads no variable it does not define" "$undef"
    done
done

# The tools come in only for their goals, and tests/tests.mk last of all.
last=$(files_read test-list | grep -v '^boards/' | tail -n 2 | tr '\n' ' ')
[ "$last" = "tests/tests.mk tests/port/port.mk " ] && ok=ok || ok=no
result $ok "make test-list reads tests/tests.mk (and its port.mk) last" "read last: $last"
[ $fails = 0 ]
