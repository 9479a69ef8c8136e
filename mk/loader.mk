# A loader in front of the image, as on a real board (docs/real-board.md):
# the board's U-Boot (BOARD_UBOOT) boots the image from a disk the kit
# writes, through a boot script, as it would from an SD card.
#
#   <app>.bin      (mk/outputs.mk) is also an arm64 / RISC-V Linux `Image`:
#                  it starts with the boot image header (boot/<arch>/
#                  image_header.h) that booti reads
#   <app>.uimg     the same bytes as a U-Boot "standalone" uImage
#                  (mkimage -T standalone): bootm copies it to its link
#                  address and calls it with U-Boot's MMU and caches on
#   <app>.scr      the boot script (mkimage -T script) that U-Boot's distro
#                  boot finds and runs: bootargs, load, booti
#   <app>.sdcard   the disk: an MBR (tools/mbr.c) with one FAT partition
#                  from 1 MiB (mtools), holding kit.bin and boot.scr
#
#: LOADER  make run LOADER=u-boot: boot make sdcard's disk through the board's U-Boot (BOARD_UBOOT)
LOADER     ?=
MKIMAGE    := mkimage
UBOOT_ARCH := $(if $(filter aarch64,$(KIT_ARCH)),arm64,riscv)
MBR        := $(HOST_BUILD)/mbr
# The disk: 32 MiB (a sparse file), so that mformat makes FAT16 (type 0x0e).
SDCARD_MIB := 32

ifneq ($(filter u-boot,$(LOADER)),)
$(if $(BOARD_UBOOT),,$(error LOADER=u-boot: BOARD=$(BOARD) has no U-Boot \
    (BOARD_UBOOT, boards/defaults.mk)))
else ifneq ($(LOADER),)
$(error LOADER=$(LOADER): the one loader is u-boot (or leave it empty: QEMU starts the image))
endif

$(MBR): tools/mbr.c
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -o $@.$$$$ $< && mv -f $@.$$$$ $@

# Any image's raw bytes (APP's own .bin is written at its link, and is
# then newer than this rule needs).
$(BUILD)/%.bin: $(BUILD)/%.elf
	$(Q)$(CROSS)objcopy -O binary $< $@

# bootm copies a standalone image to its load address (-a) and calls its
# entry point (-e): both are the header's first byte, the image's start.
$(BUILD)/%.uimg: $(BUILD)/%.bin
	$(Q)$(MKIMAGE) -A $(UBOOT_ARCH) -O u-boot -T standalone -C none \
	    -a $(BOARD_RAM_ORIGIN) -e $(BOARD_RAM_ORIGIN) -n kit -d $< $@ > /dev/null

# The boot script.  distro boot sets devtype, devnum and distro_bootpart
# to the partition it found the script on, so the same script boots from
# virtio here and from mmc on a board; booti moves the image from
# $kernel_addr_r to where its header says.  UBOOT_BOOTARGS (the make run
# line, "ENV -- ARGS") is one word for U-Boot's shell with every blank and
# \ ' " $ ; escaped by a backslash: its quotes are not POSIX's (inside
# "..." it drops single quotes; checked with U-Boot 2023.01).
hush_blank   = $(subst $(space),\$(space),$(subst \,\\,$(1)))
hush_quote   = $(subst ;,\;,$(subst $$,\$$,$(subst ",\",$(subst ',\',$(call hush_blank,$(1))))))
uboot_script = $(call shell_quote,setenv bootargs $(call hush_quote,$(1))) \
               'load $${devtype} $${devnum}:$${distro_bootpart} $${kernel_addr_r} kit.bin' \
               'booti $${kernel_addr_r} - $${fdtcontroladdr}'
UBOOT_BOOTARGS = $(run_cmdline)
# Rewritten only when the text changes (write_if_changed's way: mk/host.mk).
$(BUILD)/%.boot.cmd: FORCE
	@mkdir -p $(@D)
	@tmp=$@.$$$$; printf '%s\n' $(call uboot_script,$(UBOOT_BOOTARGS)) > $$tmp; \
	 if cmp -s $$tmp $@; then rm -f $$tmp; else mv -f $$tmp $@; fi
$(BUILD)/%.scr: $(BUILD)/%.boot.cmd
	$(Q)$(MKIMAGE) -A $(UBOOT_ARCH) -O linux -T script -C none -n kit -d $< $@ > /dev/null

$(BUILD)/%.sdcard: $(BUILD)/%.bin $(BUILD)/%.scr $(MBR)
	@rm -f $@.$$$$ && truncate -s $(SDCARD_MIB)M $@.$$$$ && $(MBR) $@.$$$$ 0x0e && \
	 mformat -i $@.$$$$@@1M -T $$(( ($(SDCARD_MIB) - 1) * 2048 )) -h 16 -s 32 -v KIT :: && \
	 mcopy -i $@.$$$$@@1M $(BUILD)/$*.bin ::kit.bin && \
	 mcopy -i $@.$$$$@@1M $(BUILD)/$*.scr ::boot.scr && mv -f $@.$$$$ $@ || \
	 { rm -f $@.$$$$; exit 1; }

# Kept: what the disk was made of, to look at or boot another way.
.PRECIOUS: $(BUILD)/%.bin $(BUILD)/%.boot.cmd $(BUILD)/%.scr $(BUILD)/%.uimg

.PHONY: sdcard uimage
## sdcard: a disk image for the board's U-Boot: MBR, FAT, APP's image and boot script (ARGS= ENV= into bootargs)
sdcard: $(APP_ELF:.elf=.sdcard)
	@echo $<

## uimage: APP's image as a U-Boot standalone uImage, for bootm
uimage: $(APP_ELF:.elf=.uimg)
	@echo $<

# make run LOADER=u-boot: QEMU starts the board's U-Boot with the disk on
# virtio; its autoboot finds boot.scr.  Any byte on U-Boot's input stops
# the autoboot, so the run's input is empty unless STDIN= names one.
RUN_DISK    = $(RUN_ELF:.elf=.sdcard)
uboot_qemu  = $(QEMU_ARGS) $(BOARD_UBOOT_QEMU) \
              -drive file=$(abspath $(RUN_DISK)),if=virtio,format=raw \
              $(if $(STDIN),,</dev/null)
