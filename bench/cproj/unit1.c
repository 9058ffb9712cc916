/* SPDX-License-Identifier: GPL-2.0 */
/* A unit of the benchmark's small C project: something for gcc to chew. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

struct item1 { int key; double weight; char name[32]; };

static int cmp1(const void *a, const void *b)
{
	const struct item1 *x = a, *y = b;

	return (x->key > y->key) - (x->key < y->key);
}

double work1(int n)
{
	struct item1 *v = calloc(n, sizeof(*v));
	double sum = 0;
	int i;

	for (i = 0; i < n; i++) {
		v[i].key = (i * 7919) % n;
		v[i].weight = i / 3.0;
		snprintf(v[i].name, sizeof(v[i].name), "item-%d", i);
	}
	qsort(v, n, sizeof(*v), cmp1);
	for (i = 0; i < n; i++)
		sum += v[i].weight * strlen(v[i].name);
	free(v);
	return sum;
}
