/* kit-test: the console sends "\n" as "\r\n" on the wire, and nothing else changes
 * expect-raw: <one\r\ntwo\r\n>
 * expect-raw: <cr\ralone\r\n>
 * expect-raw: <write\r\n>
 * expect-raw: <stderr\r\n>
 */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    printf("<one\ntwo\n>\n");           /* through stdio's buffer */
    printf("<cr\ralone\n>\n");          /* a lone \r is passed as it is */
    fflush(stdout);
    write(1, "<write\n>\n", 9);         /* straight to _write */
    fprintf(stderr, "<stderr\n>\n");    /* unbuffered stream */
    return 0;
}
