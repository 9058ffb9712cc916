// SPDX-License-Identifier: GPL-2.0
/*
 * warn_on_init.c - a module whose init warns. The harness's own test loads
 * it to prove that a kernel warning fails a run.
 */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/bug.h>

static int __init warn_on_init_init(void)
{
	WARN_ON(1);
	return 0;
}

static void __exit warn_on_init_exit(void)
{
}

module_init(warn_on_init_init);
module_exit(warn_on_init_exit);

MODULE_LICENSE("GPL");
MODULE_AUTHOR("kstrace developers");
MODULE_DESCRIPTION("Test module: warns in init, to test the harness");
