/*
 * docdisasm: keep the disassembly quoted in a Markdown document equal to
 * the built image's (docs/boot-*.md against `make disasm`).
 *
 *   docdisasm DOC DISASM            rewrite DOC's blocks from DISASM
 *   docdisasm --check DOC DISASM    exit 1, naming the first stale block
 *
 * DISASM is objdump -d output.  In DOC, a block is
 *
 *   <!-- disasm SYMBOL [N] -->
 *   ...anything (replaced)...
 *   <!-- /disasm -->
 *
 * and becomes a fenced code block with the symbol's header line and its
 * first N instruction lines (all of them without N), exactly as objdump
 * printed them.  The prose around a block is the writer's; the addresses
 * and instructions are the image's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_TEXT (8 << 20)

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "r");
    char *buf = malloc(MAX_TEXT + 1);
    size_t n;

    if (!f || !buf) {
        fprintf(stderr, "docdisasm: cannot read %s\n", path);
        exit(2);
    }
    n = fread(buf, 1, MAX_TEXT, f);
    fclose(f);
    buf[n] = 0;
    return buf;
}

/* Append the symbol's block from the disassembly to out; 0 if absent. */
static int quote_symbol(const char *dis, const char *sym, int max, FILE *out)
{
    char header[256];
    const char *p, *line;
    int n = 0;

    snprintf(header, sizeof header, " <%s>:\n", sym);
    for (p = strstr(dis, header); p; p = strstr(p + 1, header))
        if (p == dis || p[-1] != '\n') {
            /* the header starts at a line start: back up to it */
            line = p;
            while (line > dis && line[-1] != '\n')
                line--;
            break;
        }
    if (!p)
        return 0;
    fputs("```text\n", out);
    for (; *line && *line != '\n' && (max <= 0 || n <= max); n++) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);

        while (len && (line[len - 1] == ' ' || line[len - 1] == '\t'))
            len--;
        /* objdump's "..." stands for padding after the code: not shown */
        if (!(len == 4 && !strncmp(line, "\t...", 4)))
            fprintf(out, "%.*s\n", (int)len, line);
        line = end ? end + 1 : line + strlen(line);
    }
    fputs("```\n", out);
    return 1;
}

int main(int argc, char **argv)
{
    int check = argc > 1 && !strcmp(argv[1], "--check");
    const char *doc_path, *dis_path;
    char *doc, *dis, *p, *out;
    size_t outlen;
    FILE *o;

    if (argc != 3 + check) {
        fprintf(stderr, "usage: docdisasm [--check] DOC DISASM\n");
        return 2;
    }
    doc_path = argv[1 + check];
    dis_path = argv[2 + check];
    doc = slurp(doc_path);
    dis = slurp(dis_path);
    o = open_memstream(&out, &outlen);
    for (p = doc; *p; ) {
        char *end = strchr(p, '\n'), sym[128];
        int max = 0;

        end = end ? end + 1 : p + strlen(p);
        fwrite(p, 1, (size_t)(end - p), o);
        if (sscanf(p, "<!-- disasm %127s %d -->", sym, &max) >= 1 && strcmp(sym, "-->")) {
            char *close = strstr(end, "<!-- /disasm -->");

            if (!close) {
                fprintf(stderr, "docdisasm: %s: block %s has no <!-- /disasm -->\n",
                        doc_path, sym);
                return 2;
            }
            if (!quote_symbol(dis, sym, max, o)) {
                fprintf(stderr, "docdisasm: %s: no symbol %s in %s\n",
                        doc_path, sym, dis_path);
                return 1;
            }
            end = close;
        }
        p = end;
    }
    fclose(o);
    if (check) {
        size_t i = 0;
        int line = 1;

        while (doc[i] && doc[i] == out[i]) {
            line += doc[i] == '\n';
            i++;
        }
        if (doc[i] || out[i]) {
            fprintf(stderr, "docdisasm: %s:%d differs from the image's disassembly "
                    "(run `make docs` and review the prose around it)\n", doc_path, line);
            return 1;
        }
        return 0;
    }
    o = fopen(doc_path, "w");
    if (!o || fwrite(out, 1, outlen, o) != outlen || fclose(o)) {
        fprintf(stderr, "docdisasm: cannot write %s\n", doc_path);
        return 2;
    }
    return 0;
}
