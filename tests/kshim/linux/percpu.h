/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Per-CPU data in user space: KSHIM_NR_CPUS copies side by side, the
 * "current" CPU chosen by the test (kshim_cpu), so that module code that
 * merges CPUs' copies can be run as it is.
 */
#ifndef _SHIM_LINUX_PERCPU_H
#define _SHIM_LINUX_PERCPU_H

#include <stdlib.h>
#include <linux/types.h>

#define KSHIM_NR_CPUS	4
extern int kshim_cpu;

#define alloc_percpu(type)	((type __percpu *)calloc(KSHIM_NR_CPUS, sizeof(type)))
#define free_percpu(p)		free(p)
#define per_cpu_ptr(p, cpu)	(&(p)[cpu])
#define this_cpu_ptr(p)		per_cpu_ptr(p, kshim_cpu)
#define for_each_possible_cpu(cpu) \
	for ((cpu) = 0; (cpu) < KSHIM_NR_CPUS; (cpu)++)
#define num_possible_cpus()	KSHIM_NR_CPUS
#define nr_cpu_ids		KSHIM_NR_CPUS
#define cpu_to_node(cpu)	0
#define smp_processor_id()	kshim_cpu
#define preempt_disable()	do { } while (0)
#define preempt_enable()	do { } while (0)

#endif /* _SHIM_LINUX_PERCPU_H */
