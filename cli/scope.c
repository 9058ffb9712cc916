// SPDX-License-Identifier: GPL-2.0
/*
 * scope.c - the checks of --all, --cgroup and --metrics, made before a
 * session exists or a command runs, so that a run that cannot work stops
 * with a sentence saying why instead of a module errno; and cgroup ids
 * turned back into paths for tables and metrics.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <inttypes.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "scope.h"

#ifndef CGROUP2_SUPER_MAGIC
#define CGROUP2_SUPER_MAGIC	0x63677270
#endif
/* CAP_SYS_ADMIN's bit in /proc/self/status's CapEff */
#define CAP_SYS_ADMIN_BIT	21

#define CGROUP2_DEFAULT		"/sys/fs/cgroup"

/* has_sys_admin - the capability the module asks of scopes. */
static bool has_sys_admin(void)
{
	unsigned long long caps = 0;
	char line[256];
	FILE *f;

	if (geteuid() == 0)
		return true;
	f = fopen("/proc/self/status", "re");
	if (!f)
		return false;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "CapEff: %llx", &caps) == 1)
			break;
	fclose(f);
	return caps & (1ULL << CAP_SYS_ADMIN_BIT);
}

static int check_cgroup(const char *path)
{
	struct statfs sfs;
	struct stat st;

	if (stat(path, &st)) {
		fprintf(stderr, "kstrace: --cgroup %s: %s; give a cgroup v2 directory (e.g. /sys/fs/cgroup/system.slice)\n",
			path, strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode) || statfs(path, &sfs) ||
	    (unsigned long)sfs.f_type != CGROUP2_SUPER_MAGIC) {
		fprintf(stderr, "kstrace: --cgroup %s: not a cgroup v2 directory; give a directory under the cgroup2 mount (e.g. /sys/fs/cgroup/system.slice)\n",
			path);
		return -1;
	}
	return 0;
}

/*
 * check_metrics - the file is replaced by a rename in its directory, so
 * that directory must take a new file: try one now.
 */
static int check_metrics(const char *file)
{
	char *copy = strdup(file), *dir, tmp[4096];
	int fd;

	if (!copy) {
		fputs("kstrace: out of memory\n", stderr);
		return -1;
	}
	dir = dirname(copy);
	snprintf(tmp, sizeof(tmp), "%s/.kstrace-check.XXXXXX", dir);
	fd = mkstemp(tmp);
	if (fd < 0) {
		fprintf(stderr, "kstrace: --metrics %s: cannot create files in %s (%s); give a path in a writable directory, such as node-exporter's textfile directory\n",
			file, dir, strerror(errno));
		free(copy);
		return -1;
	}
	close(fd);
	unlink(tmp);
	free(copy);
	return 0;
}

int scope_check(const struct opts *o)
{
	if ((o->all || o->cgroup) && !has_sys_admin()) {
		fprintf(stderr, "kstrace: %s traces other users' processes and needs root (CAP_SYS_ADMIN); run it with sudo\n",
			o->all ? "--all" : "--cgroup");
		return -1;
	}
	if (o->cgroup && check_cgroup(o->cgroup))
		return -1;
	if (o->metrics && check_metrics(o->metrics))
		return -1;
	return 0;
}

int cgroup_open(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd < 0)
		fprintf(stderr, "kstrace: --cgroup %s: %s\n", path,
			strerror(errno));
	return fd;
}

/* cgroup2_mount - where cgroup2 is mounted, from mountinfo. */
static void cgroup2_mount(char *buf, size_t len)
{
	char line[4096], mnt[4096], *dash;
	FILE *f = fopen("/proc/self/mountinfo", "re");

	snprintf(buf, len, "%s", CGROUP2_DEFAULT);
	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		dash = strstr(line, " - cgroup2 ");
		if (dash && sscanf(line, "%*s %*s %*s %*s %4095s", mnt) == 1) {
			snprintf(buf, len, "%s", mnt);
			break;
		}
	}
	fclose(f);
}

static uint64_t want_ino;
static char found[PATH_MAX_LABEL];

static int visit(const char *path, const struct stat *st, int type,
		 struct FTW *ftw)
{
	(void)ftw;
	if (type != FTW_D || (uint64_t)st->st_ino != want_ino)
		return 0;
	snprintf(found, sizeof(found), "%s", path);
	return 1;
}

/*
 * A cgroup v2 id is its directory's inode number in cgroupfs (kernfs ids,
 * 64-bit), so a walk of the mount finds it; the answers are kept, a walk
 * costs one stat per cgroup.
 */
void cgroup_path_of(uint64_t id, char *buf, size_t len)
{
	static struct { uint64_t id; char path[PATH_MAX_LABEL]; } cache[64];
	static size_t ncache;
	char mnt[4096];
	size_t i, ml;

	for (i = 0; i < ncache; i++) {
		if (cache[i].id == id) {
			snprintf(buf, len, "%s", cache[i].path);
			return;
		}
	}
	cgroup2_mount(mnt, sizeof(mnt));
	want_ino = id;
	found[0] = '\0';
	if (nftw(mnt, visit, 16, FTW_PHYS | FTW_MOUNT) == 1) {
		ml = strlen(mnt);
		snprintf(buf, len, "%s", found[ml] ? found + ml : "/");
	} else {
		snprintf(buf, len, "id %" PRIu64, id);
	}
	if (ncache < sizeof(cache) / sizeof(cache[0])) {
		cache[ncache].id = id;
		snprintf(cache[ncache++].path, sizeof(cache[0].path), "%s", buf);
	}
}
