// SPDX-License-Identifier: GPL-2.0
/*
 * sysargs - prints include/kstrace/sysargs.h, the description of what
 * syscall arguments point to, for the tests' Python oracle
 * (tests/guest/lib/evcheck.py), so that it reads the very description the
 * module captures by instead of a copy of it.
 *
 * usage: sysargs
 * One line per capture rule: "NAME ARG WHEN KIND LEN N SEL MASK VAL"
 * (SEL -1 when the rule always applies); then one line per kind:
 * "kind KIND ELEM MAX".
 */
#include <stdio.h>

#include "../../include/uapi/linux/kstrace.h"

int main(void)
{
#define KS_TYPE(k, e, m)
#define KS_CAP_IF(sc, a, w, k, l, n, s, m, v) \
	printf("%s %d %s %s %s %d %d %#x %#x\n", #sc, a, #w, #k, #l, n, s, \
	       (unsigned int)(m), (unsigned int)(v));
#define KS_CAP(sc, a, w, k, l, n)	KS_CAP_IF(sc, a, w, k, l, n, -1, 0, 0)
#include "../../include/kstrace/sysargs.h"

#define KS_TYPE(k, e, m)	printf("kind %s %d %d\n", #k, e, m);
#define KS_CAP(sc, a, w, k, l, n)
#include "../../include/kstrace/sysargs.h"
	return 0;
}
