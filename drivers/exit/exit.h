/*
 * An exit device stops the machine and hands a status to the host.  On QEMU
 * that status becomes QEMU's own exit status, which is how `make run` and
 * the tests see what main() returned.
 */
#ifndef KIT_EXIT_H
#define KIT_EXIT_H

#include <stdint.h>

struct kit_exit_dev {
    const char *name;
    void (*exit)(uintptr_t base, int status);   /* returns only on failure */
};

extern const struct kit_exit_dev sifive_test_exit;
extern const struct kit_exit_dev semihosting_exit;
extern const struct kit_exit_dev sbi_srst_exit;

#endif
