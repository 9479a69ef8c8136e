#!/bin/sh
# Install the Debian 12 packages the kit needs, if any are missing.
#   sh tools/deps.sh [more packages]    (bench/deps.sh runs it too)
# Thin glue: the package list is the only knowledge here.
set -eu

PACKAGES="make gcc libc6-dev gcc-riscv64-unknown-elf gcc-aarch64-linux-gnu
binutils-aarch64-linux-gnu qemu-system-misc qemu-system-arm opensbi
newlib-source picolibc-riscv64-unknown-elf picolibc-aarch64-linux-gnu patch
gdb-multiarch clang lld libclang-rt-14-dev cmake
ninja-build meson $*"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "deps: installing:$missing"
if [ "$(id -u)" = 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "deps: need root or sudo to install:$missing" >&2
    echo "deps: as root run: apt-get update && apt-get install -y$missing" >&2
    exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
