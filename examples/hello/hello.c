// SPDX-License-Identifier: GPL-2.0
/*
 * hello.c - the seed's first loadable kernel module.
 *
 * init logs "Hello kernel!" when the module is inserted; exit logs
 * "Goodbye kernel!" when it is removed. Nothing else: it is the smallest
 * module that shows the two entry points and printk.
 */
#define pr_fmt(fmt) "LKM: " fmt

#include <linux/init.h>
#include <linux/module.h>
#include <linux/kernel.h>

static int __init hello_init(void)
{
	pr_info("Hello kernel!\n");
	return 0;
}

static void __exit hello_exit(void)
{
	pr_info("Goodbye kernel!\n");
}

module_init(hello_init);
module_exit(hello_exit);

MODULE_LICENSE("GPL");
MODULE_AUTHOR("kstrace developers");
MODULE_DESCRIPTION("The seed's hello module: logs on load and on unload");
