# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2154 # cli, here, data, tmp: cli/tests/run
#
# 60-json.sh - json.c's escaping (json_test.c).
# Sourced by cli/tests/run, which defines the helpers and $K, $data, $tmp.

run_unit json_test "$here/json_test.c" "$cli/json.c"
