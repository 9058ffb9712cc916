// opts: | -X raw | -X verbose | -s 4
// SPDX-License-Identifier: GPL-2.0
/*
 * t-prctl.c - prctl, option by option as strace 6.1's prctl.c decodes
 * them: named arguments (capabilities, SUID_DUMP_*, SECBIT_*, PR_SPEC_*,
 * PR_SET_MM_*, PR_SCHED_CORE_*, ...), the values the GET options store
 * ([SIGCHLD], [0x7f...]) at exit, and their decoded return values; the
 * options x86 refuses still print their arguments.
 */
#include "ptest.h"

#include <linux/capability.h>
#include <linux/prctl.h>
#include <linux/securebits.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>

#define BAD	((void *)1)

static void caps(void)
{
	PT(SYS_prctl, PR_CAPBSET_READ, CAP_MAC_OVERRIDE, 0, BAD, BAD);
	PT(SYS_prctl, PR_CAPBSET_READ, CAP_CHOWN);
	PT(SYS_prctl, PR_CAPBSET_READ, CAP_CHECKPOINT_RESTORE);
	PT(SYS_prctl, PR_CAPBSET_READ, 0x30);
	PT(SYS_prctl, PR_CAPBSET_READ, 0x100000000ULL);
	PT(SYS_prctl, PR_CAPBSET_DROP, 0x30);
	PT(SYS_prctl, PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, CAP_SYS_ADMIN, 0, 0);
	PT(SYS_prctl, PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, 99, 1, 2);
	PT(SYS_prctl, PR_CAP_AMBIENT, PR_CAP_AMBIENT_LOWER, CAP_BPF, 0, 0);
	PT(SYS_prctl, PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
	PT(SYS_prctl, PR_CAP_AMBIENT, 9, 1, 2, 3);
}

static void gets(void)
{
	char name[16];
	int sig;
	uint64_t tid;

	PT(SYS_prctl, PR_GET_KEEPCAPS);
	PT(SYS_prctl, PR_GET_SECCOMP);
	PT(SYS_prctl, PR_GET_TIMERSLACK);
	PT(SYS_prctl, PR_GET_TIMING);
	PT(SYS_prctl, PR_GET_CHILD_SUBREAPER, &sig);
	PT(SYS_prctl, PR_GET_CHILD_SUBREAPER, NULL);
	PT(SYS_prctl, PR_GET_CHILD_SUBREAPER, BAD);
	PT(SYS_prctl, PR_GET_ENDIAN, &sig);
	PT(SYS_prctl, PR_GET_FPEMU, &sig);
	PT(SYS_prctl, PR_GET_FPEXC, &sig);
	PT(SYS_prctl, PR_GET_DUMPABLE);
	PT(SYS_prctl, PR_GET_DUMPABLE, 1);
	PT(SYS_prctl, PR_GET_NAME, name);
	PT(SYS_prctl, PR_GET_NAME, BAD);
	PT(SYS_prctl, PR_GET_PDEATHSIG, &sig);
	PT(SYS_prctl, PR_SET_PDEATHSIG, SIGCHLD);
	PT(SYS_prctl, PR_GET_PDEATHSIG, &sig);
	PT(SYS_prctl, PR_GET_PDEATHSIG, NULL);
	PT(SYS_prctl, PR_GET_PDEATHSIG, BAD);
	PT(SYS_prctl, PR_SET_PDEATHSIG, 0);
	PT(SYS_prctl, PR_SET_PDEATHSIG, 200);
	PT(SYS_prctl, PR_SET_PDEATHSIG, SIGRTMIN + 2);
	PT(SYS_prctl, PR_GET_SECUREBITS);
	PT(SYS_prctl, PR_SET_SECUREBITS, SECBIT_KEEP_CAPS);
	PT(SYS_prctl, PR_GET_SECUREBITS);
	PT(SYS_prctl, PR_SET_SECUREBITS, 0);
	PT(SYS_prctl, PR_SET_SECUREBITS, SECBIT_NOROOT | SECBIT_NOROOT_LOCKED | 0x1000);
	PT(SYS_prctl, PR_SET_SECUREBITS, 0x10000);
	PT(SYS_prctl, PR_GET_TID_ADDRESS, &tid);
	PT(SYS_prctl, PR_GET_TID_ADDRESS, NULL);
	PT(SYS_prctl, PR_GET_TID_ADDRESS, BAD);
	PT(SYS_prctl, PR_GET_TSC, &sig);
	PT(SYS_prctl, PR_GET_TSC, BAD);
	PT(SYS_prctl, PR_GET_UNALIGN, &sig);
	PT(SYS_prctl, PR_GET_FP_MODE);
	PT(SYS_prctl, PR_SVE_GET_VL);
	PT(SYS_prctl, PR_SVE_SET_VL, 0x20010, 5);
	PT(SYS_prctl, PR_SVE_SET_VL, 0x10);
	PT(SYS_prctl, PR_SVE_SET_VL, 0x140010);
	PT(SYS_prctl, 63, 0x60020);		/* PR_SME_SET_VL */
	PT(SYS_prctl, 64);			/* PR_SME_GET_VL */
	PT(SYS_prctl, PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
	PT(SYS_prctl, PR_GET_THP_DISABLE, 0, 0, 0, 0);
	PT(SYS_prctl, PR_GET_IO_FLUSHER, 0, 0, 0, 0);
	PT(SYS_prctl, PR_MPX_ENABLE_MANAGEMENT, 0, 0, 0, 0);
	PT(SYS_prctl, PR_MCE_KILL_GET, 0, 0, 0, 0);
	PT(SYS_prctl, PR_MCE_KILL_GET, 1, 2, 3, 4);
	PT(SYS_prctl, PR_TASK_PERF_EVENTS_DISABLE);
	PT(SYS_prctl, PR_TASK_PERF_EVENTS_ENABLE);
}

static void spec(void)
{
	PT(SYS_prctl, PR_GET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0, 0, 0);
	PT(SYS_prctl, PR_GET_SPECULATION_CTRL, PR_SPEC_INDIRECT_BRANCH, 0, 0, 0);
	PT(SYS_prctl, PR_GET_SPECULATION_CTRL, PR_SPEC_L1D_FLUSH, 0, 0, 0);
	PT(SYS_prctl, PR_GET_SPECULATION_CTRL, 7, 0, 0, 0);
	PT(SYS_prctl, PR_SET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, PR_SPEC_ENABLE, 0, 0);
	PT(SYS_prctl, PR_SET_SPECULATION_CTRL, PR_SPEC_INDIRECT_BRANCH, 0x40, 0, 0);
	PT(SYS_prctl, PR_SET_SPECULATION_CTRL, 9, 0x40, 0, 0);
}

static void sets(void)
{
	char *p;

	PT(SYS_prctl, PR_SET_CHILD_SUBREAPER, 0);
	PT(SYS_prctl, PR_SET_ENDIAN, 1);
	PT(SYS_prctl, PR_SET_FPEMU, 2);
	PT(SYS_prctl, PR_SET_FPEXC, 3);
	PT(SYS_prctl, PR_SET_KEEPCAPS, 0);
	PT(SYS_prctl, PR_SET_TIMING, 7);
	PT(SYS_prctl, PR_SET_TIMING, -1L);
	PT(SYS_prctl, PR_SET_DUMPABLE, 1);
	PT(SYS_prctl, PR_SET_DUMPABLE, 7);
	PT(SYS_prctl, PR_MCE_KILL, PR_MCE_KILL_SET, PR_MCE_KILL_DEFAULT, 0, 0);
	PT(SYS_prctl, PR_MCE_KILL, PR_MCE_KILL_CLEAR, 0, 0, 0);
	PT(SYS_prctl, PR_MCE_KILL, PR_MCE_KILL_SET, 9, 0, 0);
	PT(SYS_prctl, PR_MCE_KILL, 5, 9, 1, 2);
	PT(SYS_prctl, PR_SET_NAME, "t-prctl-a-longer-name");
	PT(SYS_prctl, PR_SET_NAME, "t-prctl");
	PT(SYS_prctl, PR_SET_NAME, NULL);
	PT(SYS_prctl, PR_SET_NAME, BAD);
	p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	PT(SYS_prctl, PR_SET_VMA, PR_SET_VMA_ANON_NAME, p, 4096, "heap-ish");
	PT(SYS_prctl, PR_SET_VMA, PR_SET_VMA_ANON_NAME, p, 4096, NULL);
	PT(SYS_prctl, PR_SET_VMA, PR_SET_VMA_ANON_NAME, p, 4096, BAD);
	PT(SYS_prctl, PR_SET_VMA, 3, p, 4096, 1);
	PT(SYS_prctl, PR_SET_MM, PR_SET_MM_START_CODE, 1, 2, 3);
	PT(SYS_prctl, PR_SET_MM, 99, 0, 0, 0);
	PT(SYS_prctl, PR_SET_PTRACER, -1);
	PT(SYS_prctl, PR_SET_PTRACER, 0);
	PT(SYS_prctl, PR_SET_PTRACER, 12345);
	PT(SYS_prctl, PR_SET_SECCOMP, 7, 1, 2, 3);
	PT(SYS_prctl, PR_SET_SECCOMP, 2, NULL, 2, 3);
	PT(SYS_prctl, PR_SET_TIMERSLACK, -2L);
	PT(SYS_prctl, PR_SET_TIMERSLACK, 50000);
	PT(SYS_prctl, PR_SET_TSC, PR_TSC_ENABLE);
	PT(SYS_prctl, PR_SET_TSC, 5);
	PT(SYS_prctl, PR_SET_UNALIGN, PR_UNALIGN_NOPRINT | PR_UNALIGN_SIGBUS);
	PT(SYS_prctl, PR_SET_UNALIGN, 8);
	PT(SYS_prctl, PR_SET_NO_NEW_PRIVS, 0, 0, 0, 0);
	PT(SYS_prctl, PR_SET_THP_DISABLE, 0, 1, 2, 3);
	PT(SYS_prctl, PR_SET_IO_FLUSHER, 5, 0, 0, 0);
	PT(SYS_prctl, PR_SET_FP_MODE, PR_FP_MODE_FR | PR_FP_MODE_FRE);
	PT(SYS_prctl, PR_SET_FP_MODE, 0);
	PT(SYS_prctl, PR_SET_FP_MODE, 4);
	PT(SYS_prctl, PR_PAC_RESET_KEYS, PR_PAC_APIAKEY | PR_PAC_APGAKEY, 0, 0, 0);
	PT(SYS_prctl, PR_PAC_RESET_KEYS, 0x100, 0, 0, 0);
	PT(SYS_prctl, PR_PAC_SET_ENABLED_KEYS, PR_PAC_APIBKEY, 0, 0, 0);
	PT(SYS_prctl, PR_PAC_GET_ENABLED_KEYS, 0, 0, 0, 0);
	PT(SYS_prctl, PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_OFF, 1, 2, 3);
	PT(SYS_prctl, PR_SET_SYSCALL_USER_DISPATCH, 9, 1, 2, NULL);
	PT(SYS_prctl, PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC
	   | (0x5 << PR_MTE_TAG_SHIFT), 0, 0, 0);
	PT(SYS_prctl, PR_SET_TAGGED_ADDR_CTRL, 0, 1, 2, 3);
	PT(SYS_prctl, PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0);
}

static void core(void)
{
	uint64_t cookie;

	PT(SYS_prctl, PR_SCHED_CORE, PR_SCHED_CORE_GET, 0, 0, &cookie);
	PT(SYS_prctl, PR_SCHED_CORE, PR_SCHED_CORE_GET, 0, 7, BAD);
	PT(SYS_prctl, PR_SCHED_CORE, PR_SCHED_CORE_CREATE, 0, 1, 0);
	PT(SYS_prctl, PR_SCHED_CORE, PR_SCHED_CORE_SHARE_TO, 1, 2, 5);
	PT(SYS_prctl, PR_SCHED_CORE, 99, -1, 3, 0);
}

int main(int argc, char **argv)
{
	pt_begin(argc, argv);
	caps();
	gets();
	spec();
	sets();
	core();
	PT(SYS_prctl, 999, 1, 0, 0, 0);
	PT(SYS_prctl, 0x1234567, -1L, 2, 3, 4);
	return pt_end();
}
