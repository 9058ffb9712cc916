/* SPDX-License-Identifier: GPL-2.0 */
/*
 * util.h - the small helpers more than one part of the CLI uses, defined
 * once.
 */
#ifndef KSTRACE_CLI_UTIL_H
#define KSTRACE_CLI_UTIL_H

#include <stdint.h>
#include <time.h>

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

/* CLOCK_MONOTONIC in ms: the CLI's own waits and ticks */
static inline int64_t mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

#endif
