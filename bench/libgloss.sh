#!/bin/sh
# Build newlib 3.3.0's libgloss for one target into DIR (once: DIR/.stamp),
# against the kit's newlib headers, so the libgloss anchor differs from the
# kit only in start-up code and system calls.
#
#   bench/libgloss.sh DIR TARGET "CC and target flags" TOOL-PREFIX
#
# Only libgloss is configured and built (about a minute), not newlib
# again: libgloss's own configure script, run as a cross build.  DIR gets
# the start files and libraries (crt0.o, libgloss.a, rdimon-crt0.o,
# librdimon.a, rdimon-aem-el3.o, ...).  A lock keeps two runs apart.
set -eu
dir=$1 target=$2 cc=$3 cross=$4
tarball=${NEWLIB_TARBALL:-/usr/src/newlib/newlib-3.3.0.tar.xz}

exec 9> "$dir.lock"
flock 9
[ -f "$dir/.stamp" ] && exit 0
echo "bench: building libgloss for $target (first time only, about a minute)" >&2
rm -rf "$dir.build" "$dir"
mkdir -p "$dir.build/obj" "$dir"
tar -xf "$tarball" -C "$dir.build"
cd "$dir.build/obj"
# --disable-multilib: one configuration, the kit's flags (in CC).
../newlib-salsa/libgloss/configure --build="$(gcc -dumpmachine)" \
    --host="$target" --target="$target" --disable-multilib CC="$cc" \
    AR="${cross}ar" AS="${cross}as" LD="${cross}ld" RANLIB="${cross}ranlib" \
    CFLAGS="-O2 -g -ffunction-sections -fdata-sections" > configure.log 2>&1 ||
    { tail -20 configure.log >&2; exit 1; }
make -j2 > build.log 2>&1 || { tail -30 build.log >&2; exit 1; }
find . -name '*crt0.o' -o -name '*.a' -o -name 'rdimon-aem-el3.o' |
    while read -r f; do cp "$f" "$dir/"; done
cd /
rm -rf "$dir.build"
touch "$dir/.stamp"
