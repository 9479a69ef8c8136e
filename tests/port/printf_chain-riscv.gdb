# docs/syscalls.md's path under hello's printf: newlib down to _write,
# then the kit from _write down to the UART driver.
break _write
continue
bt
break ns16550a_write
continue
bt 3
