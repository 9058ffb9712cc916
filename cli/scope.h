/* SPDX-License-Identifier: GPL-2.0 */
/*
 * scope.h - --all and --cgroup: what is checked before a session that
 * traces beyond its targets starts, and the names of cgroups.
 */
#ifndef KSTRACE_CLI_SCOPE_H
#define KSTRACE_CLI_SCOPE_H

#include <stddef.h>
#include <stdint.h>

#include "options.h"

/* Room for a cgroup's path as a label. */
#define PATH_MAX_LABEL	512

/*
 * scope_check - the checks that need the system, before anything starts:
 * root for --all and --cgroup, a cgroup v2 directory, a --metrics file
 * that can be written. Prints one line naming the problem and the fix;
 * returns -1 then.
 */
int scope_check(const struct opts *o);

/* cgroup_open - --cgroup PATH's directory, for the "cgroup FD" command. */
int cgroup_open(const char *path);

/* cgroup_path_of - cgroup id (its directory's inode) as a path under the
 * cgroup2 mount ("/system.slice"), or "id N" when not found.
 */
void cgroup_path_of(uint64_t id, char *buf, size_t len);

#endif /* KSTRACE_CLI_SCOPE_H */
