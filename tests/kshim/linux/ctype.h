/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel's <linux/ctype.h>, copied: it is not the C library's. Its
 * table (_ctype[], shim/lib.c) is Latin-1, so isalnum() is true for the
 * bytes 0xc0-0xff but 0xd7 and 0xf7, whatever the locale, and it takes
 * no EOF.
 */
#ifndef _SHIM_LINUX_CTYPE_H
#define _SHIM_LINUX_CTYPE_H

#define _U	0x01	/* upper */
#define _L	0x02	/* lower */
#define _D	0x04	/* digit */
#define _C	0x08	/* cntrl */
#define _P	0x10	/* punct */
#define _S	0x20	/* white space (space/lf/tab) */
#define _X	0x40	/* hex digit */
#define _SP	0x80	/* hard space (0x20) */

extern const unsigned char _ctype[];

#define __ismask(x) (_ctype[(int)(unsigned char)(x)])

#define isalnum(c)	((__ismask(c)&(_U|_L|_D)) != 0)
#define isalpha(c)	((__ismask(c)&(_U|_L)) != 0)
#define iscntrl(c)	((__ismask(c)&(_C)) != 0)
#define isgraph(c)	((__ismask(c)&(_P|_U|_L|_D)) != 0)
#define islower(c)	((__ismask(c)&(_L)) != 0)
#define isprint(c)	((__ismask(c)&(_P|_U|_L|_D|_SP)) != 0)
#define ispunct(c)	((__ismask(c)&(_P)) != 0)
/* Note: isspace() must return false for %NUL-terminator */
#define isspace(c)	((__ismask(c)&(_S)) != 0)
#define isupper(c)	((__ismask(c)&(_U)) != 0)
#define isxdigit(c)	((__ismask(c)&(_D|_X)) != 0)
#define isascii(c)	(((unsigned char)(c)) <= 0x7f)

/* The kernel uses __builtin_isdigit when the compiler has it: same result. */
static inline int isdigit(int c)
{
	return '0' <= c && c <= '9';
}

static inline unsigned char __tolower(unsigned char c)
{
	if (isupper(c))
		c -= 'A' - 'a';
	return c;
}

#define tolower(c) __tolower(c)

/* Fast tolower() for internal use (kstrtox.c): only right for letters. */
static inline char _tolower(const char c)
{
	return c | 0x20;
}

#endif /* _SHIM_LINUX_CTYPE_H */
