# Loaded by `make debug` on RISC-V boards (gdb-multiarch, QEMU's gdb stub).
#   kit-trap   the trap registers: why the last exception happened, where
#   kit-priv   the privilege level the hart is in now (QEMU's "priv")
# Privileged Spec 3.1.15-3.1.17 (mcause, mepc, mtval) and 4.1.7-4.1.9 (S-mode).
set pagination off
set confirm off
define kit-trap
  printf "mcause  0x%lx  (bit XLEN-1: interrupt; else exception code)\n", $mcause
  printf "mepc    0x%lx  ", $mepc
  info symbol $mepc
  printf "mtval   0x%lx  (faulting address or instruction)\n", $mtval
  printf "mstatus 0x%lx  (MPP bits 12:11: the level trapped from)\n", $mstatus
  printf "scause  0x%lx  sepc 0x%lx  stval 0x%lx  (S-mode boards)\n", $scause, $sepc, $stval
end
document kit-trap
The trap registers (M-mode and S-mode): cause, pc and value of the last trap.
end
define kit-priv
  printf "privilege level: %d (0 U, 1 S, 3 M)\n", $priv
end
document kit-priv
The privilege level the hart runs in now.
end
