/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The parts of the kernel's <linux/kernel.h> (and what it pulls in:
 * kstrtox.h, minmax.h, err.h, compiler.h) that control.c and the shim
 * library use.
 */
#ifndef _SHIM_LINUX_KERNEL_H
#define _SHIM_LINUX_KERNEL_H

#include <stdarg.h>
#include <linux/types.h>
#include <linux/limits.h>

/* lib/vsprintf.c's: the test program provides it where it is needed. */
int vscnprintf(char *buf, size_t size, const char *fmt, va_list args);

#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)

/* The kernel's also rejects pointers at build time; so does clang here. */
#define __must_be_array(a) \
	(sizeof(char[1 - 2 * __builtin_types_compatible_p(typeof(a), typeof(&(a)[0]))]) - 1)
#define ARRAY_SIZE(arr)	(sizeof(arr) / sizeof((arr)[0]) + __must_be_array(arr))

#define min(x, y) ({			\
	typeof(x) _min1 = (x);		\
	typeof(y) _min2 = (y);		\
	(void)(&_min1 == &_min2);	\
	_min1 < _min2 ? _min1 : _min2; })

#define max(x, y) ({			\
	typeof(x) _max1 = (x);		\
	typeof(y) _max2 = (y);		\
	(void)(&_max1 == &_max2);	\
	_max1 > _max2 ? _max1 : _max2; })

#define min3(x, y, z)		min((typeof(x))min(x, y), z)
#define min_t(type, x, y)	({ type _x = (x); type _y = (y); _x < _y ? _x : _y; })
#define DIV_ROUND_UP(n, d)	(((n) + (d) - 1) / (d))
#define BIT(nr)			(1UL << (nr))
#ifndef SIZE_MAX
#define SIZE_MAX		(~(size_t)0)
#endif
#define U64_MAX			(~(u64)0)

#define __ALIGN_MASK(x, mask)	(((x) + (mask)) & ~(mask))
#define ALIGN(x, a)		__ALIGN_MASK(x, (typeof(x))(a) - 1)

/* linux/err.h */
#define MAX_ERRNO	4095
#define IS_ERR_VALUE(x)	unlikely((unsigned long)(void *)(x) >= (unsigned long)-MAX_ERRNO)

static inline void *ERR_PTR(long error)
{
	return (void *)error;
}

static inline long PTR_ERR(const void *ptr)
{
	return (long)ptr;
}

static inline bool IS_ERR(const void *ptr)
{
	return IS_ERR_VALUE((unsigned long)ptr);
}

/* linux/kstrtox.h, as in the kernel (shim/lib.c has the functions). */
int __must_check _kstrtoul(const char *s, unsigned int base, unsigned long *res);
int __must_check kstrtoull(const char *s, unsigned int base, unsigned long long *res);

static inline int __must_check kstrtoul(const char *s, unsigned int base, unsigned long *res)
{
	/*
	 * We want to shortcut function call, but
	 * __builtin_types_compatible_p(unsigned long, unsigned long long) = 0.
	 */
	if (sizeof(unsigned long) == sizeof(unsigned long long) &&
	    __alignof__(unsigned long) == __alignof__(unsigned long long))
		return kstrtoull(s, base, (unsigned long long *)res);
	else
		return _kstrtoul(s, base, res);
}

#endif /* _SHIM_LINUX_KERNEL_H */
