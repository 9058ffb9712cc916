// SPDX-License-Identifier: GPL-2.0
/*
 * sockdiag_test.c - -yy's socket descriptions (sockdiag.c) against strace
 * 6.1's: a child opens loopback sockets (TCP and TCPv6 listening,
 * connected and accepted; UDP connected and unbound; UNIX stream pairs,
 * a named listener, an abstract one, an unbound datagram socket; netlink
 * bound and unbound; with CAP_NET_RAW, raw and packet sockets),
 * makes a fcntl(fd, F_GETFD) on each under `strace -yy` and prints the fd
 * as decode_fd() does with -yy (sockdiag.c's text, or -y's path); line by
 * line, each must equal what strace printed in that call's
 * "fcntl(3<TCP:[...]>, F_GETFD)". Prints "ok"/"not ok" lines.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "../decode.h"

#define MAX_FDS		32

static int fds[MAX_FDS], nfds;

static int add(int fd)
{
	if (fd < 0 || nfds == MAX_FDS) {
		perror("sockdiag_test: socket");
		exit(2);
	}
	fds[nfds++] = fd;
	return fd;
}

/* A listener on family's loopback, a client connected to it, the accepted one. */
static void tcp_trio(int family)
{
	struct sockaddr_storage ss = { .ss_family = family };
	struct sockaddr_in *a = (struct sockaddr_in *)&ss;
	struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)&ss;
	socklen_t len = family == AF_INET ? sizeof(*a) : sizeof(*a6);
	int l, c;

	if (family == AF_INET)
		a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	else
		a6->sin6_addr = in6addr_loopback;
	l = add(socket(family, SOCK_STREAM, 0));
	if (bind(l, (struct sockaddr *)&ss, len) || listen(l, 4) ||
	    getsockname(l, (struct sockaddr *)&ss, &len))
		exit(2);
	c = add(socket(family, SOCK_STREAM, 0));
	if (connect(c, (struct sockaddr *)&ss, len))
		exit(2);
	add(accept(l, NULL, NULL));
	/* a datagram socket connected to the same address */
	c = add(socket(family, SOCK_DGRAM, 0));
	if (connect(c, (struct sockaddr *)&ss, len))
		exit(2);
	add(socket(family, SOCK_DGRAM, 0));	/* unbound: not in sock_diag */
}

static void unix_sockets(void)
{
	struct sockaddr_un un = { .sun_family = AF_UNIX };
	socklen_t len;
	int sv[2], l;

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv))
		exit(2);
	add(sv[0]);
	add(sv[1]);
	snprintf(un.sun_path, sizeof(un.sun_path), "/tmp/kstrace-sockdiag-%d", (int)getpid());
	unlink(un.sun_path);
	l = add(socket(AF_UNIX, SOCK_STREAM, 0));
	if (bind(l, (struct sockaddr *)&un, sizeof(un)) || listen(l, 1))
		exit(2);
	unlink(un.sun_path);
	/* an abstract name: a NUL, then the name, as long as len says */
	len = offsetof(struct sockaddr_un, sun_path) + 1 +
	      snprintf(un.sun_path + 1, sizeof(un.sun_path) - 1, "kstrace-%d", (int)getpid());
	un.sun_path[0] = '\0';
	l = add(socket(AF_UNIX, SOCK_DGRAM, 0));
	if (bind(l, (struct sockaddr *)&un, len))
		exit(2);
	add(socket(AF_UNIX, SOCK_DGRAM, 0));
}

static void other_sockets(void)
{
	struct sockaddr_nl nl = { .nl_family = AF_NETLINK };
	int s;

	s = add(socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE));
	if (bind(s, (struct sockaddr *)&nl, sizeof(nl)))
		exit(2);
	add(socket(AF_NETLINK, SOCK_RAW, NETLINK_KOBJECT_UEVENT));
	/* without CAP_NET_RAW these fail: left out */
	s = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
	if (s >= 0)
		add(s);
	s = socket(AF_PACKET, SOCK_DGRAM, 0);
	if (s >= 0)
		add(s);
}

static struct dctx ctx;

/* The marker strace describes fd in, then fd as decode_fd() prints it. */
static void show(int fd)
{
	struct sbuf b = SBUF_INIT;

	fcntl(fd, F_GETFD);
	decode_fd(&b, &ctx, fd);
	printf("%s\n", sb_str(&b));
	sb_free(&b);
}

/*
 * A UDP socket described when bound, then connected: strace prints what
 * it first learnt of the inode again (its cache), and so must kstrace.
 */
static void udp_cached(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	int u = socket(AF_INET, SOCK_DGRAM, 0);

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (u < 0 || bind(u, (struct sockaddr *)&a, sizeof(a)))
		exit(2);
	show(u);
	a.sin_port = htons(9);
	if (connect(u, (struct sockaddr *)&a, sizeof(a)))
		exit(2);
	show(u);
}

static int child(void)
{
	int i;

	ctx = (struct dctx){
		.pid = getpid(), .tgid = getpid(), .decode_fds = true, .decode_socks = true,
	};
	tcp_trio(AF_INET);
	tcp_trio(AF_INET6);
	unix_sockets();
	other_sockets();
	for (i = 0; i < nfds; i++)
		show(fds[i]);
	udp_cached();
	return 0;
}

/* The next "fcntl(3<...>, F_GETFD) = 0" of strace's: "3<...>", or NULL. */
static const char *strace_next(FILE *f, char *line, size_t len)
{
	char *end;

	while (fgets(line, len, f)) {
		end = strstr(line, ">, F_GETFD)");
		if (strncmp(line, "fcntl(", 6) || !end)
			continue;
		end[1] = '\0';
		return line + strlen("fcntl(");
	}
	return NULL;
}

int main(int argc, char **argv)
{
	char cmd[512], out[] = "/tmp/kstrace-sockdiag-XXXXXX", line[512], st[512];
	const char *want;
	int failures = 0, fd, n = 0;
	FILE *p, *f;

	if (argc > 1 && !strcmp(argv[1], "--child"))
		return child();
	if (system("strace -o /dev/null true 2>/dev/null") != 0) {
		printf("ok - sockdiag against strace -yy # SKIP no strace, or no ptrace\n");
		return 0;
	}
	fd = mkstemp(out);
	if (fd < 0)
		return 1;
	close(fd);
	snprintf(cmd, sizeof(cmd), "strace -yy -qq -e trace=fcntl -o %s /proc/%d/exe --child",
		 out, (int)getpid());
	p = popen(cmd, "r");
	if (!p)
		return 1;
	f = fopen(out, "r");
	while (f && fgets(line, sizeof(line), p)) {
		line[strcspn(line, "\n")] = '\0';
		want = strace_next(f, st, sizeof(st));
		n++;
		if (want && !strcmp(line, want)) {
			printf("ok - -yy: %s\n", line);
		} else {
			failures++;
			printf("not ok - -yy: call %d\n#   got:  %s\n#   want: %s\n", n, line,
			       want ? want : "(no line of strace's)");
		}
	}
	if (pclose(p) != 0 || n < 10) {
		failures++;
		printf("not ok - the child under strace -yy made its %d sockets\n", n);
	}
	if (f)
		fclose(f);
	unlink(out);
	return failures ? 1 : 0;
}
