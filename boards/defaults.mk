# Every variable a board file may set: what it means, its unit, and its
# default.  The Makefile includes this right after boards/$(BOARD).mk, so a
# board file sets only what differs (with :=) and the rest comes from here
# (?=).  A variable without a default must be set by the board: the
# Makefile stops with its name if it is not.  The C side sees these values
# as KIT_* macros in build/<config>/board_config.h (mk/config.mk).
#
# Addresses and sizes are numbers GNU ld and C both read: 0x..., or a
# decimal; RAM/flash lengths may also use ld's K and M suffixes.

# --- What the machine is ------------------------------------------------
# BOARD_ARCH           riscv64 | riscv32 | aarch64                (required)
# BOARD_QEMU           the QEMU machine: binary, -M, -cpu, -m, firmware,
#                      devices (qemu/qemu.mk adds console/monitor flags)
#                                                                 (required)
# BOARD_MODE           privilege main() runs in: m or s (RISC-V), el1
BOARD_MODE           ?= $(if $(filter aarch64,$(BOARD_ARCH)),el1,m)
# BOARD_ENTRY_LEVEL    the level the image is entered at: RISC-V 3 = M,
#                      1 = S (mstatus.MPP encoding); AArch64 the EL, 1-3
BOARD_ENTRY_LEVEL    ?= $(if $(filter s,$(BOARD_MODE)),1,$(if $(filter aarch64,$(BOARD_ARCH)),1,3))

# --- Memory (the picture: linker/kit.ld) --------------------------------
# BOARD_RAM_ORIGIN     first byte of RAM the image may use            (required)
# BOARD_RAM_LENGTH     bytes of it, as the board file knows it; the
#                      devicetree may report more (the heap then grows)  (required)
# BOARD_QEMU_RAM_BASE  where the machine's RAM starts, which QEMU's -m
#                      sizes: make run refuses an image that -m leaves no
#                      room for (tools/runner/kitrun.c); empty: RAM is fixed
BOARD_QEMU_RAM_BASE  ?=
# BOARD_QEMU_RAM_NEED  with BOARD_QEMU_RAM_BASE: an address the machine's RAM
#                      must reach for its firmware to start the image at
#                      all (OpenSBI fw_jump's devicetree); empty: none
BOARD_QEMU_RAM_NEED  ?=
# BOARD_FLASH_ORIGIN   execute-in-place boards: where code and .data's
# BOARD_FLASH_LENGTH   initial values live (empty: everything in RAM)
BOARD_FLASH_ORIGIN   ?=
BOARD_FLASH_LENGTH   ?=
# BOARD_STACK_SIZE     bytes of stack per hart (STACK_SIZE= overrides)
BOARD_STACK_SIZE     ?= 16384
# BOARD_STACK_GUARD    bytes of never-accessible guard below each hart's
#                      stack (a power of two; STACK_SIZE is rounded up to
#                      a multiple of it: mk/stack.mk).  AArch64: a page.
#                      A frame larger than the guard can step over it:
#                      where the compiler cannot probe such frames (RISC-V)
#                      the build names them; pick at least the deepest
#                      frame of the C library (newlib: about 2 KiB).
BOARD_STACK_GUARD    ?= 4096
# BOARD_PERM_ALIGN     bytes: where permissions change (the end of code,
#                      the end of read-only data) is aligned to this, a
#                      power of two (linker/kit.ld).  Page tables (AArch64,
#                      RISC-V S-mode) need a page (4096).  PMP (RISC-V
#                      M-mode) takes any 4 bytes, but under QEMU a page that
#                      a PMP boundary splits runs every access through the
#                      slow path: code or data there runs 1.8x and more
#                      slower, so a few bytes that move the boundary change
#                      a program's speed.  4096 keeps every boundary on a
#                      page; the gap before each boundary is in no segment
#                      (address space, not loaded bytes: below 4 KiB each).
#                      4 is fine on hardware, where PMP costs nothing.
BOARD_PERM_ALIGN     ?= 4096
# BOARD_PMP_ENTRIES    RISC-V M-mode: PMP entries the harts have (the
#                      guards need BOARD_MAX_HARTS + 6: boot/riscv/pmp.c)
BOARD_PMP_ENTRIES    ?= 16
# BOARD_TRAP_STACK_SIZE  bytes of trap-handler stack per hart: the trap
#                      frames and the handler's C, timer callbacks included
#                      (rounded up to a multiple of its guard)
BOARD_TRAP_STACK_SIZE ?= 4096
# BOARD_TRAP_STACK_GUARD  bytes of never-accessible guard below each hart's
#                      trap stack (a power of two; AArch64 and S-mode: a
#                      page): a callback that overflows the trap stack
#                      faults there, instead of writing over the stacks below
BOARD_TRAP_STACK_GUARD ?= $(BOARD_STACK_GUARD)
# BOARD_TINY_MAX_HARTS  PROFILE=tiny (mk/profile.mk): the harts it keeps
#                      stacks for: up to the boot hart (hart ids count from
#                      0; a hart with no stack parks), the others not started
BOARD_TINY_MAX_HARTS        ?= $(shell echo $$(( $(BOARD_BOOT_HART) + 1 )))
# BOARD_TINY_STACK_SIZE, BOARD_TINY_STACK_GUARD, BOARD_TINY_TRAP_STACK_SIZE,
# BOARD_TINY_TRAP_STACK_GUARD  the stacks of PROFILE=tiny (mk/profile.mk):
#                      the least the guards allow.  Each size is a multiple
#                      of its guard; the guard must stay wider than the
#                      deepest frame (picolibc's are far smaller than
#                      newlib's) and, where pages protect, a page; the
#                      trap stack must hold two trap frames and the
#                      handler's C (boot/riscv/trap.c checks it).  One
#                      guard's worth each by default.
BOARD_TINY_STACK_GUARD      ?= $(BOARD_STACK_GUARD)
BOARD_TINY_STACK_SIZE       ?= $(BOARD_TINY_STACK_GUARD)
BOARD_TINY_TRAP_STACK_GUARD ?= $(BOARD_TRAP_STACK_GUARD)
BOARD_TINY_TRAP_STACK_SIZE  ?= $(BOARD_TRAP_STACK_SIZE)
# BOARD_HEAP_MIN       bytes; the link fails when less heap than this is
#                      left in the board file's RAM (HEAP_MIN= overrides)
BOARD_HEAP_MIN       ?= 65536
# BOARD_DTB_ADDR       where the devicetree is when the entry registers do
#                      not say (AArch64 virt: start of RAM); 0: none/from a1
BOARD_DTB_ADDR       ?= 0
# BOARD_DTB_MAX        with BOARD_DTB_ADDR: the largest blob the loader puts
#                      there, named when none is found; 0: not known
BOARD_DTB_MAX        ?= 0
# BOARD_MMU_RAM_START  AArch64 and RISC-V S-mode (Sv39): the window mapped
# BOARD_MMU_RAM_END    as RAM (AArch64: Normal, cacheable); AArch64: the rest
#                      of the low 4 GiB is Device; Sv39: devices below
#                      RAM's GiB.  The heap stops at the end.
BOARD_MMU_RAM_START  ?= 0
BOARD_MMU_RAM_END    ?= 0
# BOARD_MMU_PAGED_MIB  AArch64, Sv39: MiB mapped with 4 KiB pages from RAM's start
#                      (2 or 4): the image and its stacks must fit there
BOARD_MMU_PAGED_MIB  ?= 2
# BOARD_MMU_NULL_GUARD AArch64: 1 = page 0 unmapped, so NULL faults; 0 for a
#                      board whose firmware data lives there
BOARD_MMU_NULL_GUARD ?= 1

# --- Devicetree ---------------------------------------------------------
# BOARD_DEVICETREE     none: the machine hands over no devicetree, and none
#                      of the reader is linked (platform/devicetree_none.c);
#                      lazy: read each answer when first needed (RAM when
#                      the heap has used up BOARD_RAM_LENGTH, the timebase
#                      when the time is first asked for); boot: read RAM,
#                      the timebase, the command line and the console
#                      before main (PSCI stays lazy)
BOARD_DEVICETREE     ?= lazy

# --- Console ------------------------------------------------------------
# BOARD_CONSOLE        the UART driver: a file name in drivers/uart/
#                      (ns16550a, pl011, sifive, sbi_console)          (required)
# BOARD_CONSOLE_BASE   its register base (0 for sbi_console)
BOARD_CONSOLE_BASE   ?= 0
# BOARD_CONSOLE_FROM_DTB  1: the console may differ from the board file's:
#                      /chosen/stdout-path chooses the UART, read at boot
#                      (so the devicetree is read before main); 0: always
#                      the board file's UART (the SBI console is always 0)
BOARD_CONSOLE_FROM_DTB ?= 0

# --- Devices a program may use -------------------------------------------
# BOARD_QEMU_DEVICES   QEMU options for devices beyond the machine's own
#                      (qemu/qemu.mk appends them to BOARD_QEMU): the virt
#                      boards add a virtio-rng device, as 1.x
BOARD_QEMU_DEVICES   ?=
# BOARD_RTC            the real-time clock behind the date (time(),
#                      CLOCK_REALTIME): a file name in drivers/rtc/
#                      (goldfish, pl031), or none: the date then counts
#                      from reset (1970-01-01 at boot).  Capability `rtc`.
# BOARD_RTC_BASE       its register base
BOARD_RTC            ?= none
BOARD_RTC_BASE       ?= 0
# BOARD_VIRTIO_MMIO_BASE    the first virtio-mmio transport (virtio 1.2,
# BOARD_VIRTIO_MMIO_STRIDE  4.2), the distance to the next, and how many:
# BOARD_VIRTIO_MMIO_COUNT   getentropy looks for a virtio-rng device
#                      there, from the highest (platform/entropy.c); 0:
#                      none.  Capability `entropy` with a virtio-rng-device
#                      in BOARD_QEMU_DEVICES.
BOARD_VIRTIO_MMIO_BASE   ?= 0
BOARD_VIRTIO_MMIO_STRIDE ?= 0
BOARD_VIRTIO_MMIO_COUNT  ?= 0

# --- Exit ---------------------------------------------------------------
# BOARD_EXIT           the exit device: a file name in drivers/exit/
#                      (sifive_test, semihosting, sbi_srst)            (required)
# BOARD_EXIT_BASE      its register base (0 where it has none)
BOARD_EXIT_BASE      ?= 0

# --- Time ---------------------------------------------------------------
# BOARD_TIMER_HZ       counter ticks per second, the last resort: the
#                      architecture's register (AArch64 CNTFRQ_EL0) wins,
#                      then the devicetree's /cpus/timebase-frequency; 0: none
BOARD_TIMER_HZ       ?= 0
# BOARD_MTIME          RISC-V: address of the CLINT's mtime, for harts with
#                      no `time` CSR (QEMU's SiFive machines); 0: use time
BOARD_MTIME          ?= 0
# BOARD_TIMER          the timer interrupt behind kit_timer_* and sleeps: a
#                      file platform/<arch>/timer_<method>.c -- clint
#                      (M-mode mtimecmp at BOARD_CLINT_BASE + 0x4000),
#                      sbi (S-mode, SBI TIME), gicv2 / gicv3 (AArch64
#                      generic timer through a GICv2 / GICv3) -- or none
#                      (ENOSYS)
BOARD_TIMER          ?= none
# BOARD_GIC_DIST       gicv2: the GIC distributor's base (GICD_*)
# BOARD_GIC_CPU        gicv2: the GIC CPU interface's base (GICC_*)
# BOARD_GIC_REDIST     gicv3: the first redistributor frame (GICR_*)
BOARD_GIC_DIST       ?= 0
BOARD_GIC_CPU        ?= 0
BOARD_GIC_REDIST     ?= 0

# --- Harts --------------------------------------------------------------
# BOARD_BOOT_HART      the hart/core id that runs main()
BOARD_BOOT_HART      ?= 0
# BOARD_MAX_HARTS      how many harts get a stack (ids 0..n-1; others park)
BOARD_MAX_HARTS      ?= 1
# BOARD_HART_START     how kit_hart_start wakes a hart: a file
#                      platform/<arch>/hart_<method>.c (clint, sbi_hsm,
#                      psci, spintable) or none (platform/hart_none.c)
BOARD_HART_START     ?= none
# BOARD_CLINT_BASE     clint: the CLINT's base (msip words)
BOARD_CLINT_BASE     ?= 0
# BOARD_PSCI           psci: the conduit (hvc or smc) when the devicetree
#                      names none (no blob, or one the kit refused)
BOARD_PSCI           ?= hvc
# BOARD_SPIN_TABLE     spintable: address of the release slots (8 bytes a core)
BOARD_SPIN_TABLE     ?= 0
# BOARD_HART_DOORBELL  spintable: base of a BCM2836-style "ARM local
#                      peripherals" block whose per-core mailbox 3 wakes a
#                      waiting core: it then sleeps in wfi instead of
#                      spinning on the slot in wfe (QEMU runs WFE as a
#                      yield, WFI as a real halt); 0: none, wfe
BOARD_HART_DOORBELL  ?= 0

# --- A loader in front of the image (docs/real-board.md) ---------------
# BOARD_UBOOT          the U-Boot build (Debian's u-boot-qemu) that boots
#                      this machine's images the way a real board does:
#                      make sdcard, make run LOADER=u-boot, the uboot_*
#                      boot tests (capability `uboot`); empty: none
BOARD_UBOOT          ?=
# BOARD_UBOOT_QEMU     how QEMU starts that U-Boot: -bios FILE where it is
#                      the first code, -kernel FILE where OpenSBI (the
#                      board's -bios) starts it in S-mode
BOARD_UBOOT_QEMU     ?= -bios $(BOARD_UBOOT)
# BOARD_UBOOT_SPARE    RAM clear of U-Boot, its script and the image, for
#                      QEMU's generic loader in the tests (a second place
#                      the image is booted from)
BOARD_UBOOT_SPARE    ?=

# --- What make test makes of the board (mk/board.mk: BOARD_CAPS) -------
# BOARD_CAPS_EXTRA     capabilities no value above shows, for tests'
#                      `needs:` (make caps prints them all)
BOARD_CAPS_EXTRA     ?=
# BOARD_VARIANT_OF     a board this one differs from in one thing (a CPU
#                      with a vector unit, another interrupt controller):
#                      not in boards.list, tested whenever the base board
#                      is, with only the tests that need or exercise what
#                      it adds
BOARD_VARIANT_OF     ?=
# BOARD_ABI_VECTOR_BITS  the vector length the CPU has, in bits (RVV VLEN,
#                      SVE VL): the checker's suite checks that boot turned
#                      the unit on and found this length; empty: no vector
#                      unit (capability `vector`)
BOARD_ABI_VECTOR_BITS ?=

board_required := BOARD_ARCH BOARD_QEMU BOARD_RAM_ORIGIN BOARD_RAM_LENGTH \
                  BOARD_CONSOLE BOARD_EXIT
$(foreach v,$(board_required),$(if $($(v)),,$(error boards/$(BOARD).mk does not set $(v) (see boards/defaults.mk))))
