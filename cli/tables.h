/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tables.h - named constants of x86-64 Linux, in strace 6.1's order.
 */
#ifndef KSTRACE_CLI_TABLES_H
#define KSTRACE_CLI_TABLES_H

#include <stddef.h>

#include "xlat.h"

extern const struct xlat open_access_modes[];
extern const struct xlat open_mode_flags[];
extern const struct xlat at_flags[];
extern const struct xlat faccessat_flags[];
extern const struct xlat statx_flags[];
extern const struct xlat statx_masks[];
extern const struct xlat access_modes[];
extern const struct xlat rename_flags[];
extern const struct xlat modetypes[];
extern const struct xlat whence_codes[];
extern const struct xlat fcntlcmds[];
extern const struct xlat fdflags[];
extern const struct xlat lockfcmds[];
extern const struct xlat notifyflags[];
extern const struct xlat f_seals[];
extern const struct xlat flockcmds[];
extern const struct xlat mmap_prot[];
extern const struct xlat mmap_flags[];
extern const struct xlat mremap_flags[];
extern const struct xlat madvise_cmds[];
extern const struct xlat msync_flags[];
extern const struct xlat mlockall_flags[];
extern const struct xlat mlock_flags[];
extern const struct xlat pkey_access[];
extern const struct xlat clone_flags[];
extern const struct xlat unshare_flags[];
extern const struct xlat setns_types[];
extern const struct xlat wait4_options[];
extern const struct xlat waitid_types[];
extern const struct xlat sigprocmaskcmds[];
extern const struct xlat addrfams[];
extern const struct xlat socktypes[];
extern const struct xlat sock_type_flags[];
extern const struct xlat inet_protocols[];
extern const struct xlat netlink_protocols[];
extern const struct xlat msg_flags[];
extern const struct xlat shutdown_modes[];
extern const struct xlat socketlayers[];
extern const struct xlat sock_options[];
extern const struct xlat sock_tcp_options[];
extern const struct xlat rlimits[];
extern const struct xlat usagewho[];
extern const struct xlat priorities[];
extern const struct xlat schedulers[];
extern const struct xlat itimer_which[];
extern const struct xlat clocknames[];
extern const struct xlat timer_flags[];
extern const struct xlat timerfdflags[];
extern const struct xlat adjtimex_state[];
extern const struct xlat epollctls[];
extern const struct xlat epollflags[];
extern const struct xlat efd_flags[];
extern const struct xlat sfd_flags[];
extern const struct xlat inotify_init_flags[];
extern const struct xlat inotify_flags[];
extern const struct xlat getrandom_flags[];
extern const struct xlat memfd_create_flags[];
extern const struct xlat xattrflags[];
extern const struct xlat splice_flags[];
extern const struct xlat sync_file_range_flags[];
extern const struct xlat falloc_flags[];
extern const struct xlat advise[];
extern const struct xlat close_range_flags[];
extern const struct xlat pidfd_open_flags[];
extern const struct xlat mount_flags[];
extern const struct xlat umount_flags[];
extern const struct xlat futexops[];
extern const struct xlat prctl_options[];
extern const struct xlat archvals[];
extern const struct xlat ioctl_dirs[];
extern const struct xlat ioctl_names[];
extern const struct xlat ioctl_sized_names[];
/* the file family (print-file.c) */
extern const struct xlat fsmagic[];
extern const struct xlat statfs_flags[];
extern const struct xlat statx_attrs[];
extern const struct xlat dirent_types[];
extern const struct xlat open_resolve_flags[];
extern const struct xlat mount_attr_attr[];
extern const struct xlat mount_attr_propagation[];
extern const struct xlat term_iflags[];
extern const struct xlat term_oflags[];
extern const struct xlat term_oflags_nldly[];
extern const struct xlat term_oflags_crdly[];
extern const struct xlat term_oflags_tabdly[];
extern const struct xlat term_oflags_bsdly[];
extern const struct xlat term_oflags_vtdly[];
extern const struct xlat term_oflags_ffdly[];
extern const struct xlat term_cflags[];
extern const struct xlat term_cflags_csize[];
extern const struct xlat baud_options[];
extern const struct xlat term_lflags[];
extern const struct xlat term_line_discs[];
extern const struct xlat termios_cc[];
extern const struct xlat modem_flags[];
extern const struct xlat tcxonc_options[];
extern const struct xlat tcflsh_options[];

extern const struct xlat ethernet_protocols[];
extern const struct xlat arp_hardware_types[];
extern const struct xlat af_packet_types[];
extern const struct xlat packet_mreq_type[];
extern const struct xlat icmp_filter_flags[];
extern const struct xlat sock_packet_options[];
extern const struct xlat sock_raw_options[];
extern const struct xlat sock_netlink_options[];
extern const struct xlat sock_udp_options[];
extern const struct xlat sockopt_txrehash_vals[];
extern const struct xlat scmvals[];
extern const struct xlat ip_cmsg_types[];
extern const struct xlat pollflags[];
extern const struct xlat epollevents[];

/* the decoders' own (decode*.c) */
extern const struct xlat rwf_flags[];
extern const struct xlat shmat_flags[];
extern const struct xlat shmctl_cmds[];
extern const struct xlat semctl_cmds[];
extern const struct xlat msgctl_cmds[];
extern const struct xlat ipc_msg_flags[];
extern const struct xlat resource_flags[];
extern const struct xlat shm_resource_flags[];
extern const struct xlat perf_event_open_flags[];
extern const struct xlat module_init_flags[];
extern const struct xlat delete_module_flags[];
extern const struct xlat seccomp_ops[];
extern const struct xlat uffd_flags[];
extern const struct xlat name_to_handle_at_flags[];
extern const struct xlat bpf_commands[];
extern const struct xlat at_statx_sync_types[];
extern const struct xlat swap_flags[];
extern const struct xlat mpol_modes[];
extern const struct xlat mpol_mode_flags[];
extern const struct xlat get_mempolicy_flags[];
extern const struct xlat mbind_flags[];
extern const struct xlat kexec_file_load_flags[];
extern const struct xlat kcmp_types[];
extern const struct xlat key_spec[];
extern const struct xlat uring_enter_flags[];
extern const struct xlat uring_register_opcodes[];
extern const struct xlat open_tree_flags[];
extern const struct xlat move_mount_flags[];
extern const struct xlat fsopen_flags[];
extern const struct xlat fsconfig_cmds[];
extern const struct xlat fsmount_flags[];
extern const struct xlat mount_attr_flags[];
extern const struct xlat fspick_flags[];
extern const struct xlat mount_setattr_flags[];
extern const struct xlat landlock_create_ruleset_flags[];
extern const struct xlat landlock_rule_types[];
extern const struct xlat cloexec_flag[];
extern const struct xlat membarrier_cmds[];
extern const struct xlat membarrier_flags[];
extern const struct xlat reboot_magic[];
extern const struct xlat reboot_cmds[];
extern const struct xlat seccomp_filter_flags[];
extern const struct xlat personalities[];
extern const struct xlat move_pages_flags[];
extern const struct xlat personality_flags[];
extern const struct xlat sock_ip_options[];
extern const struct xlat sock_ipv6_options[];
extern const struct xlat futexwakeops[];
extern const struct xlat futexwakecmps[];
extern const struct xlat suid_dump[];
extern const struct xlat seccomp_mode[];
extern const struct xlat pr_set_vma[];
extern const struct xlat capabilities[], pr_cap_ambient[], secbits[], pr_tsc[],
	pr_unalign_flags[], pr_fp_mode[], pr_mce_kill[], pr_mce_kill_policy[],
	pr_set_mm[], pr_sve_vl_flags[], pr_sme_vl_flags[], pr_spec_cmds[],
	pr_spec_flags[], pr_pac_enabled_keys[], pr_pac_keys[], pr_sud_cmds[],
	pr_tagged_addr_enable[], pr_mte_tcf[], pr_sched_core_cmds[],
	pr_sched_core_pidtypes[];
extern const struct xlat ioprio_who[], ioprio_class[], syslog_action_type[],
	syslog_console_levels[];
extern const struct xlat fan_classes[], fan_init_flags[], fan_mark_flags[],
	fan_event_flags[];
/* what PR_SET_SPECULATION_CTRL sets: PR_SPEC_ENABLE on */
#define pr_spec_set_flags	(&pr_spec_flags[2])

const char *errno_name(long err);
const char *signal_name(int sig, char *buf, size_t len);

#endif /* KSTRACE_CLI_TABLES_H */
