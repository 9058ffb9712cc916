// opts: | -X raw | -X verbose
// SPDX-License-Identifier: GPL-2.0
/*
 * t-fanotify.c - fanotify_init's class and FAN_* flags, its event_f_flags
 * as open flags; fanotify_mark's mark flags, event mask, dirfd (FAN_NOFD,
 * AT_FDCWD) and path. Not -y: the name of a fanotify descriptor
 * (anon_inode:[fanotify]) is the module's FDNAME capture, which the host
 * recorder does not make.
 */
#include "ptest.h"

#include <sys/fanotify.h>

#define BAD	((void *)1)

int main(int argc, char **argv)
{
	long fd;

	pt_begin(argc, argv);
	fd = PT(SYS_fanotify_init, FAN_CLASS_NOTIF | FAN_CLOEXEC | FAN_NONBLOCK,
		O_RDONLY | O_LARGEFILE);
	PT(SYS_fanotify_init, FAN_CLASS_CONTENT, O_RDWR | O_CLOEXEC);
	PT(SYS_fanotify_init, FAN_CLASS_PRE_CONTENT | FAN_UNLIMITED_QUEUE |
	   FAN_UNLIMITED_MARKS | FAN_ENABLE_AUDIT, O_WRONLY);
	PT(SYS_fanotify_init, FAN_REPORT_FID | FAN_REPORT_DIR_FID | FAN_REPORT_NAME,
	   O_RDONLY);
	PT(SYS_fanotify_init, FAN_REPORT_PIDFD | FAN_REPORT_TID | 0x1000, 0);
	PT(SYS_fanotify_init, 0xc | 0x80000000, O_RDONLY);
	PT(SYS_fanotify_init, 0x10000000, 0x123456);
	PT(SYS_fanotify_mark, fd, FAN_MARK_ADD, FAN_OPEN | FAN_CLOSE_WRITE | FAN_ONDIR,
	   AT_FDCWD, "/tmp");
	PT(SYS_fanotify_mark, fd, FAN_MARK_ADD | FAN_MARK_ONLYDIR | FAN_MARK_DONT_FOLLOW,
	   FAN_CLOSE | FAN_MOVE | FAN_EVENT_ON_CHILD, AT_FDCWD, "/");
	PT(SYS_fanotify_mark, fd, FAN_MARK_REMOVE, FAN_ACCESS, -1, "/");
	PT(SYS_fanotify_mark, fd, FAN_MARK_FLUSH, 0, -1, NULL);
	PT(SYS_fanotify_mark, fd, FAN_MARK_ADD | FAN_MARK_MOUNT, FAN_MODIFY, 0, "/nonexistent");
	PT(SYS_fanotify_mark, fd, FAN_MARK_ADD | FAN_MARK_FILESYSTEM | 0x200 | 0x400 | 0x10000,
	   0xffffffffffffffffULL, fd, BAD);
	PT(SYS_fanotify_mark, fd, FAN_MARK_ADD | FAN_MARK_IGNORED_MASK |
	   FAN_MARK_IGNORED_SURV_MODIFY, FAN_OPEN_PERM | FAN_ACCESS_PERM |
	   FAN_OPEN_EXEC | FAN_OPEN_EXEC_PERM | FAN_Q_OVERFLOW | 0x8000 |
	   FAN_ATTRIB | FAN_CREATE | FAN_DELETE | FAN_DELETE_SELF | FAN_MOVE_SELF |
	   0x10000000, AT_FDCWD, "");
	PT(SYS_fanotify_mark, -1, 0, 0, 5, "x");
	PT(SYS_fanotify_mark, fd, 0x80000000, 0x100000000ULL, -100, "/");
	PT(SYS_close, fd);
	return pt_end();
}
