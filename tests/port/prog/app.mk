# How the kit's make builds this program (make APP=<this directory>).
APP_INCLUDES += $(APP_DIR)/include
APP_CFLAGS   += -DPROG_SCALE=3
