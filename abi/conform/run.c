/* abi/conform/run.c: run one conformance image to the end (host tool).
 *
 *   run --elf x.elf --log x.log -- timeout 60 qemu-system-... -kernel x.elf
 *
 * A disagreement between caller and callee can crash the image (a value
 * taken for a pointer) or hang it.  Then the cases after it would never
 * run, so run.c notes the case that was running ("cf: X <case> <status>"
 * in the log), patches the start index in a copy of the image (the word
 * after the harness's marker, see harness.c) and runs the copy from the
 * next case.  The command line is run as given, with the image path
 * replaced by the copy's.  Exit status: 0 when the last run reached
 * "cf: end" and exited 0.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define MARKER     0xcf5a47a7u
#define MAX_RUNS   64

static void die(const char *msg, const char *arg)
{
    fprintf(stderr, "run: %s%s\n", msg, arg);
    exit(2);
}

static char *slurp(const char *path, long *len)
{
    FILE *f = fopen(path, "rb");
    char *buf;

    if (!f || fseek(f, 0, SEEK_END) || (*len = ftell(f)) < 0 || fseek(f, 0, SEEK_SET))
        die("cannot read ", path);
    buf = malloc((size_t)*len + 1);
    if (!buf || fread(buf, 1, (size_t)*len, f) != (size_t)*len)
        die("cannot read ", path);
    fclose(f);
    buf[*len] = 0;
    return buf;
}

/* Write a copy of the image whose harness starts at case index `start`. */
static void patch(const char *elf, const char *copy, unsigned start)
{
    long len;
    char *img = slurp(elf, &len);
    long hit = -1;
    FILE *f;

    for (long i = 0; i + 8 <= len; i += 4) {
        unsigned w;
        memcpy(&w, img + i, 4);
        if (w == MARKER) {
            if (hit >= 0)
                die("start marker found twice in ", elf);
            hit = i;
        }
    }
    if (hit < 0)
        die("no start marker in ", elf);
    memcpy(img + hit + 4, &start, 4);   /* all targets here are little-endian */
    f = fopen(copy, "wb");
    if (!f || fwrite(img, 1, (size_t)len, f) != (size_t)len || fclose(f))
        die("cannot write ", copy);
    if (chmod(copy, 0755))
        die("cannot chmod ", copy);
    free(img);
}

/* One run; output appended to the log.  Returns the exit status. */
static int run_once(char **cmd, FILE *log, char **out, long *outlen)
{
    int fd[2], status;
    pid_t pid;
    FILE *p;
    char buf[4096];
    size_t n, cap = 1 << 16;

    if (pipe(fd))
        die("pipe", "");
    pid = fork();
    if (pid < 0)
        die("fork", "");
    if (pid == 0) {
        dup2(fd[1], 1);
        dup2(fd[1], 2);
        close(fd[0]);
        close(fd[1]);
        execvp(cmd[0], cmd);
        perror(cmd[0]);
        _exit(127);
    }
    close(fd[1]);
    p = fdopen(fd[0], "r");
    *out = malloc(cap);
    *outlen = 0;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) {
        fwrite(buf, 1, n, log);
        if ((size_t)*outlen + n + 1 > cap)
            *out = realloc(*out, cap = cap * 2 + n);
        memcpy(*out + *outlen, buf, n);
        *outlen += (long)n;
    }
    (*out)[*outlen] = 0;
    fclose(p);
    if (waitpid(pid, &status, 0) < 0)
        die("waitpid", "");
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int main(int argc, char **argv)
{
    const char *elf = NULL, *logpath = NULL;
    char copy[1024], **cmd;
    int i, status = 1, ended = 0;
    FILE *log;

    for (i = 1; i + 1 < argc && strcmp(argv[i], "--"); i += 2) {
        if (!strcmp(argv[i], "--elf")) elf = argv[i + 1];
        else if (!strcmp(argv[i], "--log")) logpath = argv[i + 1];
        else die("unknown option ", argv[i]);
    }
    if (!elf || !logpath || i >= argc || strcmp(argv[i], "--") || i + 1 >= argc)
        die("usage: run --elf IMAGE --log LOG -- COMMAND...", "");
    cmd = &argv[i + 1];
    snprintf(copy, sizeof copy, "%s.from", elf);
    log = fopen(logpath, "w");
    if (!log)
        die("cannot write ", logpath);
    for (int r = 0; r < MAX_RUNS; r++) {
        char *out, *last, *c;
        long len;
        unsigned id, idx;

        status = run_once(cmd, log, &out, &len);
        ended = strstr(out, "cf: end ") != NULL;
        if (ended && status == 0)
            break;
        /* The case that was running: the last "cf: C <id> <index>". */
        for (last = NULL, c = out; (c = strstr(c, "cf: C ")); c++)
            last = c;
        if (!last || sscanf(last, "cf: C %u %u", &id, &idx) != 2) {
            fprintf(log, "\ncf: X -1 %d\n", status);
            break;
        }
        fprintf(log, "\ncf: X %u %d\n", id, status);
        patch(elf, copy, idx + 1);
        for (int k = 0; cmd[k]; k++)
            if (strstr(cmd[k], elf))
                cmd[k] = copy;
        free(out);
    }
    fclose(log);
    return ended && status == 0 ? 0 : 1;
}
