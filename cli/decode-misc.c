// SPDX-License-Identifier: GPL-2.0
/*
 * decode-misc.c - the decoder rows of memory (strace's mem.c, numa.c),
 * System V IPC and the calls of no family above; and mremap, reboot and
 * membarrier, whose arguments depend on one another.
 */
#include <stdint.h>

#include "decode-int.h"
#include "tables.h"

static const struct decoder rows[] = {
	/* memory */
	D("mmap", ALL, RV_X, A_PTR, A_ULONG, A_PROT, A_MMAPFLAGS, A_FD, A_HEX),
	D("mmap2", ALL, RV_X, A_PTR, A_ULONG, A_PROT, A_MMAPFLAGS, A_FD, A_PGOFF),
	D("mprotect", ALL, RV_D, A_PTR, A_ULONG, A_PROT),
	D("pkey_mprotect", ALL, RV_D, A_PTR, A_ULONG, A_PROT, A_INT),
	D("pkey_alloc", ALL, RV_D, A_HEX, A_PKEY),
	D("pkey_free", ALL, RV_D, A_INT),
	D("munmap", ALL, RV_D, A_PTR, A_ULONG),
	D("brk", ALL, RV_X, A_PTR),
	S("mremap", SP_MREMAP, ALL, RV_X),
	D("msync", ALL, RV_D, A_PTR, A_ULONG, A_MSYNC),
	D("mincore", 2, RV_D, A_PTR, A_ULONG, A_PTR),
	D("madvise", ALL, RV_D, A_PTR, A_ULONG, A_MADV),
	D("process_madvise", ALL, RV_D, A_FD, A_PTR, A_ULONG, A_MADV, A_HEX32),
	D("mlock", ALL, RV_D, A_PTR, A_ULONG),
	D("munlock", ALL, RV_D, A_PTR, A_ULONG),
	D("mlock2", ALL, RV_D, A_PTR, A_ULONG, A_MLOCK),
	D("mlockall", ALL, RV_D, A_MCL),
	D("munlockall", ALL, RV_D),
	D("remap_file_pages", ALL, RV_D, A_PTR, A_ULONG, A_PROT, A_ULONG, A_MMAPFLAGS),
	D("set_mempolicy_home_node", ALL, RV_D, A_PTR, A_ULONG, A_ULONG, A_HEX),

	/* the rest */
	D("getrandom", 0, RV_D, A_BUFR_HEX, A_ULONG, A_GRND),
	DN("_sysctl", 1, ALL, RV_D, A_PTR),
	D("adjtimex", 0, RV_ADJTIMEX, A_PTR),
	D("swapon", ALL, RV_D, A_PATH, A_SWAPFLAGS),
	S("reboot", SP_REBOOT, ALL, RV_D),
	D("io_setup", 1, RV_D, A_UINT, A_PTR),
	D("io_destroy", ALL, RV_D, A_PTR),
	D("io_getevents", 3, RV_D, A_PTR, A_LONG, A_LONG, A_PTR, A_PTR),
	D("io_pgetevents", 3, RV_D, A_PTR, A_LONG, A_LONG, A_PTR, A_PTR, A_PTR),
	D("io_submit", ALL, RV_D, A_PTR, A_LONG, A_PTR),
	D("io_cancel", ALL, RV_D, A_PTR, A_PTR, A_PTR),
	D("lookup_dcookie", ALL, RV_D, A_ULONG, A_PTR, A_ULONG),
	D("mbind", ALL, RV_D, A_PTR, A_ULONG, A_MPOLMODE64, A_NODEMASK, A_ULONG, A_MPOLMF),
	D("set_mempolicy", ALL, RV_D, A_MPOLMODE, A_NODEMASK, A_ULONG),
	/* all at exit: the mode and the mask it wrote, the pointers if it failed */
	D("get_mempolicy", 0, RV_D, A_PTR, A_NODEMASK, A_ULONG, A_PTR, A_MPOLF),
	D("migrate_pages", ALL, RV_D, A_INT, A_ULONG, A_NODEMASK1, A_NODEMASK1),
	D("move_pages", ALL, RV_D, A_INT, A_ULONG, A_PTR, A_PTR, A_PTR, A_MPOLMOVE),
	D("kexec_file_load", ALL, RV_D, A_FD, A_FD, A_ULONG, A_PTR, A_KEXECFILE),
	D("ioprio_set", ALL, RV_D, A_IOPRIOWHO, A_INT, A_IOPRIO),
	D("ioprio_get", ALL, RV_IOPRIO, A_IOPRIOWHO, A_INT),
	S("syslog", SP_SYSLOG, ALL, RV_D),
	D("add_key", ALL, RV_D, A_PTR, A_PTR, A_PTR, A_ULONG, A_KEYSERIAL),
	D("request_key", ALL, RV_D, A_PTR, A_PTR, A_PTR, A_KEYSERIAL),
	S("kcmp", SP_KCMP, ALL, RV_D),
	S("rt_sigreturn", SP_SIGRETURN, ALL, RV_D),
	S("membarrier", SP_MEMBARRIER, ALL, RV_D),
	D("io_uring_enter", ALL, RV_D, A_FD, A_UINT, A_UINT, A_IOURING_ENTER, A_PTR, A_ULONG),
	D("io_uring_register", ALL, RV_D, A_FD, A_IOURING_REG, A_PTR, A_UINT),
	D("open_tree", ALL, RV_FD, A_DIRFD, A_PATH, A_OPENTREE),
	D("move_mount", ALL, RV_D, A_DIRFD, A_PATH, A_DIRFD, A_PATH, A_MOVEMOUNT),
	D("fsopen", ALL, RV_FD, A_PTR, A_FSOPEN),
	D("fsconfig", ALL, RV_D, A_FD, A_FSCONFIG, A_PTR, A_PTR, A_INT),
	D("fsmount", ALL, RV_FD, A_FD, A_FSMOUNT, A_MOUNTATTR),
	D("fspick", ALL, RV_FD, A_DIRFD, A_PATH, A_FSPICK),
	D("mount_setattr", ALL, RV_D, A_DIRFD, A_PATH, A_MSATTR, A_PTR, A_ULONG),
	D("landlock_create_ruleset", ALL, RV_FD, A_PTR, A_ULONG, A_LLCREATE),
	D("landlock_add_rule", ALL, RV_D, A_FD, A_LLRULE, A_PTR, A_HEX32),
	D("landlock_restrict_self", ALL, RV_D, A_FD, A_HEX32),
	D("nice", ALL, RV_D, A_INT),

	/* ipc */
	D("shmget", ALL, RV_D, A_IPCKEY, A_ULONG, A_SHMFLG),
	D("shmat", ALL, RV_X, A_INT, A_PTR, A_SHMAT),
	D("shmdt", ALL, RV_D, A_PTR),
	D("shmctl", ALL, RV_D, A_INT, A_SHMCMD, A_PTR),
	D("semget", ALL, RV_D, A_IPCKEY, A_INT, A_IPCFLG),
	D("semop", ALL, RV_D, A_INT, A_PTR, A_UINT),
	D("semtimedop", ALL, RV_D, A_INT, A_PTR, A_UINT, A_PTR),
	D("semctl", ALL, RV_D, A_INT, A_INT, A_SEMCMD, A_PTR),
	D("msgget", ALL, RV_D, A_IPCKEY, A_IPCFLG),
	D("msgsnd", ALL, RV_D, A_INT, A_PTR, A_ULONG, A_MSGFLG),
	D("msgrcv", 1, RV_D, A_INT, A_PTR, A_ULONG, A_LONG, A_MSGFLG),
	D("msgctl", ALL, RV_D, A_INT, A_MSGCMD, A_PTR),
	S("mq_open", SP_MQOPEN, ALL, RV_FD),
	D("mq_unlink", ALL, RV_D, A_PATH),
	D("mq_timedsend", ALL, RV_D, A_FD, A_PTR, A_ULONG, A_UINT, A_PTR),
	D("mq_timedreceive", 1, RV_D, A_FD, A_PTR, A_ULONG, A_PTR, A_PTR),
	D("mq_notify", ALL, RV_D, A_FD, A_PTR),
	D("mq_getsetattr", 2, RV_D, A_FD, A_PTR, A_PTR),
};

const struct decoder_rows decode_misc_rows = { rows, ARRAY_SIZE(rows) };

void sp_membarrier(struct parts *p, const struct actx *x)
{
	part_arg(p, x, 0, A_MEMBARRIER);
	part_arg(p, x, 1, A_MEMBARRIERF);
	if (arg_val(x, 1) & 1)			/* MEMBARRIER_CMD_FLAG_CPU */
		part_arg(p, x, 2, A_INT);
}

void sp_reboot(struct parts *p, const struct actx *x)
{
	part_arg(p, x, 0, A_REBOOTMAGIC);
	part_arg(p, x, 1, A_REBOOTMAGIC);
	part_arg(p, x, 2, A_REBOOTCMD);
	if ((uint32_t)arg_val(x, 2) == 0xa1b2c3d4)	/* _CMD_RESTART2 */
		part_arg(p, x, 3, A_PTR);
}

void sp_syslog(struct parts *p, const struct actx *x)
{
	int32_t type = arg_val(x, 0);

	/* the action and the console level: in the verbose style always */
	print_xval_verbose(part_new(p), syslog_action_type, (int64_t)type,
			   "SYSLOG_ACTION_???", XFMT_D);
	switch (type) {
	case 0: case 1: case 5: case 6: case 7: case 9: case 10:
		return;		/* no buffer, no length */
	case 2: case 3: case 4:	/* SYSLOG_ACTION_READ*: the log read, at exit */
		p->split = 1;
		part_arg(p, x, 1, A_BUFR);
		part_arg(p, x, 2, A_INT);
		return;
	case 8:			/* SYSLOG_ACTION_CONSOLE_LEVEL */
		part_arg(p, x, 1, A_PTR);
		print_xval_verbose(part_new(p), syslog_console_levels,
				   (int64_t)(int32_t)arg_val(x, 2), "LOGLEVEL_???",
				   XFMT_D);
		return;
	default:
		part_arg(p, x, 1, A_PTR);
		part_arg(p, x, 2, A_INT);
		return;
	}
}

void sp_mremap(struct parts *p, const struct actx *x)
{
	part_arg(p, x, 0, A_PTR);
	part_arg(p, x, 1, A_ULONG);
	part_arg(p, x, 2, A_ULONG);
	part_arg(p, x, 3, A_MREMAP);
	/* MREMAP_MAYMOVE|MREMAP_FIXED: the new address is used */
	if ((arg_val(x, 3) & 3) == 3)
		part_arg(p, x, 4, A_PTR);
}
