// SPDX-License-Identifier: GPL-2.0
/*
 * main.c - kstrace.ko entry points: an in-kernel strace.
 *
 * init creates /proc/kstrace/ with its status and session files; nothing
 * is hooked until a session starts tracing. exit removes the files; no
 * session can exist then, as each open session holds a module reference.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/init.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/proc_fs.h>
#include "kstrace.h"

struct proc_dir_entry *ks_proc_dir;

unsigned int ks_max_tasks = 65536;
module_param_named(max_tasks, ks_max_tasks, uint, 0644);
MODULE_PARM_DESC(max_tasks,
		 "Most tasks one session traces; further descendants are counted as untracked (default 65536)");

static int __init kstrace_init(void)
{
	int ret;

	ret = ks_capture_init();
	if (ret) {
		pr_err("include/kstrace/sysargs.h: a syscall's rules are not together\n");
		return ret;
	}
	ret = ks_events_init();
	if (ret)
		return ret;
	ks_proc_dir = proc_mkdir("kstrace", NULL);
	if (!ks_proc_dir) {
		pr_err("cannot create /proc/kstrace\n");
		ret = -ENOMEM;
		goto err_events_exit;
	}
	ret = ks_status_init();
	if (ret)
		goto err_remove_dir;
	ret = ks_session_init();
	if (ret)
		goto err_remove_dir;

	pr_info("version %s loaded\n", KSTRACE_VERSION);
	return 0;

err_remove_dir:
	remove_proc_subtree("kstrace", NULL);
err_events_exit:
	ks_events_exit();
	return ret;
}

static void __exit kstrace_exit(void)
{
	remove_proc_subtree("kstrace", NULL);
	ks_tasks_exit();
	ks_events_exit();
	pr_info("version %s unloaded\n", KSTRACE_VERSION);
}

module_init(kstrace_init);
module_exit(kstrace_exit);

MODULE_LICENSE("GPL");
MODULE_AUTHOR("kstrace developers");
MODULE_DESCRIPTION("In-kernel strace: per-process syscall tracing and statistics");
MODULE_VERSION(KSTRACE_VERSION);
