#!/bin/sh
# bench/run.sh: the shell half of `make bench` (bench/bench.mk calls it
# with BENCHTAB and INSNCOUNT set to the host tools it built).
#
# For each architecture: build every program in bench/programs/ with the
# kit (through the kit's Makefile: LIBC=newlib, newlib-nano, picolibc),
# with picolibc's own crt0 and semihosting, and with newlib's own
# libgloss; boot each under QEMU with the instruction-counting plugin; then
# benchtab turns the records into bench/results.md.  Then, unless
# BENCH_SUITE=0, time the kit's own first build and test suite.
#
# Thin glue on purpose: it runs compilers, make and QEMU and moves files;
# reading ELF files, link maps and counts is benchtab's job (bench/benchtab.c).
#
#   BENCH_ARCHS   architectures (default: riscv64 riscv32 aarch64)
#   BENCH_SUITE   1 (default): also time make test and a first build
#   BENCH_BOARDS  boards for RAM left and the kernel's speed (default below)
#   BENCH_SPEED_RUNS  timed runs of each kernel build (default 5)
#   BENCH_OUT     scratch directory (default: build/bench)
set -eu
cd "$(dirname "$0")/.."

MAKE=${MAKE:-make}
ARCHS=${BENCH_ARCHS:-riscv64 riscv32 aarch64}
OUT=${BENCH_OUT:-build/bench}
RAW=$OUT/raw.txt
PROGRAMS="empty puts printf_d printf_f write4k write1 fwrite4k"
SIZE_PROGRAMS="empty puts printf_d printf_f"
: "${BENCHTAB:?set by bench/bench.mk}" "${INSNCOUNT:?set by bench/bench.mk}"

say() { echo "bench: $*" >&2; }
fail() { say "$*"; exit 1; }

mkdir -p "$OUT"
: > "$RAW"
record() { echo "$*" >> "$RAW"; }

record "meta date $(date -u '+%Y-%m-%d %H:%M UTC')"
record "meta machine $(uname -m), $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
record "meta tools $(qemu-system-riscv64 --version | head -1 | sed 's/ (.*//'), $(riscv64-unknown-elf-gcc --version | head -1), newlib 3.3.0 (Debian newlib-source), picolibc $(dpkg-query -W -f='${Version}' picolibc-riscv64-unknown-elf)"

# ---- the kit's configuration, from its own Makefile --------------------

# kitvars ARCH APP [MAKE-ARGS]: the kit's make variables for this
# configuration, one NAME=value a line, into $OUT/ARCH/vars$VARS_SUFFIX.
VARS="CC CROSS BOARD BUILD ARCH_CFLAGS ARCH_INCLUDES ARCH_LDFLAGS LDFLAGS LDLIBS
NEWLIB_INC NEWLIB_LIB NEWLIB_TARGET BOARD_RAM_ORIGIN QEMU_ARGS KIT_SRCS KIT_CRT0
BENCH_LINK_OBJS KIT_ABI BOARD_CONSOLE"
VARS_SUFFIX=
kitvars() {
    a=$1 app=$2
    shift 2
    $MAKE -s --no-print-directory -f Makefile -f bench/vars.mk ARCH="$a" APP="$app" "$@" \
        $(for v in $VARS; do echo "bench-var-$v"; done) > "$OUT/$a/vars$VARS_SUFFIX" ||
        fail "cannot read the kit's make variables for $a $*"
}
var() { sed -n "s/^$1=//p" "$OUT/$arch/vars$VARS_SUFFIX" | head -1; }

# ---- running one image -------------------------------------------------

# expect PROGRAM LIB: a line the program must print (empty: nothing to
# check).  newlib-nano prints no %f without -u _printf_float (README.md).
expect() {
    case $1 in
        puts) echo 'Hello, world!' ;;
        printf_d) echo 'Hello, 42' ;;
        printf_f) case $2 in *-nano) echo 'Hello, ' ;; *) echo 'Hello, 3.141590' ;; esac ;;
        write4k|write1|fwrite4k)
            echo 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijk' ;;
        *) echo '' ;;
    esac
}

# measure LIB PROGRAM ELF QEMU-ARGS...: record the image's size and, when
# QEMU-ARGS are given, boot it twice under the plugin and record the counts.
# The two boots must agree to the instruction: -icount shift=0 makes the
# run deterministic, and a difference means the figure is not exact.
measure() {
    lib=$1 prog=$2 elf=$3
    shift 3
    record "size $arch $lib $prog $($BENCHTAB size "$elf" | awk '{print "text=" $1, "data=" $2, "bss=" $3, "loaded=" $4}')"
    [ $# -gt 0 ] || return 0
    base=$OUT/$arch/$lib-$prog
    marks=$($BENCHTAB marks "$elf" main _exit bench_begin bench_end)
    for run in 1 2; do
        status=0
        timeout 60 "$@" -icount shift=0 \
            -plugin "$INSNCOUNT,out=$base.count$run,$marks" \
            -kernel "$elf" > "$base.log" 2>&1 < /dev/null || status=$?
        [ $status = 0 ] || fail "$lib/$prog on $arch exited with status $status (log: $base.log)"
    done
    cmp -s "$base.count1" "$base.count2" ||
        fail "$lib/$prog on $arch: two boots counted differently ($base.count1, $base.count2)"
    want=$(expect "$prog" "$lib")
    if [ -n "$want" ]; then
        n=$(tr -d '\r' < "$base.log" | grep -cxF "$want" || true)
        case $prog in *write*) need=64 ;; *) need=1 ;; esac
        [ "$n" -ge $need ] || fail "$lib/$prog on $arch: output lacks '$want' x$need (log: $base.log)"
    fi
    record "insn $arch $lib $prog $(tr ' ' '=' < "$base.count1" | tr '\n' ' ')"
}

# ---- the kit -------------------------------------------------------------

# The start-up phases of the empty program, each from one mark to the
# next (a mark missing from this board's image is left out): crt0 until
# C (stack guards, the stack protector's guard, on AArch64 the MMU, which
# the linker's tables need only be pointed at), .data/.bss, the platform
# (console, heap, devicetree), atexit and constructors, the command line
# (ARGS=: one semihosting trap on every board the kit ships).
PHASES="kit_pmp_init kit_mmu_enable kit_cstart kit_console_init
kit_fd_reset kit_devicetree_boot atexit kit_cmdline_init main"
phases() {
    lib=$1 elf=$2
    shift 2
    marks=$($BENCHTAB marks "$elf" $PHASES 2>/dev/null || true)
    count=$OUT/$arch/$lib-phases.count
    timeout 60 "$@" -icount shift=0 -plugin "$INSNCOUNT,out=$count,$marks" \
        -kernel "$elf" > /dev/null 2>&1 < /dev/null || fail "$lib/empty on $arch: phases run failed"
    prev=_start at=0 line=""
    for m in $PHASES; do
        n=$(awk -v m=$m '$1 == m { print $2 }' "$count")
        [ -n "$n" ] || continue
        line="$line $prev..$m=$((n - at))"
        prev=$m at=$n
    done
    record "phase $arch $lib$line"
}

# kit_lib LIB [MAKE-ARGS]: every program with the kit, recorded as LIB.
kit_lib() {
    lib=$1
    shift
    for prog in $PROGRAMS; do
        out=$($MAKE -s --no-print-directory elf ARCH=$arch APP=bench/programs/$prog.c "$@") ||
            fail "kit: $prog did not build for $arch $*"
        elf=$(printf "%s\n" "$out" | tail -1)
        measure $lib $prog "$elf" $qemu
        [ $prog != empty ] || phases $lib "$elf" $qemu
    done
}

kit_arch() {
    kit_lib kit

    # Is the count exact?  selfcheck.c reads the CPU's own retired-
    # instruction counter at the two marks; it must equal the plugin's.
    out=$($MAKE -s --no-print-directory elf ARCH=$arch APP=bench/programs/selfcheck.c) ||
        fail "kit: selfcheck did not build for $arch"
    measure kit selfcheck "$(printf "%s\n" "$out" | tail -1)" $qemu
    counter=$(tr -d '\r' < "$OUT/$arch/kit-selfcheck.log" | sed -n 's/^counter-delta //p')
    plugin=$(awk '$1 == "bench_begin" { b = $2 } $1 == "bench_end" { e = $2 }
                  END { print e - b }' "$OUT/$arch/kit-selfcheck.count1")
    [ "$counter" = "$plugin" ] ||
        fail "$arch: the plugin counted $plugin instructions, the CPU's counter $counter"
    record "check $arch plugin=$plugin counter=$counter"
    kit_size
}

# kit_size: the kit's own bytes in the empty image of the configuration
# in the current vars file, recorded under KIT_KEY (default: the arch).
kit_size() {
    key=${KIT_KEY:-$arch}
    # The kit's own bytes: the empty program linked again exactly as the
    # kit's Makefile links it, plus a link map.  The copy must match the
    # real image, or the map would describe something else.
    elf=$(var BUILD)/bench/programs/empty.elf
    map=$OUT/$arch/kit-empty-$key.map
    $(var CC) $(var LDFLAGS) -o "$OUT/$arch/kit-empty-map-$key.elf" $(var BENCH_LINK_OBJS) \
        $(var LDLIBS) -Wl,-Map="$map"
    [ "$($BENCHTAB size "$elf")" = "$($BENCHTAB size "$OUT/$arch/kit-empty-map-$key.elf")" ] ||
        fail "kit: the map link of empty differs from the Makefile's (bench/vars.mk out of date?)"
    parts=""
    for src in $(var KIT_CRT0) $(var KIT_SRCS); do
        f=${src##*/}
        parts="$parts ${f%.*}.o=${src%%/*}"
    done
    $BENCHTAB kitsize "$map" $parts | while read -r part text data bss; do
        [ "$part" = rest ] || record "kit $key empty $part $text $data $bss"
    done
}

# ---- picolibc ------------------------------------------------------------
# Debian's picolibc with its own crt0 and linker script (picolibc.ld), its
# semihosting library for the console and exit, and crt0-hosted: the crt0
# that calls exit() after main (the default crt0 spins).  picolibc.ld puts
# code in "flash" and copies .data to "ram": both are placed in the board's
# RAM, code at its start, as the kit's image is.

pico_arch() {
    origin=$(var BOARD_RAM_ORIGIN)
    ram=$(printf '0x%x' $((origin + 0x400000)))
    for prog in $PROGRAMS; do
        elf=$OUT/$arch/picolibc-$prog.elf
        $(var CC) --specs=picolibc.specs --oslib=semihost --crt0=hosted \
            $(var ARCH_CFLAGS) $(var ARCH_INCLUDES) $(var ARCH_LDFLAGS) \
            -O2 -ffunction-sections -fdata-sections \
            -Wl,--defsym=__flash=$origin -Wl,--defsym=__flash_size=0x400000 \
            -Wl,--defsym=__ram=$ram -Wl,--defsym=__ram_size=0x400000 \
            -o "$elf" bench/programs/$prog.c || fail "picolibc: $prog did not build for $arch"
        case $prog in
            # picolibc's write() is semihosting SYS_WRITE on handle fd, and
            # QEMU 7.2 has no handle 1 open: its console is stdio (SYS_WRITEC).
            write4k|write1) ;;
            *) measure picolibc $prog "$elf" $qemu_semihosting ;;
        esac
    done
}

# ---- newlib + libgloss -----------------------------------------------------
# libgloss from the same newlib-source, built against the kit's newlib
# headers and linked with the kit's newlib libc.a: the only difference
# from the kit is the start-up code and the system calls.

# gloss_build: libgloss for this configuration, built once into .cache/bench/
# (the key: target, compiler, flags and the build script).
gloss_build() {
    key=$(printf '%s\n' "$(var NEWLIB_TARGET) $(var CC) $(var ARCH_CFLAGS) $(var NEWLIB_INC)" |
          cat - bench/libgloss.sh | md5sum | cut -c1-10)
    gloss=$PWD/.cache/bench/libgloss-$arch-$key
    mkdir -p .cache/bench
    sh bench/libgloss.sh "$gloss" "$(var NEWLIB_TARGET)" \
        "$(var CC) $(var ARCH_CFLAGS) $(var ARCH_INCLUDES) -isystem $(var NEWLIB_INC)" \
        "$(var CROSS)" || fail "libgloss did not build for $arch"
}

# gloss_arch, with GLOSS_LIB (default libgloss) the name it records under.
gloss_arch() {
    glib=${GLOSS_LIB:-libgloss}
    gloss_build
    cflags="$(var ARCH_CFLAGS) $(var ARCH_INCLUDES) -isystem $(var NEWLIB_INC) -O2 -ffunction-sections -fdata-sections"
    case $arch in
        # rdimon: semihosting.  Its crt0 enables neither FP/SIMD nor the MMU
        # (newlib's memset then traps); the cpu-init for a core started at
        # EL3 does both, so this anchor boots at EL3 (virt,secure=on).
        aarch64) start="$gloss/rdimon-crt0.o $gloss/rdimon-aem-el3.o" glosslib=rdimon
                 link="-Wl,-Ttext-segment=$(var BOARD_RAM_ORIGIN)" ;;
        # The RISC-V port in newlib 3.3.0 is for the proxy kernel: its crt0
        # sets no stack and every system call is an ecall that pk serves.
        # It links, but cannot boot on bare QEMU virt: sizes only.
        *) start="$gloss/crt0.o" glosslib=gloss link="" ;;
    esac
    $(var CC) $cflags -c -o "$OUT/$arch/initfini.o" bench/anchors/initfini.c
    for prog in $PROGRAMS; do
        elf=$OUT/$arch/$glib-$prog.elf
        $(var CC) $cflags -c -o "$OUT/$arch/$glib-$prog.o" bench/programs/$prog.c
        $(var CC) $(var ARCH_CFLAGS) $(var ARCH_LDFLAGS) -static -nostdlib -nostartfiles \
            -Wl,--gc-sections $link -o "$elf" $start "$OUT/$arch/$glib-$prog.o" \
            -L"$(var NEWLIB_LIB)" -L"$gloss" \
            -Wl,--start-group -lc -l$glosslib -lgcc -Wl,--end-group \
            "$OUT/$arch/initfini.o" ||
            fail "$glib: $prog did not link for $arch"
        case $arch in
            aarch64) measure $glib $prog "$elf" $qemu_el3 ;;
            *) case " $SIZE_PROGRAMS " in *" $prog "*) measure $glib $prog "$elf" ;; esac ;;
        esac
    done
}

# ---- per architecture ----------------------------------------------------

for arch in $ARCHS; do
    mkdir -p "$OUT/$arch"
    say "$arch: building the kit's newlib if needed"
    $MAKE -s --no-print-directory ARCH=$arch newlib
    kitvars $arch bench/programs/empty.c
    qemu=$(var QEMU_ARGS)
    case " $qemu " in
        *" -semihosting "*) qemu_semihosting=$qemu ;;
        *) qemu_semihosting="$qemu -semihosting" ;;
    esac
    qemu_el3=$(echo "$qemu_semihosting" | sed 's/-M virt /-M virt,secure=on /')
    record "arch $arch board $(var BOARD) ($(var KIT_ABI)): \`$qemu\`"
    record "note $arch kit polled $(var BOARD_CONSOLE) UART"
    record "note $arch picolibc semihosting, a trap per character"
    record "note $arch libgloss semihosting (rdimon), a trap per write()"
    record "note $arch kit-nano polled $(var BOARD_CONSOLE) UART"
    record "note $arch libgloss-nano as newlib+libgloss"
    record "note $arch kit-picolibc polled $(var BOARD_CONSOLE) UART, through the kit's stdout FILE"
    record "note $arch kit-tiny as kit picolibc"
    say "$arch: kit"
    kit_arch
    say "$arch: picolibc"
    pico_arch
    say "$arch: newlib + libgloss"
    gloss_arch
    # newlib-nano: the kit, and libgloss against the same nano libc.a.
    say "$arch: kit and libgloss with newlib-nano"
    $MAKE -s --no-print-directory ARCH=$arch LIBC=newlib-nano newlib
    VARS_SUFFIX=-nano
    kitvars $arch bench/programs/empty.c LIBC=newlib-nano
    kit_lib kit-nano LIBC=newlib-nano
    GLOSS_LIB=libgloss-nano gloss_arch
    VARS_SUFFIX=
    # picolibc: the kit with LIBC=picolibc, against picolibc's own
    # (pico_arch above, its crt0 and semihosting).
    say "$arch: kit with picolibc"
    kit_lib kit-picolibc LIBC=picolibc
    # The tiny profile (docs/profiles.md): picolibc too, against the same
    # anchor.
    say "$arch: kit with PROFILE=tiny"
    kit_lib kit-tiny PROFILE=tiny
done

# The kit's own bytes on a board without a devicetree (sifive_e).
arch=riscv32
mkdir -p "$OUT/$arch"
VARS_SUFFIX=-nodt
kitvars $arch bench/programs/empty.c BOARD=sifive_e
$MAKE -s --no-print-directory elf ARCH=$arch BOARD=sifive_e APP=bench/programs/empty.c > /dev/null ||
    fail "kit: empty did not build for sifive_e"
KIT_KEY=sifive_e kit_size
VARS_SUFFIX=
for arch in $ARCHS; do
    case $arch in
        aarch64) record "note $arch text newlib+libgloss: rdimon (semihosting) with libgloss's cpu-init for EL3, which turns on FP/SIMD and the MMU; booted at EL3 (\`-M virt,secure=on\`), the others at EL1." ;;
        *) record "note $arch text newlib+libgloss: sizes only. newlib 3.3.0's RISC-V libgloss is the proxy-kernel port (crt0 sets no stack; system calls are ecalls for pk), so it cannot boot on bare QEMU virt." ;;
    esac
done

# ---- RAM left, and the compute kernel's speed, per board -------------------
# One board per way the kit runs a program (M-mode with PMP, S-mode with
# Sv39 pages, AArch64 EL1 with page tables; code in RAM or in flash); the
# other boards of boards.list differ from one of these only before main.
BOARDS=${BENCH_BOARDS:-virt-rv64 virt-rv64-sbi virt-rv32 virt-aarch64 sifive_u sifive_e raspi3b}
# The kernel's builds: the kit's defaults, no guards and no stack
# protector, every function moved by 8 bytes (TEXT_SHIFT, mk/kit.mk).
SPEED_VARIANTS="default guards-off shifted"
variant_args() {
    case $1 in
        guards-off) echo GUARDS=0 STACK_PROTECTOR=0 ;;
        shifted) echo TEXT_SHIFT=8 ;;
        tiny) echo PROFILE=tiny ;;
    esac
}
SPEED_RUNS=${BENCH_SPEED_RUNS:-5}

# boardvar BOARD NAME [MAKE-ARGS]: one make variable of a board's build.
boardvar() {
    b=$1 v=$2
    shift 2
    $MAKE -s --no-print-directory -f Makefile -f bench/vars.mk BOARD=$b "$@" bench-var-$v |
        sed -n "s/^$v=//p"
}

# ram_board BOARD [RECORD-AS [MAKE-ARGS]]: RAM left after an empty main.
ram_board() {
    b=$1 as=${2:-$1}
    shift; [ $# -gt 0 ] && shift
    out=$($MAKE -s --no-print-directory elf BOARD=$b BUILD_ROOT=$OUT/ram/$as \
          APP=bench/programs/empty.c "$@") || fail "kit: empty did not build for $b $*"
    record "ram $as $($BENCHTAB ram "$(printf "%s\n" "$out" | tail -1)" \
        "$(boardvar $b BOARD_RAM_ORIGIN "$@")" "$(boardvar $b BOARD_RAM_LENGTH "$@")")"
}

# speed_board BOARD VARIANT...: the kernel built each way, counted once,
# then timed SPEED_RUNS times, the builds taking turns (so a change in the
# machine's load falls on all of them alike).  Time: the plugin's time=1
# marks at bench_begin and bench_end (wall clock, and the CPU time of
# QEMU's vCPU thread), so QEMU's start-up and the boot are not in it.
speed_board() {
    b=$1
    shift
    qemu=$(boardvar $b QEMU_ARGS)
    crc=$KERNEL_HOST
    for v in "$@"; do
        out=$($MAKE -s --no-print-directory elf BOARD=$b BUILD_ROOT=$OUT/speed/$v \
              APP=bench/programs/kernel.c $(variant_args $v)) ||
            fail "kit: the kernel did not build for $b ($v)"
        elf=$OUT/speed/$b-$v.elf
        cp "$(printf "%s\n" "$out" | tail -1)" "$elf"
        timeout 300 $qemu -icount shift=0 -plugin "$INSNCOUNT,out=$elf.count,$($BENCHTAB marks \
            "$elf" bench_begin bench_end)" -kernel "$elf" > "$elf.log" 2>&1 < /dev/null ||
            fail "kernel on $b ($v) failed (log: $elf.log)"
        line=$(tr -d '\r' < "$elf.log" | grep '^kernel: ') || fail "kernel on $b ($v): no result line"
        [ -z "$crc" ] || [ "$line" = "$crc" ] || fail "kernel on $b ($v): '$line', not '$crc'"
        crc=$line
        record "speedinsn $b $v $(awk '$1 == "bench_begin" { b = $2 } $1 == "bench_end" { e = $2 }
                                    END { printf "insns=%.0f", e - b }' "$elf.count")"
    done
    for run in $(seq "$SPEED_RUNS"); do
        for v in "$@"; do
            elf=$OUT/speed/$b-$v.elf
            timeout 300 $qemu -plugin "$INSNCOUNT,time=1,out=$elf.time,$($BENCHTAB marks \
                "$elf" bench_begin bench_end)" -kernel "$elf" > /dev/null 2>&1 < /dev/null ||
                fail "kernel on $b ($v) failed in timed run $run"
            record "speedrun $b $v $(awk '$1 == "bench_begin" { w = $2; c = $3 }
                $1 == "bench_end" { printf "wall=%.0f cpu=%.0f", $2 - w, $3 - c }' "$elf.time")"
        done
    done
}

# The kernel's result line as the host computes it: every board's build
# must print the same (its CRC depends on the C alone).
${HOST_CC:-cc} -O2 -o "$OUT/kernel-host" bench/programs/kernel.c || fail "the kernel did not build for the host"
KERNEL_HOST=$("$OUT/kernel-host")
record "meta speed-load load average $(cut -d' ' -f1-3 /proc/loadavg) before the speed runs"
for b in $BOARDS; do
    say "$b: RAM left after an empty main; the compute kernel"
    ram_board $b
    # sifive_e is the board the tiny profile is for: its RAM, and what
    # its small guards cost under QEMU.
    if [ $b = sifive_e ]; then
        ram_board $b $b@tiny PROFILE=tiny
        speed_board $b $SPEED_VARIANTS tiny
    else
        speed_board $b $SPEED_VARIANTS
    fi
done

# ---- the suite -------------------------------------------------------------

if [ "${BENCH_SUITE:-1}" != 0 ]; then
    sh bench/suite.sh "$OUT/suite" "$RAW"
fi

$BENCHTAB table "$RAW" > bench/results.md
say "wrote bench/results.md"
cat bench/results.md
