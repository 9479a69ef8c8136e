#!/bin/sh
# make bench's packages: the kit's own plus the anchors it compares
# against (tools/deps.sh installs whatever is missing).  `make test` never
# needs these.
set -eu
cd "$(dirname "$0")/.."
sh tools/deps.sh picolibc-riscv64-unknown-elf picolibc-aarch64-linux-gnu
