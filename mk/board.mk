# Which board this build is for, and what that board has.
#
#   ARCH=riscv64 | riscv32 | aarch64   picks the architecture's default board
#   BOARD=<name>                       any boards/<name>.mk (make boards)
#
# The board file is data (boards/<name>.mk); boards/defaults.mk gives every
# variable it does not set.  From those values this file derives the
# board's capabilities, BOARD_CAPS: words that say what the machine has
# (harts, a timer, a devicetree, S-mode, a vector unit...).  A test says
# which capabilities it needs (`needs:` in its kit-test block) and the
# runner boots it only where they are all present; `make caps` prints them.

#: ARCH  riscv64, riscv32 or aarch64: picks that architecture's default BOARD
ARCH       ?= riscv64
default_board_riscv64 := virt-rv64
default_board_aarch64 := virt-aarch64
default_board_riscv32 := virt-rv32
$(if $(default_board_$(ARCH)),,$(error ARCH=$(ARCH) is not an architecture the kit knows: riscv64, riscv32 or aarch64))
#: BOARD  the machine: any board of make boards (boards/<name>.mk)
BOARD      ?= $(default_board_$(ARCH))
#: ABI  riscv64: lp64d or lp64; riscv32: ilp32 or ilp32d; aarch64: aapcs64
ABI        ?=
#: BOARD_*  any board value (boards/defaults.mk lists them), e.g. BOARD_MAX_HARTS=2
BOARDS     := $(shell sed -e 's/#.*//' boards/boards.list)

# Where Debian's opensbi package puts the firmware a board may boot under.
#: OPENSBI_FW_DIR  where OpenSBI's firmware is (S-mode boards boot under it)
OPENSBI_FW_DIR ?= /usr/lib/riscv64-linux-gnu/opensbi/generic

$(if $(wildcard boards/$(BOARD).mk),,$(error unknown BOARD '$(BOARD)': see `make boards`))
include boards/$(BOARD).mk
include boards/defaults.mk
KIT_ARCH   := $(BOARD_ARCH)
ifneq ($(filter command line environment,$(origin ARCH)),)
$(if $(filter $(ARCH),$(KIT_ARCH)),,$(error BOARD '$(BOARD)' is $(KIT_ARCH), not ARCH=$(ARCH)))
endif

# Host files through semihosting (platform/hostfs.h): HOSTFS=0 makes
# open, remove and rename fail EACCES without asking QEMU.
#: HOSTFS  1: programs reach the host's files through semihosting (fopen); 0: open fails EACCES
HOSTFS     ?= 1
$(if $(filter 0 1,$(HOSTFS)),,$(error HOSTFS=$(HOSTFS): 1 (host files) or 0 (none)))

# --- Capabilities, derived from the board's values -----------------------
# Each word is there when the condition after it holds; a board file adds
# what no value shows with BOARD_CAPS_EXTRA (boards/defaults.mk).
cap_if = $(if $(2),$(1))
BOARD_CAPS := $(strip \
  $(KIT_ARCH) \
  $(call cap_if,mmode,$(filter m,$(BOARD_MODE))) \
  $(call cap_if,smode,$(filter s,$(BOARD_MODE))) \
  $(call cap_if,el$(BOARD_ENTRY_LEVEL)-entry,$(filter aarch64,$(KIT_ARCH))) \
  $(call cap_if,smp,$(and $(filter-out 1,$(BOARD_MAX_HARTS)),$(filter-out none,$(BOARD_HART_START)))) \
  $(call cap_if,hart-doorbell,$(filter-out 0,$(BOARD_HART_DOORBELL))) \
  $(call cap_if,timer,$(filter-out none,$(BOARD_TIMER))) \
  $(call cap_if,devicetree,$(filter-out none,$(BOARD_DEVICETREE))) \
  $(call cap_if,pmp,$(and $(filter m,$(BOARD_MODE)),$(filter riscv%,$(KIT_ARCH)))) \
  $(call cap_if,paging,$(filter aarch64,$(KIT_ARCH))$(filter s,$(BOARD_MODE))) \
  $(call cap_if,stack-probes,$(filter aarch64,$(KIT_ARCH))) \
  $(call cap_if,null-guard,$(filter-out 0,$(BOARD_MMU_NULL_GUARD))) \
  $(call cap_if,xip,$(BOARD_FLASH_ORIGIN)) \
  $(call cap_if,semihosting,$(filter -semihosting%,$(BOARD_QEMU))) \
  $(call cap_if,hostfs,$(and $(filter -semihosting%,$(BOARD_QEMU)),$(filter 1,$(HOSTFS)))) \
  $(call cap_if,rtc,$(filter-out none,$(BOARD_RTC))) \
  $(call cap_if,entropy,$(and $(filter-out 0,$(BOARD_VIRTIO_MMIO_COUNT)),$(filter virtio-rng-device,$(BOARD_QEMU_DEVICES)))) \
  $(call cap_if,raw-console,$(filter-out sbi_console,$(BOARD_CONSOLE))) \
  $(call cap_if,vector,$(BOARD_ABI_VECTOR_BITS)) \
  $(call cap_if,$(BOARD_TIMER),$(filter gic%,$(BOARD_TIMER))) \
  $(call cap_if,uboot,$(BOARD_UBOOT)) \
  $(BOARD_CAPS_EXTRA))
