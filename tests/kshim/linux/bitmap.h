/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel's bitmap helpers that control.c uses, from
 * include/linux/bitmap.h and bitops.h; bitmap_parselist() and
 * __bitmap_set() are in shim/lib.c.
 */
#ifndef _SHIM_LINUX_BITMAP_H
#define _SHIM_LINUX_BITMAP_H

#include <linux/kernel.h>
#include <linux/string.h>

#define BITS_PER_BYTE		8
#define BITS_PER_LONG		(sizeof(long) * BITS_PER_BYTE)
#define BIT_WORD(nr)		((nr) / BITS_PER_LONG)
#define BITS_TO_LONGS(nr)	(((nr) + BITS_PER_LONG - 1) / BITS_PER_LONG)
#define DECLARE_BITMAP(name, bits) \
	unsigned long name[BITS_TO_LONGS(bits)]

#define BITMAP_FIRST_WORD_MASK(start) (~0UL << ((start) & (BITS_PER_LONG - 1)))
#define BITMAP_LAST_WORD_MASK(nbits) (~0UL >> (-(nbits) & (BITS_PER_LONG - 1)))

#define bitmap_size(nbits)	(ALIGN(nbits, BITS_PER_LONG) / BITS_PER_BYTE)

/* One word, known at build time: the kernel then stores instead of memset. */
#define small_const_nbits(nbits) \
	(__builtin_constant_p(nbits) && (nbits) <= BITS_PER_LONG && (nbits) > 0)

/* Like the kernel's, these write whole words, tail bits included. */
static inline void bitmap_zero(unsigned long *dst, unsigned int nbits)
{
	unsigned int len = bitmap_size(nbits);

	if (small_const_nbits(nbits))
		*dst = 0;
	else
		memset(dst, 0, len);
}

static inline void bitmap_fill(unsigned long *dst, unsigned int nbits)
{
	unsigned int len = bitmap_size(nbits);

	if (small_const_nbits(nbits))
		*dst = ~0UL;
	else
		memset(dst, 0xff, len);
}

void __bitmap_set(unsigned long *map, unsigned int start, int len);

/* The kernel's constant-argument shortcuts set the same bits. */
static inline void bitmap_set(unsigned long *map, unsigned int start,
			      unsigned int nbits)
{
	__bitmap_set(map, start, nbits);
}

static inline bool test_bit(unsigned long nr, const unsigned long *addr)
{
	return 1UL & (addr[BIT_WORD(nr)] >> (nr & (BITS_PER_LONG - 1)));
}

int bitmap_parselist(const char *buf, unsigned long *maskp, int nmaskbits);

#endif /* _SHIM_LINUX_BITMAP_H */
