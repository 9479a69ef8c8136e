#!/bin/sh
# make bench's packages: the kit's own (tools/deps.sh installs whatever is
# missing).  picolibc, the anchor bench compares against, is one of them
# now: `make test` boots LIBC=picolibc too.
set -eu
cd "$(dirname "$0")/.."
sh tools/deps.sh
