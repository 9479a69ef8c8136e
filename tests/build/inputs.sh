#!/bin/sh
# Build input is checked before anything is built: sizes take K, M, G and
# 0x; a negative, zero or unreadable one is refused by name; switches take
# 1 and 0 (STACK_PROTECTOR=0 is off); RUN_TIMEOUT=0 is refused; and the
# build names a frame wider than the stack guard where GCC cannot probe
# it.  Thin glue around make: one "PASS build/..." or "FAIL build/..."
# line per check.
#
#   sh tests/build/inputs.sh      (from the repository root)
set -u
fails=0
result() {
    if [ "$1" = ok ]; then echo "PASS build/inputs: $2"; else
        echo "FAIL build/inputs: $2"; printf '%s\n' "$3" | sed 's/^/    | /'
        fails=$((fails + 1)); fi
}

# refused WANT VARIABLES...: make stops, saying WANT.
refused() {
    want=$1; shift
    out=$(make -s --no-print-directory "$@" caps 2>&1) && ok=no || ok=ok
    [ $ok = ok ] && printf '%s\n' "$out" | grep -qF -- "$want" || ok=no
    result $ok "$* is refused: $want" "$out"
}

# value NAME WANT VARIABLES...: make accepts them and NAME is WANT.
value() {
    name=$1 want=$2; shift 2
    got=$(make -pn --no-print-directory "$@" caps 2>&1 | sed -n "s/^$name :\{0,1\}= //p" | tail -n 1)
    [ "$got" = "$want" ] && ok=ok || ok=no
    result $ok "$* gives $name = '$want'" "got '$got'"
}

refused "STACK_SIZE=-16: a size cannot be negative"        STACK_SIZE=-16
refused "STACK_SIZE=0: must be more than 0"                 STACK_SIZE=0
refused "STACK_SIZE=16Q: not a size in bytes"               STACK_SIZE=16Q
refused "HEAP_MIN=-16: a size cannot be negative"           HEAP_MIN=-16
refused "TRAP_STACK_GUARD=3000: must be a power of two"     TRAP_STACK_GUARD=3000
refused "STACK_REPORT=2: say STACK_REPORT=1 (on) or STACK_REPORT=0 (off)" STACK_REPORT=2
refused "TRACE=yes: say TRACE=1 (on) or TRACE=0 (off)"      TRACE=yes
refused "STACK_PROTECTOR=on: say 1, 0 or a compiler flag"   STACK_PROTECTOR=on
refused "RUN_TIMEOUT=0: a number of seconds above 0"        RUN_TIMEOUT=0
refused "RUN_TIMEOUT=-3: a number of seconds above 0"       RUN_TIMEOUT=-3
value KIT_STACK_SIZE 16384            STACK_SIZE=16K
value KIT_STACK_SIZE 32768            STACK_SIZE=0x8000
value KIT_STACK_SIZE 16384            STACK_SIZE=016384
value KIT_HEAP_MIN 1073741824         HEAP_MIN=1G
value KIT_HEAP_MIN 0                  HEAP_MIN=0
value KIT_TRAP_STACK 8192             TRAP_STACK_SIZE=5000
value KIT_STACK_PROTECTOR ''          STACK_PROTECTOR=0
value KIT_STACK_PROTECTOR -fstack-protector-strong STACK_PROTECTOR=1
value KIT_TRACE ''                    TRACE=0
value RUN_TIMEOUT 0.5                 RUN_TIMEOUT=0.5

# A frame wider than the guard: named on RISC-V (no probes), with the way
# out; not on AArch64 (-fstack-clash-protection probes it).  The check
# runs when the image is linked: link it again.
link() {
    elf=$(make -s --no-print-directory "$@" APP=tests/build/big_frame.c elf 2>/dev/null) &&
        rm -f "$elf"
    make -s --no-print-directory "$@" APP=tests/build/big_frame.c elf 2>&1 >/dev/null
}
out=$(link BOARD=virt-rv64)
printf '%s\n' "$out" | grep -q "^kit: tests/build/big_frame.c:[0-9]*: huge() takes [0-9]* bytes of stack in one frame, more than the 4096-byte stack guard" &&
    printf '%s\n' "$out" | grep -q "STACK_GUARD=8192" && ok=ok || ok=no
result $ok "a RISC-V frame wider than the stack guard is named, with STACK_GUARD=8192" "$out"
out=$(link BOARD=virt-aarch64)
[ -z "$out" ] && ok=ok || ok=no
result $ok "an AArch64 one is not: GCC probes it" "$out"
[ $fails = 0 ]
