/* SPDX-License-Identifier: GPL-2.0 */
/*
 * metrics.h - --metrics FILE: the counts in Prometheus's text exposition
 * format, for node-exporter's textfile collector.
 */
#ifndef KSTRACE_CLI_METRICS_H
#define KSTRACE_CLI_METRICS_H

#include "options.h"
#include "session.h"

/*
 * metrics_write - r (the whole run's counts) into o->metrics: written to a
 * temporary file in the same directory, then renamed over it, so that a
 * scraper reads the old file or the new one, never half of one.
 * Returns 0, or -1 after a message.
 */
int metrics_write(const struct opts *o, const struct ks_results *r);

#endif /* KSTRACE_CLI_METRICS_H */
