/*
 * The newlib cache key covers the patch series (mk/newlib.mk): a patch
 * whose text changes, a patch removed or renamed, must give another
 * cache entry, so that newlib is rebuilt instead of reused stale; an
 * identical copy of the series must give the same entry.
 *
 * Runs `make -s newlib-prefix` (which only prints the entry's path) with
 * NEWLIB_PATCHES, the series the key hashes, set to a scratch copy of
 * newlib/patches that each check edits.  Run from the kit's root, as
 * `make test` does.
 * One line per check: "PASS host/..." or "FAIL host/...: why".
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SERIES "newlib/patches"

static int failures;

static void check(const char *name, int ok, const char *why)
{
    if (ok)
        printf("PASS host/newlib_key: %s\n", name);
    else
        printf("FAIL host/newlib_key: %s: %s\n", name, why);
    failures += !ok;
}

/* The patches in dir, sorted, as one space-separated list (the order
 * mk/newlib.mk's $(sort $(wildcard ...)) gives). */
static void series_in(const char *dir, char *out, size_t size)
{
    struct dirent **names;
    int n = scandir(dir, &names, NULL, alphasort);
    size_t used = 0;

    out[0] = '\0';
    for (int i = 0; i < n; i++) {
        const char *name = names[i]->d_name;
        size_t len = strlen(name);

        if (len > 6 && strcmp(name + len - 6, ".patch") == 0 && used < size)
            used += (size_t)snprintf(out + used, size - used, "%s%s/%s",
                                     used ? " " : "", dir, name);
        free(names[i]);
    }
    if (n >= 0)
        free(names);
}

/* The cache entry make picks with the series in dir (NULL: the
 * repository's own), or "" when make fails. */
static void prefix(const char *dir, char *out, size_t size)
{
    char cmd[8192], list[6144] = "";
    FILE *p;

    if (dir)
        series_in(dir, list, sizeof list);
    snprintf(cmd, sizeof cmd, "make -s --no-print-directory %s%s%s newlib-prefix",
             dir ? "NEWLIB_PATCHES='" : "", list, dir ? "'" : "");
    out[0] = '\0';
    p = popen(cmd, "r");
    if (!p)
        return;
    if (!fgets(out, (int)size, p))
        out[0] = '\0';
    out[strcspn(out, "\n")] = '\0';
    if (pclose(p) != 0)
        out[0] = '\0';
}

static int copy_file(const char *from, const char *to)
{
    FILE *in = fopen(from, "rb"), *out = in ? fopen(to, "wb") : NULL;
    char buf[4096];
    size_t n;
    int ok = in && out;

    while (ok && (n = fread(buf, 1, sizeof buf, in)) > 0)
        ok = fwrite(buf, 1, n, out) == n;
    if (in)
        fclose(in);
    if (out && fclose(out) != 0)
        ok = 0;
    return ok;
}

/* Copies every NNNN-*.patch of the series into dir; returns how many,
 * and the first and last name (sorted) in first/last. */
static int copy_series(const char *dir, char *first, char *last, size_t size)
{
    struct dirent **names;
    int n = scandir(SERIES, &names, NULL, alphasort), copied = 0;
    char from[512], to[512];

    for (int i = 0; i < n; i++) {
        const char *name = names[i]->d_name;
        size_t len = strlen(name);

        if (len > 6 && strcmp(name + len - 6, ".patch") == 0) {
            snprintf(from, sizeof from, "%s/%s", SERIES, name);
            snprintf(to, sizeof to, "%s/%s", dir, name);
            if (!copy_file(from, to))
                return -1;
            if (!copied++)
                snprintf(first, size, "%s", name);
            snprintf(last, size, "%s", name);
        }
        free(names[i]);
    }
    free(names);
    return copied;
}

/* Removes dir and the files in it. */
static void remove_dir(const char *dir)
{
    struct dirent **names;
    char path[600];
    int n = scandir(dir, &names, NULL, alphasort);

    for (int i = 0; i < n; i++) {
        if (names[i]->d_name[0] != '.') {
            snprintf(path, sizeof path, "%s/%s", dir, names[i]->d_name);
            remove(path);
        }
        free(names[i]);
    }
    if (n >= 0)
        free(names);
    rmdir(dir);
}

int main(void)
{
    char dir[] = "/tmp/kit-newlib-key.XXXXXX";
    char own[512], same[512], edited[512], removed[512], renamed[512];
    char first[256], last[256], path[600], path2[600];
    FILE *f;

    /* A make below us must not join our make's jobserver. */
    unsetenv("MAKEFLAGS");
    unsetenv("MFLAGS");
    unsetenv("MAKELEVEL");

    if (!mkdtemp(dir) || copy_series(dir, first, last, sizeof first) < 2) {
        check("scratch copy of " SERIES, 0, "could not copy two or more patches");
        return 1;
    }
    prefix(NULL, own, sizeof own);
    check("make newlib-prefix prints the cache entry", own[0] != '\0',
          "make -s newlib-prefix failed or printed nothing");

    prefix(dir, same, sizeof same);
    check("an identical copy of the series: the same entry",
          own[0] && strcmp(own, same) == 0, same);

    /* One word more in the first patch's header. */
    snprintf(path, sizeof path, "%s/%s", dir, first);
    f = fopen(path, "a");
    if (f) {
        fputs("edited\n", f);
        fclose(f);
    }
    prefix(dir, edited, sizeof edited);
    check("a patch's text changes: another entry",
          edited[0] && strcmp(edited, own) != 0, edited[0] ? "same entry" : "make failed");
    snprintf(path2, sizeof path2, "%s/%s", SERIES, first);
    copy_file(path2, path);                                  /* restore */

    /* The last patch renamed to sort first: applied in another order. */
    snprintf(path, sizeof path, "%s/%s", dir, last);
    snprintf(path2, sizeof path2, "%s/0000-%s", dir, last);
    rename(path, path2);
    prefix(dir, renamed, sizeof renamed);
    check("a patch renamed: another entry",
          renamed[0] && strcmp(renamed, own) != 0, renamed[0] ? "same entry" : "make failed");

    /* The last patch removed. */
    remove(path2);
    prefix(dir, removed, sizeof removed);
    check("a patch removed: another entry",
          removed[0] && strcmp(removed, own) != 0 && strcmp(removed, renamed) != 0,
          removed[0] ? "same entry" : "make failed");

    remove_dir(dir);
    return failures ? 1 : 0;
}
