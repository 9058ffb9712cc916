// opts: | -x | -xx | -s 4
// SPDX-License-Identifier: GPL-2.0
/*
 * t-filedata.c - the data of file calls that decode.c prints from BUF,
 * PATH and STR captures: read and write, readlink, readlinkat, getcwd,
 * the extended attribute calls' names, values and lists, getrandom.
 * Quoting (-x, -xx), cutting at -s, empty results, failures, NULL and
 * bad pointers.
 */
#include "ptest.h"

#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <sys/xattr.h>

int main(int argc, char **argv)
{
	char dir[] = "/tmp/kst-fdataXXXXXX";
	char file[300], link[300], buf[256];
	static const char bin[] = "a\0b\tc\x7f\xff\n";
	int fd, dfd;

	if (!mkdtemp(dir))
		rec_die("mkdtemp");
	snprintf(file, sizeof(file), "%s/file", dir);
	snprintf(link, sizeof(link), "%s/link", dir);
	if (symlink("a target\twith a tab", link))
		rec_die("symlink");
	fd = open(file, O_RDWR | O_CREAT, 0600);
	dfd = open(dir, O_RDONLY | O_DIRECTORY);

	pt_begin(argc, argv);
	PT(SYS_write, fd, "hello, world\n", 13);
	PT(SYS_write, fd, bin, sizeof(bin) - 1);
	PT(SYS_write, fd, "", 0);
	PT(SYS_write, -1, "x", 1);
	PT(SYS_write, fd, NULL, 1);
	PT(SYS_pwrite64, fd, "0123456789abcdefghijklmnopqrstuvwxyz0123456789", 46, 100);
	lseek(fd, 0, SEEK_SET);
	PT(SYS_read, fd, buf, 5);
	PT(SYS_read, fd, buf, sizeof(buf));
	PT(SYS_read, fd, buf, sizeof(buf));		/* the end: 0 */
	PT(SYS_pread64, fd, buf, 40, 100);
	PT(SYS_read, -1, buf, 5);
	PT(SYS_read, fd, (void *)1, 5);

	PT(SYS_readlink, link, buf, sizeof(buf));
	PT(SYS_readlink, link, buf, 3);
	PT(SYS_readlinkat, dfd, "link", buf, sizeof(buf));
	PT(SYS_readlink, file, buf, sizeof(buf));	/* EINVAL */
	PT(SYS_readlink, link, NULL, sizeof(buf));
	PT(SYS_getcwd, buf, sizeof(buf));
	PT(SYS_getcwd, buf, 1);
	PT(SYS_getcwd, NULL, sizeof(buf));

	PT(SYS_setxattr, file, "user.kst", "value\0", 6, 0);
	PT(SYS_setxattr, file, "user.bin", bin, sizeof(bin) - 1, XATTR_CREATE);
	PT(SYS_setxattr, file, "user.a-rather-long-attribute-name-past-strsize", "x", 1, 0);
	PT(SYS_setxattr, file, "user.abc", "abc\0", 4, 0);
	PT(SYS_setxattr, file, "user.big", buf, 70000, 0);	/* E2BIG */
	PT(SYS_lsetxattr, link, "user.kst", "v", 1, 0);		/* EPERM */
	PT(SYS_fsetxattr, fd, "user.empty", "", 0, XATTR_REPLACE);
	PT(SYS_getxattr, file, "user.kst", buf, sizeof(buf));
	PT(SYS_getxattr, file, "user.bin", buf, sizeof(buf));
	PT(SYS_getxattr, file, "user.abc", buf, sizeof(buf));
	PT(SYS_getxattr, file, "user.kst", buf, 0);
	PT(SYS_getxattr, file, "user.kst", NULL, 0);
	PT(SYS_getxattr, file, "user.nothing", buf, sizeof(buf));
	PT(SYS_getxattr, file, "user.kst", buf, 2);		/* ERANGE */
	PT(SYS_lgetxattr, file, "user.kst", buf, sizeof(buf));
	PT(SYS_fgetxattr, fd, "user.bin", buf, sizeof(buf));
	PT(SYS_listxattr, file, buf, sizeof(buf));
	PT(SYS_listxattr, file, NULL, 0);
	PT(SYS_llistxattr, file, buf, 1);			/* ERANGE */
	PT(SYS_flistxattr, fd, buf, sizeof(buf));
	PT(SYS_removexattr, file, "user.kst");
	PT(SYS_fremovexattr, fd, "user.nothing");
	PT(SYS_lremovexattr, link, "user.kst");

	PT(SYS_getrandom, buf, 8, 0);
	PT(SYS_getrandom, buf, 0, GRND_NONBLOCK);
	PT(SYS_getrandom, NULL, 8, 0);
	PT(SYS_getrandom, buf, 8, 0x100);
	close(fd);
	close(dfd);
	unlink(file);
	unlink(link);
	rmdir(dir);
	return pt_end();
}
