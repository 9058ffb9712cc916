// SPDX-License-Identifier: GPL-2.0
/*
 * floor.c - the benchmark's calibration module: registers empty probes on
 * the sys_enter and sys_exit tracepoints, so that a benchmark run with it
 * loaded measures the kernel's own cost of having syscall tracepoints on,
 * the floor under any tracer built on them.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/init.h>
#include <linux/module.h>
#include <linux/tracepoint.h>
#include <linux/ptrace.h>

static void floor_sys_enter(void *data, struct pt_regs *regs, long id)
{
}

static void floor_sys_exit(void *data, struct pt_regs *regs, long ret)
{
}

static struct tracepoint *floor_enter_tp, *floor_exit_tp;

static void floor_find(struct tracepoint *tp, void *priv)
{
	if (!strcmp(tp->name, "sys_enter"))
		floor_enter_tp = tp;
	else if (!strcmp(tp->name, "sys_exit"))
		floor_exit_tp = tp;
}

static int __init floor_init(void)
{
	int ret;

	for_each_kernel_tracepoint(floor_find, NULL);
	if (!floor_enter_tp || !floor_exit_tp) {
		pr_err("syscall tracepoints not found\n");
		return -EOPNOTSUPP;
	}
	ret = tracepoint_probe_register(floor_enter_tp, floor_sys_enter, NULL);
	if (ret)
		return ret;
	ret = tracepoint_probe_register(floor_exit_tp, floor_sys_exit, NULL);
	if (ret)
		goto err_unregister_enter;
	return 0;

err_unregister_enter:
	tracepoint_probe_unregister(floor_enter_tp, floor_sys_enter, NULL);
	tracepoint_synchronize_unregister();
	return ret;
}

static void __exit floor_exit(void)
{
	tracepoint_probe_unregister(floor_exit_tp, floor_sys_exit, NULL);
	tracepoint_probe_unregister(floor_enter_tp, floor_sys_enter, NULL);
	tracepoint_synchronize_unregister();
}

module_init(floor_init);
module_exit(floor_exit);

MODULE_LICENSE("GPL");
MODULE_AUTHOR("kstrace developers");
MODULE_DESCRIPTION("Benchmark calibration: empty probes on the syscall tracepoints");
