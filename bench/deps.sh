#!/bin/sh
# make bench's packages: the kit's own (tools/deps.sh), plus the anchors it
# compares against.  Installs only what is missing; `make test` never
# needs these.
set -eu
cd "$(dirname "$0")/.."
sh tools/deps.sh

PACKAGES="picolibc-riscv64-unknown-elf picolibc-aarch64-linux-gnu newlib-source"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "bench: installing:$missing"
if [ "$(id -u)" = 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "bench: need root or sudo to install:$missing" >&2
    exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
