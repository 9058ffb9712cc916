// opts: | -v
// SPDX-License-Identifier: GPL-2.0
/*
 * t-stat.c - stat, lstat, fstat, newfstatat, statx, statfs, fstatfs
 * (print-file.c): the abbreviated and -v structures, a device's st_rdev,
 * times with and without a fraction, before and at the epoch, failures,
 * NULL and bad pointers.
 */
#include "ptest.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <time.h>

/* A file of known size and times in a new directory; returns its path. */
static const char *make_file(char *dir, const char *name, const struct timespec *ts)
{
	static char path[256];
	int fd;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0640);
	if (fd < 0 || write(fd, "hello world\n", 12) != 12)
		rec_die("%s: cannot create", path);
	close(fd);
	if (utimensat(AT_FDCWD, path, ts, 0))
		rec_die("%s: utimensat", path);
	return path;
}

int main(int argc, char **argv)
{
	/* a fraction; none; the epoch; before it */
	static const struct timespec t1[2] = { { 1234567890, 123456789 }, { 1600000000, 0 } };
	static const struct timespec t2[2] = { { 0, 0 }, { -1, 500 } };
	char dir[] = "/tmp/kst-statXXXXXX";
	char link[300], path1[300], path2[300];
	struct statfs sfs;
	struct stat st;
	char stx[256];
	int fd;

	if (!mkdtemp(dir))
		rec_die("mkdtemp");
	snprintf(path1, sizeof(path1), "%s", make_file(dir, "a", t1));
	snprintf(path2, sizeof(path2), "%s", make_file(dir, "b", t2));
	snprintf(link, sizeof(link), "%s/l", dir);
	if (symlink("a", link))
		rec_die("symlink");
	fd = open(path1, O_RDONLY);

	pt_begin(argc, argv);
	PT(SYS_fstat, fd, &st);
	PT(SYS_stat, path1, &st);
	PT(SYS_stat, path2, &st);
	PT(SYS_lstat, link, &st);
	PT(SYS_stat, link, &st);
	PT(SYS_newfstatat, AT_FDCWD, "/", &st, 0);
	PT(SYS_newfstatat, AT_FDCWD, link, &st, AT_SYMLINK_NOFOLLOW);
	PT(SYS_stat, "/dev/null", &st);
	PT(SYS_stat, "/nonexistent", &st);
	PT(SYS_stat, "/", NULL);
	PT(SYS_stat, "/", (void *)1);
	PT(SYS_fstat, -1, &st);

	PT(SYS_statx, AT_FDCWD, path1, 0, STATX_BASIC_STATS | STATX_BTIME, stx);
	PT(SYS_statx, AT_FDCWD, path2, AT_SYMLINK_NOFOLLOW, STATX_ALL, stx);
	PT(SYS_statx, AT_FDCWD, "/dev/null", 0, STATX_TYPE | STATX_MODE, stx);
	PT(SYS_statx, fd, "", AT_EMPTY_PATH, STATX_SIZE, stx);
	PT(SYS_statx, AT_FDCWD, "/nonexistent", 0, STATX_ALL, stx);
	PT(SYS_statx, AT_FDCWD, "/", 0, STATX_ALL, NULL);

	PT(SYS_statfs, "/", &sfs);
	PT(SYS_statfs, "/proc", &sfs);
	PT(SYS_statfs, "/dev", &sfs);
	PT(SYS_fstatfs, fd, &sfs);
	PT(SYS_statfs, "/nonexistent", &sfs);
	PT(SYS_fstatfs, fd, (void *)1);
	close(fd);
	unlink(path1);
	unlink(path2);
	unlink(link);
	rmdir(dir);
	return pt_end();
}
