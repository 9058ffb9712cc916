#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# examples/hello/, a minimal module: load, lsmod entry, its messages, unload.
. "$KSTRACE_REPO/tests/lib.sh"

ko=$KSTRACE_MODDIR/examples/hello/hello.ko
mark=$(kmsg_mark)
ok "hello: insmod succeeds" insmod "$ko"
ok "hello: listed by lsmod" sh -c 'lsmod | grep -q "^hello "'
ok "hello: 'Hello kernel!' in dmesg at KERN_INFO" \
	sh -c "dmesg -r | sed -n '/$mark/,\$p' | grep -q '^<6>.*LKM: Hello kernel!'"
ok "hello: modinfo shows license, author and description" \
	sh -c "modinfo '$ko' | grep -q '^license: *GPL' && modinfo '$ko' | grep -q '^author:' && modinfo '$ko' | grep -q '^description:'"
mark=$(kmsg_mark)
ok "hello: rmmod succeeds" rmmod hello
ok "hello: gone from lsmod" sh -c '! lsmod | grep -q "^hello "'
ok "hello: 'Goodbye kernel!' in dmesg" \
	sh -c "dmesg -r | sed -n '/$mark/,\$p' | grep -q '^<6>.*LKM: Goodbye kernel!'"
