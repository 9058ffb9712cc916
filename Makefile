# SPDX-License-Identifier: GPL-2.0
#
# kstrace - top-level build. See README.md.
#
#   make                  build kstrace.ko, the hello example and the CLI
#                         against KDIR (the running kernel's headers)
#   make check            run the whole test suite in a QEMU guest
#   make lint             checkpatch --strict, sparse (C=2) and W=1
#   make demo             show kstrace at work in the guest
#   make bench            overhead benchmark in the guest
#   make clean
#
# KDIR=DIR      kernel build tree for `make` (WSL2: your kernel source tree)
# KERNEL=SPEC   Debian kernel for the guest: suite or ABI (vm/kernels.conf)

KDIR ?= /lib/modules/$(shell uname -r)/build
KERNEL ?=
export KERNEL

all: modules cli

modules: kdir-check
	$(MAKE) -C $(KDIR) M=$(CURDIR)/module modules
	$(MAKE) -C $(KDIR) M=$(CURDIR)/examples/hello modules

kdir-check:
	@test -f $(KDIR)/Makefile || { \
	  echo "error: no kernel build tree at $(KDIR)"; \
	  echo "  install the headers (apt-get install linux-headers-$$(uname -r))"; \
	  echo "  or point KDIR= at a configured kernel tree (WSL2: the kernel source)"; \
	  exit 1; }

cli:
	$(MAKE) -C cli

# Modules for the guest kernel go to build/kernels/ABI/, one tree per kernel.
guest-modules:
	scripts/build-modules $(KERNEL)

check:
	tests/check

lint:
	scripts/lint $(KERNEL)

demo:
	scripts/demo

bench:
	bench/run

deps:
	scripts/deps

clean:
	-$(MAKE) -C cli clean
	rm -rf build
	for d in module examples/hello tests/modules/*/; do \
	  rm -f $$d/*.o $$d/*.ko $$d/*.mod $$d/*.mod.c $$d/.*.cmd $$d/Module.symvers $$d/modules.order; \
	done

.PHONY: all modules kdir-check cli guest-modules check lint demo bench deps clean
