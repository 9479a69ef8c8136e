# Loaded by `make debug` on AArch64 boards (gdb-multiarch, QEMU's gdb stub).
#   kit-trap   the EL1 exception registers: syndrome, return address, fault address
#   kit-el     the exception level the core is in now (PSTATE.EL, CurrentEL)
# ARM ARM D17.2.37 (ESR_EL1: EC is bits 31:26), D17.2.40 (FAR_EL1), C5.2.2 (CurrentEL).
set pagination off
set confirm off
define kit-trap
  printf "ESR_EL1  0x%lx  (EC 0x%lx)\n", $ESR_EL1, ($ESR_EL1 >> 26) & 0x3f
  printf "ELR_EL1  0x%lx  ", $ELR_EL1
  info symbol $ELR_EL1
  printf "FAR_EL1  0x%lx  (faulting address)\n", $FAR_EL1
end
document kit-trap
The EL1 exception registers: syndrome, return address, fault address.
end
define kit-el
  printf "exception level: EL%d\n", ($cpsr >> 2) & 3
end
document kit-el
The exception level the core runs in now.
end
