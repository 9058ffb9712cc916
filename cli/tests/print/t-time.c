// opts: | -v
// SPDX-License-Identifier: GPL-2.0
/*
 * t-time.c - clocks, sleeps, timers and time stamps (print-time.c):
 * timespec, timeval and their pairs, itimerspec, itimerval, timex,
 * timezone, sigevent; futex timeouts.
 */
#include <linux/futex.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <sys/timex.h>
#include <time.h>

#include "ptest.h"

#define BAD	((void *)1)

static void clocks(void)
{
	struct timespec ts = { 0, 0 };

	PT(SYS_clock_gettime, CLOCK_REALTIME, &ts);
	PT(SYS_clock_gettime, CLOCK_MONOTONIC, NULL);
	PT(SYS_clock_gettime, 12345, &ts);
	PT(SYS_clock_gettime, CLOCK_MONOTONIC, BAD);
	PT(SYS_clock_getres, CLOCK_MONOTONIC, &ts);
	PT(SYS_clock_getres, CLOCK_REALTIME, NULL);
	ts.tv_sec = 1;
	ts.tv_nsec = 2;
	PT(SYS_clock_settime, CLOCK_MONOTONIC, &ts);
	ts.tv_nsec = 2000000000;
	PT(SYS_clock_settime, CLOCK_REALTIME, &ts);
	PT(SYS_clock_settime, CLOCK_REALTIME, BAD);
	PT(SYS_sched_rr_get_interval, 0, &ts);
	PT(SYS_sched_rr_get_interval, -1, &ts);
}

static void sleeps(void)
{
	struct timespec req = { 0, 1000 }, rem = { 7, 7 };

	PT(SYS_nanosleep, &req, &rem);
	PT(SYS_nanosleep, &req, NULL);
	req.tv_nsec = 1000000000;
	PT(SYS_nanosleep, &req, &rem);
	req.tv_sec = -1;
	PT(SYS_nanosleep, &req, &rem);
	PT(SYS_nanosleep, BAD, NULL);
	req.tv_sec = 0;
	req.tv_nsec = 500;
	PT(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &req, &rem);
	PT(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME, &req, &rem);
	PT(SYS_clock_nanosleep, CLOCK_REALTIME, TIMER_ABSTIME, &req, NULL);
	PT(SYS_clock_nanosleep, 12345, 0, &req, &rem);
	PT(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, NULL, &rem);
}

static void timeofday(const char *path)
{
	struct timeval tv = { 0, 0 }, pair[2];
	struct timezone tz = { -60, 0 };
	struct timespec ts[2];

	PT(SYS_gettimeofday, &tv, &tz);
	PT(SYS_gettimeofday, &tv, NULL);
	PT(SYS_gettimeofday, NULL, NULL);
	PT(SYS_gettimeofday, BAD, BAD);
	tv.tv_usec = 2000000;
	PT(SYS_settimeofday, &tv, &tz);
	PT(SYS_settimeofday, &tv, NULL);
	PT(SYS_time, &tv.tv_sec);
	PT(SYS_time, NULL);

	pair[0].tv_sec = 1700000000;
	pair[0].tv_usec = 5;
	pair[1].tv_sec = 0;
	pair[1].tv_usec = 0;
	PT(SYS_utimes, path, pair);
	PT(SYS_utimes, path, NULL);
	PT(SYS_utimes, path, BAD);
	pair[1].tv_sec = 1;
	pair[1].tv_usec = 1000000;
	PT(SYS_utimes, path, pair);
	PT(SYS_futimesat, AT_FDCWD, path, pair);

	ts[0].tv_sec = 1700000000;
	ts[0].tv_nsec = 123;
	ts[1].tv_sec = 1;
	ts[1].tv_nsec = UTIME_NOW;
	PT(SYS_utimensat, AT_FDCWD, path, ts, 0);
	ts[0].tv_nsec = UTIME_OMIT;
	ts[1].tv_sec = 0;
	ts[1].tv_nsec = 0;
	PT(SYS_utimensat, AT_FDCWD, path, ts, AT_SYMLINK_NOFOLLOW);
	ts[0].tv_nsec = 1000000000;
	PT(SYS_utimensat, AT_FDCWD, path, ts, 0);
	PT(SYS_utimensat, AT_FDCWD, path, NULL, 0);
	PT(SYS_utimensat, AT_FDCWD, path, BAD, 0);
}

static void itimers(void)
{
	struct itimerval it = { { 0, 0 }, { 100, 5 } }, old;
	struct itimerspec its = { { 1, 2 }, { 100, 0 } }, oits;
	struct sigevent sev;
	int fd, tid = -1;

	PT(SYS_getitimer, ITIMER_PROF, &old);
	PT(SYS_getitimer, 12345, &old);
	PT(SYS_setitimer, ITIMER_PROF, &it, &old);
	it.it_value.tv_sec = 0;
	it.it_value.tv_usec = 0;
	PT(SYS_setitimer, ITIMER_PROF, &it, &old);
	PT(SYS_setitimer, ITIMER_PROF, &it, NULL);
	it.it_value.tv_usec = 2000000;
	PT(SYS_setitimer, ITIMER_PROF, &it, &old);
	PT(SYS_getitimer, ITIMER_REAL, BAD);

	fd = timerfd_create(CLOCK_MONOTONIC, 0);
	PT(SYS_timerfd_settime, fd, 0, &its, &oits);
	PT(SYS_timerfd_gettime, fd, &oits);
	its.it_value.tv_sec = 0;
	PT(SYS_timerfd_settime, fd, TFD_TIMER_ABSTIME, &its, NULL);
	its.it_value.tv_nsec = -1;
	PT(SYS_timerfd_settime, fd, 0, &its, &oits);
	PT(SYS_timerfd_gettime, -1, &oits);
	close(fd);

	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SIGEV_NONE;
	PT(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	its.it_value.tv_sec = 100;
	its.it_value.tv_nsec = 0;
	PT(SYS_timer_settime, tid, 0, &its, &oits);
	PT(SYS_timer_gettime, tid, &oits);
	its.it_value.tv_sec = 0;
	PT(SYS_timer_settime, tid, TIMER_ABSTIME, &its, NULL);
	PT(SYS_timer_gettime, tid + 1000, &oits);
	PT(SYS_timer_delete, tid);
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGUSR2;
	sev.sigev_value.sival_ptr = &sev;
	PT(SYS_timer_create, CLOCK_REALTIME, &sev, &tid);
	PT(SYS_timer_delete, tid);
	sev.sigev_notify = SIGEV_THREAD_ID;
	sev.sigev_value.sival_ptr = NULL;
	sev.sigev_signo = 40;
	sev._sigev_un._tid = getpid();
	PT(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	PT(SYS_timer_delete, tid);
	sev.sigev_notify = SIGEV_THREAD;
	sev._sigev_un._sigev_thread._function = (void (*)(union sigval))8;
	sev._sigev_un._sigev_thread._attribute = NULL;
	PT(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	sev.sigev_notify = 77;
	sev.sigev_signo = 3;
	PT(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	PT(SYS_timer_create, CLOCK_MONOTONIC, NULL, &tid);
	PT(SYS_timer_delete, tid);
	PT(SYS_timer_create, CLOCK_MONOTONIC, BAD, &tid);
}

static void timex(void)
{
	struct timex tx;

	memset(&tx, 0, sizeof(tx));
	PT(SYS_adjtimex, &tx);
	memset(&tx, 0, sizeof(tx));
	PT(SYS_clock_adjtime, CLOCK_REALTIME, &tx);
	PT(SYS_clock_adjtime, 12345, &tx);
	PT(SYS_adjtimex, NULL);
	PT(SYS_adjtimex, BAD);
}

static void futexes(void)
{
	static int f;
	struct timespec ts = { 0, 1000 };

	PT(SYS_futex, &f, FUTEX_WAIT, 1, &ts, NULL, 0);
	PT(SYS_futex, &f, FUTEX_WAIT_PRIVATE, 0, &ts, NULL, 0);
	PT(SYS_futex, &f, FUTEX_WAIT_PRIVATE, 1, NULL, NULL, 0);
	PT(SYS_futex, &f, FUTEX_WAIT, 0, BAD, NULL, 0);
	ts.tv_sec = 1;
	PT(SYS_futex, &f, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, 0, &ts,
	   NULL, FUTEX_BITSET_MATCH_ANY);
	PT(SYS_futex, &f, FUTEX_WAIT_BITSET_PRIVATE, 0, &ts, NULL, 1);
	PT(SYS_futex, &f, FUTEX_LOCK_PI, 0, &ts, NULL, 0);
	PT(SYS_futex, &f, FUTEX_WAKE, 1, NULL, NULL, 0);
}

int main(int argc, char **argv)
{
	char path[] = "/tmp/kstrace-t-time-XXXXXX";
	int fd;

	pt_begin(argc, argv);
	fd = mkstemp(path);
	close(fd);
	clocks();
	sleeps();
	timeofday(path);
	itimers();
	timex();
	futexes();
	unlink(path);
	return pt_end();
}
