/* kit-test: host files: a 1 MiB file written and read back at random places; as many files open as there are fds
 * needs: hostfs
 * scope: arch
 * expect: 1 MiB written: ok
 * expect: stat: 1048576 bytes: ok
 * expect: read back in full: ok
 * expect: 64 seeks and reads: ok
 * expect: 29 files open at once, then EMFILE: ok
 * expect: fopen fails EMFILE too: ok
 * expect: all closed, one opens again: ok
 * expect-not: WRONG
 * expect-exit: 0
 */
/* A file larger than any buffer on the way (stdio's, the kit's), checked
 * byte for byte; positions well past 2^16, on rv32 too.  File descriptors
 * 3 to 31 are the host files' (syscalls/fd.h: KIT_FD_MAX 32). */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "lib/scratch.h"

#define SIZE (1u << 20)
#define CHUNK 3000u             /* not a power of two: buffers split it */

/* The byte at offset i: a pattern no two nearby offsets share. */
static unsigned char byte_at(uint32_t i)
{
    return (unsigned char)(i * 2654435761u >> 24);
}

static void say(const char *what, int ok)
{
    printf("%s: %s\n", what, ok ? "ok" : "WRONG");
}

int main(void)
{
    static unsigned char buf[CHUNK];
    char path[96];
    struct stat st;
    uint32_t i, n, at, seed = 1;
    int fds[40], nfd, ok = 1, k;
    FILE *f;

    scratch(path, sizeof path, "large.bin");
    f = fopen(path, "wb");
    for (i = 0; f && i < SIZE; i += n) {
        n = SIZE - i < CHUNK ? SIZE - i : CHUNK;
        for (k = 0; k < (int)n; k++)
            buf[k] = byte_at(i + (uint32_t)k);
        ok &= fwrite(buf, 1, n, f) == n;
    }
    say("1 MiB written", f && ok && fclose(f) == 0);
    say("stat: 1048576 bytes", stat(path, &st) == 0 && st.st_size == SIZE);

    f = fopen(path, "rb");
    for (i = 0, ok = f != NULL; ok && i < SIZE; i += n) {
        n = (uint32_t)fread(buf, 1, CHUNK, f);
        for (k = 0; k < (int)n; k++)
            ok &= buf[k] == byte_at(i + (uint32_t)k);
        ok &= n > 0;
    }
    say("read back in full", ok && fread(buf, 1, 1, f) == 0 && feof(f));
    for (k = 0; f && k < 64; k++) {
        seed = seed * 1103515245u + 12345u;
        at = seed % (SIZE - 100);
        ok &= fseek(f, (long)at, SEEK_SET) == 0 && fread(buf, 1, 100, f) == 100 &&
              ftell(f) == (long)at + 100;
        for (n = 0; n < 100; n++)
            ok &= buf[n] == byte_at(at + n);
    }
    say("64 seeks and reads", f && ok && fclose(f) == 0);

    for (nfd = 0; nfd < 40; nfd++)
        if ((fds[nfd] = open(path, O_RDONLY)) < 0)
            break;
    say("29 files open at once, then EMFILE", nfd == 29 && errno == EMFILE &&
        fds[0] == 3 && fds[28] == 31);
    errno = 0;
    say("fopen fails EMFILE too", !fopen(path, "r") && errno == EMFILE);
    for (k = 0; k < nfd; k++)
        ok &= close(fds[k]) == 0;
    f = fopen(path, "r");
    say("all closed, one opens again", ok && f && fclose(f) == 0 && remove(path) == 0);
    return 0;
}
