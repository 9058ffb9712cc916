/* SPDX-License-Identifier: GPL-2.0 */
/*
 * rec.h - system calls made by this process, recorded as kstrace.ko would
 * stream them: ENTER and EXIT records with the captures of
 * module/capture.c itself (built in user space, tests/kshim/), so that
 * `kstrace --format-events` of the records can be compared with what
 * strace prints for the very same calls.
 *
 * A test program calls rec_begin(), then rec_call() for each call to
 * record (rec_marked() puts the marker close(MARKER_FD) before it, which
 * is not recorded: the line after each marker in strace's output is the
 * recorded call's), then rec_write(). Memory is read without system
 * calls: through the readable mappings of /proc/self/maps, which
 * rec_maps() reads again (rec_marked() does, before its marker).
 */
#ifndef KSTRACE_CLI_TESTS_REC_H
#define KSTRACE_CLI_TESTS_REC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <uapi/linux/kstrace.h>

#define MARKER_FD	-12345

/* Records of at most max_calls calls with strings cut at strsize. */
void rec_begin(size_t strsize, size_t max_calls);
/* Reads /proc/self/maps again: what the captures may read. */
void rec_maps(void);
/* Makes the call (int $0x80 when compat) and records it: -errno or ret. */
long rec_call(long nr, const uint64_t *args, bool compat);
/* close(MARKER_FD), not recorded. */
void rec_marker(void);
/* rec_maps(), rec_marker(), then rec_call() of a native call. */
long rec_marked(long nr, uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3,
		uint64_t a4, uint64_t a5);
/* Writes every record to fd. */
void rec_write(int fd);

/* A record of the stream being built, for hand-made ones (evgen text). */
struct kstrace_rec *rec_new(size_t extra);
void rec_done(struct kstrace_rec *r);
/* The time of the last record; records are 1000 ns apart by default. */
extern uint64_t rec_last_ts;

void __attribute__((noreturn, format(printf, 1, 2))) rec_die(const char *fmt, ...);

#endif /* KSTRACE_CLI_TESTS_REC_H */
