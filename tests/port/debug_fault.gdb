# Batch script for tests/port/debug_fault.c: make debug has already stopped
# at main.  The trap entries' CFI (boot/riscv/trap_entry.S,
# boot/aarch64/vectors.S) lets gdb unwind from the report to the fault.
break kit_fault_report
continue
bt
