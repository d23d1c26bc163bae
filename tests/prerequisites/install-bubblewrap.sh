#!/usr/bin/env bash
# Installs bubblewrap (bwrap) for the worker confinement tests; CI runs as root on a clean Debian machine without it.
# Idempotent, and safe when several test processes start it at once (they queue on one lock). Does nothing where
# bwrap is already present, or without root or apt-get: those tests then report themselves as skipped.
set -euo pipefail

command -v bwrap >/dev/null 2>&1 && exit 0
[ "$(id -u)" -eq 0 ] || { echo "install-bubblewrap: not root; skipping" >&2; exit 0; }
command -v apt-get >/dev/null 2>&1 || { echo "install-bubblewrap: no apt-get; skipping" >&2; exit 0; }

# One lock for every prerequisite script that uses apt: test projects run in parallel, and two `apt-get update`s at
# once fail on apt's lists lock instead of waiting (DPkg::Lock::Timeout covers only dpkg's lock).
exec 9>/tmp/scripthost-prerequisites-apt.lock
flock 9
command -v bwrap >/dev/null 2>&1 && exit 0  # another test process installed it while this one waited

export DEBIAN_FRONTEND=noninteractive
install() { apt-get install -y -q -o DPkg::Lock::Timeout=120 bubblewrap; }
# The package lists are refreshed only when the install fails without them (a clean image has none).
install || { apt-get update -q -o DPkg::Lock::Timeout=120 && install; }
