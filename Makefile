# SPDX-License-Identifier: GPL-2.0
#
# kstrace - top-level build. See README.md.
#
#   make                  build kstrace.ko, the hello example and the CLI
#                         against KDIR (the running kernel's headers)
#   make check-host       the tests that need no VM, in under a minute
#   make check            run the whole test suite in a QEMU guest
#   make check-debug      the suite under a KASAN/lockdep/kmemleak kernel
#   make check-matrix     the suite on Debian's 5.10, 6.1, 6.12 and sid kernels
#   make lint             checkpatch --strict, sparse (C=2), W=1, shellcheck, pyflakes3
#   make demo             show kstrace at work in the guest
#   make bench            overhead benchmark in the guest
#   make profile          where an event's cost goes (perf in the guest)
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

# kbuild splits M= at spaces and mangles commas (scripts/build-modules
# works around that for the guest's modules; DKMS builds in /var/lib/dkms).
kdir-check:
	@case "$(CURDIR)" in *[!A-Za-z0-9_./+-]*) \
	  echo "error: kbuild cannot build under '$(CURDIR)' (a space or a comma in the path)"; \
	  echo "  (make check and make guest-modules do work there); build from a plain path"; \
	  exit 1;; esac
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

# Everything that needs no VM: the CLI, the printers, the unit tests, the
# parser fuzzed briefly, the event oracle's tests, the lint of the scripts.
check-host:
	scripts/check-host

# The suite under a debug kernel (KASAN, lockdep, kmemleak, UBSAN, KFENCE)
# built from Debian's linux-source-6.1 (vm/debug.config), then the harness's
# proof that the checkers are live (tests/host/debug.t, which tests/check
# runs for a debug kernel). The stress test loads and unloads the module
# up to 200 times there, for at most 5 minutes (20 times in make check):
# about 40 cycles under emulation, which keeps CI's debug part under an
# hour.
check-debug: deps
	kdir=$$(scripts/debug-kernel) && \
	  KERNEL=$$kdir KSTRACE_KMEMLEAK=1 KSTRACE_GUEST_ONLY=1 KSTRACE_STRESS_CYCLES=200 \
	  KSTRACE_STRESS_CYCLE_SECONDS=300 \
	  KSTRACE_TEST_TIMEOUT=1800 KSTRACE_TIMEOUT=4800 tests/check

# The suite on every Debian kernel of the matrix, with a table at the end.
check-matrix:
	scripts/check-matrix

lint:
	scripts/lint $(KERNEL)

demo:
	scripts/demo

bench:
	bench/run

profile:
	bench/profile

deps:
	scripts/deps

clean:
	-$(MAKE) -C cli clean
	rm -rf build
	for d in module examples/hello tests/modules/*/; do \
	  rm -f $$d/*.o $$d/*.ko $$d/*.mod $$d/*.mod.c $$d/.*.cmd $$d/Module.symvers $$d/modules.order; \
	done

.PHONY: all modules kdir-check cli guest-modules check check-host check-debug check-matrix lint demo bench profile deps clean

# ---- install / uninstall -------------------------------------------------
#
#   make install     kstrace.ko into /lib/modules/RELEASE/extra (kbuild's
#                    modules_install, then depmod), the CLI into BINDIR and
#                    the man page into MANDIR/man1
#   make uninstall   removes them again
#
# DESTDIR=DIR   stage under DIR (packaging); depmod is then left out
# PREFIX=DIR    /usr/local by default; BINDIR=$(PREFIX)/bin,
#               MANDIR=$(PREFIX)/share/man
# RELEASE is the UTS release that KDIR's headers were configured for (what
# the module's vermagic says), not `make kernelrelease`, which Debian's
# headers answer with the upstream version.

PREFIX ?= /usr/local
DESTDIR ?=
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man

install: all
	@rel=$$(sed -n 's/^#define UTS_RELEASE "\(.*\)"$$/\1/p' $(KDIR)/include/generated/utsrelease.h); \
	test -n "$$rel" || { echo "install: no UTS_RELEASE in $(KDIR)/include/generated/utsrelease.h" >&2; exit 1; }; \
	echo "  INSTALL kstrace.ko for $$rel"; \
	$(MAKE) -C $(KDIR) M=$(CURDIR)/module KERNELRELEASE=$$rel \
	  $(if $(DESTDIR),INSTALL_MOD_PATH=$(DESTDIR)) modules_install && \
	if [ -z "$(DESTDIR)" ]; then depmod -a "$$rel"; fi
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1
	install -m 0755 cli/kstrace $(DESTDIR)$(BINDIR)/kstrace
	install -m 0644 docs/kstrace.1 $(DESTDIR)$(MANDIR)/man1/kstrace.1

uninstall:
	@rel=$$(sed -n 's/^#define UTS_RELEASE "\(.*\)"$$/\1/p' $(KDIR)/include/generated/utsrelease.h 2>/dev/null); \
	rel=$${rel:-$$(uname -r)}; \
	echo "  REMOVE  kstrace.ko for $$rel"; \
	rm -f $(DESTDIR)/lib/modules/$$rel/extra/kstrace.ko \
	  $(DESTDIR)/lib/modules/$$rel/extra/kstrace.ko.gz \
	  $(DESTDIR)/lib/modules/$$rel/extra/kstrace.ko.xz \
	  $(DESTDIR)/lib/modules/$$rel/extra/kstrace.ko.zst && \
	if [ -z "$(DESTDIR)" ] && [ -d /lib/modules/$$rel ]; then depmod -a "$$rel"; fi
	rm -f $(DESTDIR)$(BINDIR)/kstrace $(DESTDIR)$(MANDIR)/man1/kstrace.1

.PHONY: install uninstall
