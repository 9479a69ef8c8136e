#!/bin/sh
# Build newlib 3.3.0 for one target configuration into a cache directory.
#
#   newlib/build.sh <prefix> <target-triple> <tool-prefix> "<target CFLAGS>"
#
# The Makefile calls this only when <prefix>/.stamp is missing; the prefix
# name carries a hash of the configuration, this script and the patches,
# so a changed flag or patch rebuilds.
# Debian ships newlib only as source (package newlib-source), hence this step.
set -eu

prefix=$1 target=$2 tools=$3 cflags=$4
tarball=${NEWLIB_TARBALL:-/usr/src/newlib/newlib-3.3.0.tar.xz}
jobs=${NEWLIB_JOBS:-2}
patches=$(cd "$(dirname "$0")" && pwd)/patches

[ -f "$tarball" ] || { echo "newlib: $tarball missing (apt-get install newlib-source)" >&2; exit 1; }
command -v patch >/dev/null || { echo "newlib: patch(1) missing (apt-get install patch)" >&2; exit 1; }

work="$prefix.build"
rm -rf "$work" "$prefix"
mkdir -p "$work"
tar -xf "$tarball" -C "$work"          # unpacks to newlib-salsa/

# The kit's fixes to newlib 3.3.0, in name order (patches/NNNN-*.patch;
# each file starts with why it exists and which test proves it).  Exact
# context only (--fuzz=0): a patch that does not apply is an error.
for p in "$patches"/[0-9][0-9][0-9][0-9]-*.patch; do
    [ -f "$p" ] || continue
    patch -p1 --batch --silent --fuzz=0 --no-backup-if-mismatch \
        -d "$work/newlib-salsa" < "$p" \
        || { echo "newlib: $p does not apply to $tarball" >&2; exit 1; }
done
mkdir "$work/obj"
cd "$work/obj"

# Configure flags, and why each one is there:
#  --disable-newlib-supplied-syscalls  newlib calls the kit's _write/_sbrk/...
#                                      (syscalls/), not libgloss stubs.
#  --disable-multilib                  one configuration per cache entry; the
#                                      -march/-mabi come from CFLAGS_FOR_TARGET.
#  NOT --enable-newlib-nano-malloc: nano malloc aligns blocks to 8 bytes
#    (MALLOC_ALIGN in nano-mallocr.c), but max_align_t is 16 on every ABI
#    here (RISC-V psABI, AAPCS64: long double is 16 bytes); the kit's
#    malloc_churn test caught misaligned blocks.  The default (dlmalloc-
#    derived) malloc is used instead, with -DMALLOC_ALIGNMENT=16 added
#    below so rv32 gets 16 too (its default is 2 * sizeof(size_t) = 8).
#  NOT --enable-newlib-reent-small: with the small reent, stdin/stdout/
#    stderr are malloc'ed at the first stdio call; a program that fills
#    the heap before its first printf then loses all output silently (the
#    kit's malloc_enomem test showed exactly that).  The full reent keeps
#    the three FILEs in .data; a failed buffer malloc just leaves a stream
#    unbuffered.
#  --enable-newlib-global-atexit       one global atexit list, no per-reent one.
#  --enable-lite-exit                  exit() pulls in destructor/atexit code only
#                                      when the program uses it.
#  --disable-newlib-multithread        no locks: one hart runs newlib.
#  --enable-newlib-io-long-long        %lld/%llu work, also on rv32.
#  --enable-newlib-io-c99-formats      %zu, %jd, %hhd, %a.
#  --enable-newlib-io-pos-args         positional arguments, printf("%2$s
#                                      %1$s", ...) and in scanf (POSIX);
#                                      without it newlib prints the format
#                                      text.  Costs about 1 KiB of code.
#  NOT --enable-newlib-nano-formatted-io: nano printf ignores long long (it
#    maps QUADINT to LONGINT, see nano-vfprintf_local.h) and drops floats
#    unless -u _printf_float; a ported program would print garbage.  The full
#    vfprintf costs ~15 KiB more and prints what C says it prints.
#  --disable-nls                       no message catalogues on bare metal.
#  -DHAVE_RENAME (CFLAGS)              rename() calls the kit's _rename
#                                      (semihosting SYS_RENAME, syscalls/
#                                      rename.c); without it newlib's
#                                      _rename_r is _link then _unlink, and
#                                      host files have no link.
"$work/newlib-salsa/configure" \
    --target="$target" --prefix="$prefix" \
    --disable-multilib \
    --disable-newlib-supplied-syscalls \
    --enable-newlib-global-atexit \
    --enable-lite-exit \
    --disable-newlib-multithread \
    --enable-newlib-io-long-long \
    --enable-newlib-io-c99-formats \
    --enable-newlib-io-pos-args \
    --disable-nls \
    CC_FOR_TARGET="${tools}gcc" AS_FOR_TARGET="${tools}as" \
    AR_FOR_TARGET="${tools}ar" RANLIB_FOR_TARGET="${tools}ranlib" \
    LD_FOR_TARGET="${tools}ld" NM_FOR_TARGET="${tools}nm" \
    CFLAGS_FOR_TARGET="$cflags -DMALLOC_ALIGNMENT=16 -DHAVE_RENAME" >configure.log 2>&1 \
    || { tail -30 configure.log; exit 1; }

make -j"$jobs" all-target-newlib >build.log 2>&1 || { tail -40 build.log; exit 1; }
make install-target-newlib >install.log 2>&1 || { tail -20 install.log; exit 1; }

cd /
rm -rf "$work"
{ echo "$target $cflags"; ls "$patches"; } > "$prefix/.stamp"
echo "newlib: built $prefix"
