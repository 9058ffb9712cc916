// opts: | -v
// SPDX-License-Identifier: GPL-2.0
/*
 * t-term.c - ioctl's terminal commands (term_ioctl() of strace 6.1,
 * print-file.c, decode.c's sp_ioctl()) on a pseudo-terminal: termios and
 * winsize read (at exit) and set (at entry), ints, modem lines, commands
 * with a plain argument or none, an unknown one; failures (not a
 * terminal), NULL and bad pointers.
 */
#include "ptest.h"

#include <asm/termbits.h>	/* struct termios2, termio; not with <termios.h> */
#include <stdio.h>
#include <sys/ioctl.h>

#define B57600_IN	(B57600 << IBSHIFT)

int main(int argc, char **argv)
{
	struct termios tio;		/* the kernel's */
	struct termios2 tio2;
	struct termio old;
	struct winsize ws = { .ws_row = 24, .ws_col = 80 }, wq;
	int one = 1, zero = 0, n, pty, ptm, null, pfd[2];
	unsigned int lines = TIOCM_DTR | TIOCM_RTS | 0x10000;
	char path[64], c = 'x';

	ptm = open("/dev/ptmx", O_RDWR | O_NOCTTY);
	null = open("/dev/null", O_RDWR);
	if (ptm < 0 || null < 0 || pipe(pfd))
		rec_die("/dev/ptmx");
	write(pfd[1], "abc", 3);

	pt_begin(argc, argv);
	PT(SYS_ioctl, ptm, TIOCSPTLCK, &zero);
	PT(SYS_ioctl, ptm, TIOCGPTN, &n);
	snprintf(path, sizeof(path), "/dev/pts/%d", n);
	pty = open(path, O_RDWR | O_NOCTTY);
	if (pty < 0)
		rec_die("%s", path);
	PT(SYS_ioctl, pty, TCGETS, &tio);
	PT(SYS_ioctl, pty, TCSETS, &tio);
	tio.c_cflag = (tio.c_cflag & ~(CBAUD | CSIZE)) | B9600 | CS7 | PARENB | CRTSCTS;
	tio.c_cflag |= B57600_IN;
	tio.c_oflag |= TAB3 | CR2 | NL1 | OLCUC;
	tio.c_iflag = 0;
	tio.c_lflag = 0;
	tio.c_cc[VMIN] = 0;
	tio.c_cc[VTIME] = 5;
	PT(SYS_ioctl, pty, TCSETSW, &tio);
	PT(SYS_ioctl, pty, TCGETS, &tio);
	tio.c_line = 42;
	PT(SYS_ioctl, pty, TCSETSF, &tio);
	PT(SYS_ioctl, pty, TIOCGLCKTRMIOS, &tio);
	PT(SYS_ioctl, pty, TIOCSWINSZ, &ws);
	PT(SYS_ioctl, pty, TIOCGWINSZ, &wq);
	PT(SYS_ioctl, null, TCGETS, &tio);
	PT(SYS_ioctl, null, TIOCGWINSZ, &wq);
	PT(SYS_ioctl, null, TCSETS, &tio);
	PT(SYS_ioctl, pty, TCGETS, NULL);
	PT(SYS_ioctl, pty, TCSETS, (void *)1);
	PT(SYS_ioctl, pty, TIOCGWINSZ, (void *)1);

	PT(SYS_ioctl, pfd[0], FIONREAD, &n);
	PT(SYS_ioctl, pfd[0], FIONBIO, &one);
	PT(SYS_ioctl, pfd[0], FIONBIO, &zero);
	PT(SYS_ioctl, pfd[0], FIOASYNC, &zero);
	PT(SYS_ioctl, pty, TIOCOUTQ, &n);
	PT(SYS_ioctl, pty, TIOCGPGRP, &n);
	PT(SYS_ioctl, pty, TIOCGSID, &n);
	PT(SYS_ioctl, pty, TIOCGETD, &n);
	PT(SYS_ioctl, pty, TIOCSETD, &zero);
	PT(SYS_ioctl, pty, TIOCGSOFTCAR, &n);
	PT(SYS_ioctl, pty, TIOCSSOFTCAR, &zero);
	PT(SYS_ioctl, pty, TIOCGEXCL, &n);
	PT(SYS_ioctl, pty, TIOCGDEV, &n);
	PT(SYS_ioctl, ptm, TIOCPKT, &zero);
	PT(SYS_ioctl, pty, TIOCMGET, &n);
	PT(SYS_ioctl, pty, TIOCMBIS, &lines);
	PT(SYS_ioctl, pty, TIOCMBIC, &lines);
	PT(SYS_ioctl, pty, TIOCMSET, &zero);
	PT(SYS_ioctl, pty, TIOCSTI, &c);
	PT(SYS_ioctl, pty, TIOCSTI, (void *)1);
	PT(SYS_ioctl, null, FIONREAD, &n);
	PT(SYS_ioctl, pty, FIONREAD, NULL);

	PT(SYS_ioctl, pty, TCXONC, TCOON);
	PT(SYS_ioctl, pty, TCXONC, 9);
	PT(SYS_ioctl, pty, TCFLSH, TCIOFLUSH);
	PT(SYS_ioctl, pty, TCSBRK, 1);
	PT(SYS_ioctl, pty, TCSBRKP, -1);
	PT(SYS_ioctl, pty, TIOCSCTTY, 0);
	PT(SYS_ioctl, pty, TIOCNOTTY);
	PT(SYS_ioctl, pty, TIOCEXCL);
	PT(SYS_ioctl, pty, TIOCNXCL);
	PT(SYS_ioctl, pty, FIOCLEX);
	PT(SYS_ioctl, pty, FIONCLEX);
	PT(SYS_ioctl, pty, 0x54ff, 0x1234);
	PT(SYS_ioctl, pty, 0x54ff, 0);
	PT(SYS_ioctl, pty, TCGETA, &old);
	PT(SYS_ioctl, pty, TCSETA, &old);
	old.c_lflag = ECHO | ICANON;
	PT(SYS_ioctl, pty, TCSETAW, &old);
	PT(SYS_ioctl, pty, TCSETAF, &old);
	PT(SYS_ioctl, null, TCGETA, &old);
	PT(SYS_ioctl, pty, TCGETS2, &tio2);
	tio2.c_cflag = (tio2.c_cflag & ~CBAUD) | BOTHER;
	tio2.c_ospeed = 12345;
	PT(SYS_ioctl, pty, TCSETS2, &tio2);
	PT(SYS_ioctl, pty, TCSETSW2, &tio2);
	PT(SYS_ioctl, pty, TCSETSF2, &tio2);
	PT(SYS_ioctl, pty, TCGETS2, &tio2);
	PT(SYS_ioctl, pty, TCGETS2, NULL);
	PT(SYS_ioctl, pty, TIOCGSERIAL, 0);
	PT(SYS_ioctl, pty, TIOCSSERIAL, 0);
	PT(SYS_ioctl, pty, TIOCGICOUNT, 0);
	close(pty);
	close(ptm);
	return pt_end();
}
