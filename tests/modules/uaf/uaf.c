// SPDX-License-Identifier: GPL-2.0
/*
 * uaf.c - a module that breaks the kernel's memory rules on request, for the
 * debug kernel's own test (tests/host/debug.t): it proves that KASAN and
 * kmemleak reports reach the harness. Loaded without parameters it does
 * nothing wrong.
 *
 *   insmod uaf.ko plant=1   reads an object after kfree() (KASAN report)
 *   insmod uaf.ko leak=1    allocates an object and forgets it (kmemleak)
 */
#include <linux/compiler.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/slab.h>
#include <linux/string.h>

static bool plant;
module_param(plant, bool, 0444);
MODULE_PARM_DESC(plant, "read through a stale pointer after kfree() in init");

static bool leak;
module_param(leak, bool, 0444);
MODULE_PARM_DESC(leak, "allocate an object in init and drop the pointer");

#define UAF_SIZE 64

static noinline void uaf_plant(void)
{
	char *p = kmalloc(UAF_SIZE, GFP_KERNEL);
	char c;

	if (!p)
		return;
	memset(p, 0x5a, UAF_SIZE);
	kfree(p);
	/* The use after free: READ_ONCE() is a volatile read, kept by gcc. */
	c = READ_ONCE(p[UAF_SIZE / 2]);
	pr_info("uaf: read 0x%02x after kfree()\n", (unsigned char)c);
}

static noinline void uaf_leak(void)
{
	char *p = kmalloc(UAF_SIZE, GFP_KERNEL);

	if (!p)
		return;
	pr_info("uaf: leaked a %d-byte object\n", UAF_SIZE);
	/* The only reference goes out of scope here. */
}

static int __init uaf_init(void)
{
	if (plant)
		uaf_plant();
	if (leak)
		uaf_leak();
	return 0;
}

static void __exit uaf_exit(void)
{
}

module_init(uaf_init);
module_exit(uaf_exit);

MODULE_LICENSE("GPL");
MODULE_AUTHOR("kstrace developers");
MODULE_DESCRIPTION("Test module: use-after-free and leak on request, for the debug kernel");
