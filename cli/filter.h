/* SPDX-License-Identifier: GPL-2.0 */
/*
 * filter.h - strace's -e trace=SET: which syscalls to show, per ABI.
 */
#ifndef KSTRACE_CLI_FILTER_H
#define KSTRACE_CLI_FILTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <uapi/linux/kstrace.h>

struct tracesel {
	bool given;		/* -e trace= was used */
	uint8_t set[2][KSTRACE_MAX_SYSCALLS / 8];	/* [0]: 64, [1]: 32 */
	/*
	 * Kernel function probes (--kprobe): kprobe:FUNC tokens, or
	 * kprobe:* / %kprobe for all. A SET without any shows every probe.
	 */
	bool kp_given;		/* SET has a kprobe token */
	bool kp_all;		/* kprobe:* or %kprobe */
	bool kp_negate;		/* SET started with ! */
	char (*kp)[KSTRACE_FUNC_MAX];	/* the FUNCs named */
	size_t nkp;
};

/* tracesel_all - every syscall of both ABIs (what no -e trace= means). */
void tracesel_all(struct tracesel *s);

/*
 * tracesel_parse - SET as strace 6.1 reads it: [!]TOKEN[,TOKEN...] with
 * names (name@64, name@32 for one ABI), ?name (ignored if unknown),
 * %class (or the old bare class names), /regex, all and none; and
 * kprobe:FUNC, kprobe:* or %kprobe for the hits of --kprobe. Prints
 * strace's message and returns -1 if a name is unknown.
 */
int tracesel_parse(struct tracesel *s, const char *spec);

bool tracesel_has(const struct tracesel *s, unsigned int abi,
		  unsigned int nr);

/* tracesel_has_probe - are hits of the probe on FUNC shown? */
bool tracesel_has_probe(const struct tracesel *s, const char *func);

/*
 * tracesel_list - the kernel's list for "trace ABI LIST": "all", "none"
 * or ranges like "0-3,59,257". Returns -1 if len is too small.
 */
int tracesel_list(const struct tracesel *s, unsigned int abi, char *buf,
		  size_t len);

/*
 * A set of descriptors, as strace's -e read=SET and -e write=SET read it:
 * [!]all, [!]none or [!]N[,N...]. The empty set (no option) holds none.
 */
struct fdsel {
	bool not;		/* holds every descriptor but those in fds */
	unsigned int *fds;
	size_t n;
};

/*
 * fdsel_parse - SET into s (replacing what it held). Prints strace's
 * message ("invalid descriptor 'x'") and returns -1 on a bad SET.
 */
int fdsel_parse(struct fdsel *s, const char *spec);

bool fdsel_has(const struct fdsel *s, int fd);

/*
 * A set of small numbers (0..255) as strace reads -e signal=SET,
 * -e status=SET and -e quiet=SET: each leading ! inverts what follows,
 * then all, none or NAME[,NAME...], NAME turned into a number by the
 * caller's function (-1: not a name). A set holds a number when its bit
 * differs from not, so all is "!none".
 */
struct numset {
	bool not;
	uint64_t bits[4];
};

/* numset_all - every number (what no option means). */
void numset_all(struct numset *s);

/*
 * numset_parse - SET into s (replacing what it held); on a bad NAME
 * prints strace's "invalid WHAT 'NAME'" and returns -1.
 */
int numset_parse(struct numset *s, const char *spec,
		 int (*number)(const char *), const char *what);

bool numset_has(const struct numset *s, unsigned int n);

/* strace's sigstr_to_uint(): 9, KILL, SIGKILL, sigkill; -1 if not one. */
int signal_number(const char *s);

#endif /* KSTRACE_CLI_FILTER_H */
