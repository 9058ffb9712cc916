/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sockdiag.h - strace -yy's text for a socket descriptor, asked of the
 * kernel's sock_diag netlink interface as strace does (its
 * socketutils.c): "TCP:[127.0.0.1:41000->127.0.0.1:80]",
 * "TCPv6:[[::1]:80]", "UNIX-STREAM:[2191306->2191307]",
 * "UNIX-STREAM:[2191308,\"/run/x.sock\"]"; a socket sock_diag does not
 * report (unbound, a family it does not serve): "PROTO:[inode]".
 */
#ifndef KSTRACE_CLI_SOCKDIAG_H
#define KSTRACE_CLI_SOCKDIAG_H

#include <stddef.h>
#include <sys/types.h>

/*
 * sockdiag_describe - the text for socket inode ino whose protocol name
 * (the "system.sockprotoname" attribute of its /proc fd link) is proto,
 * into buf; buf, or NULL if it does not fit or strace does not describe
 * that protocol (-y's "socket:[inode]" stays).
 */
const char *sockdiag_describe(const char *proto, unsigned long ino, char *buf,
			      size_t len);

/*
 * sockdiag_fd - the text for descriptor fd of process pid, through
 * /proc/PID/fd/FD (racy as -y is: read now); NULL when fd is no socket
 * or one strace does not describe.
 */
const char *sockdiag_fd(pid_t pid, int fd, char *buf, size_t len);

#endif /* KSTRACE_CLI_SOCKDIAG_H */
