// SPDX-License-Identifier: GPL-2.0
/*
 * status.c - /proc/kstrace/status: what the module is doing, for people
 * and for tests. It names no process, so it reveals nothing of what other
 * users run.
 */
#include <linux/kernel.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include "kstrace.h"

static int ks_status_show(struct seq_file *m, void *v)
{
	unsigned int sessions = ks_session_count();

	seq_printf(m, "version %s\n", KSTRACE_VERSION);
	seq_printf(m, "format %d\n", KSTRACE_FORMAT_VERSION);
	seq_printf(m, "hooks %s\n", ks_hooks_registered() ? "registered" : "unregistered");
	seq_printf(m, "sessions %u\n", sessions);
	seq_printf(m, "traced_tasks %u\n", ks_tasks_traced());
	seq_printf(m, "syscalls %llu\n", ks_syscalls_seen());
	seq_printf(m, "max_tasks %u\n", ks_max_tasks);
	/* Per CPU, at each summary level: what a session costs. */
	seq_printf(m, "session_stats_bytes %zu %zu %zu\n",
		   ks_stats_bytes(KSTRACE_SUMMARY_NONE),
		   ks_stats_bytes(KSTRACE_SUMMARY_COUNTS),
		   ks_stats_bytes(KSTRACE_SUMMARY_HIST));
	seq_printf(m, "task_entry_bytes %zu\n", sizeof(struct ks_task));
	return 0;
}

int ks_status_init(void)
{
	if (!proc_create_single("status", 0600, ks_proc_dir, ks_status_show))
		return -ENOMEM;
	return 0;
}
