#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver for the browser tests (tests/WebConsole.Tests); CI runs as root on a
# clean Debian machine without them, and browser downloads (Selenium Manager, Playwright) cannot reach their hosts.
# Idempotent, and safe when several test processes start it at once (they queue on one lock). Does nothing where both
# are already present, or without root or apt-get: the browser tests then fail under CI=true, else report themselves
# as skipped with the reason.
set -euo pipefail

present() { command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; }

present && exit 0
[ "$(id -u)" -eq 0 ] || { echo "install-chromium: not root; skipping" >&2; exit 0; }
command -v apt-get >/dev/null 2>&1 || { echo "install-chromium: no apt-get; skipping" >&2; exit 0; }

# One lock for every prerequisite script that uses apt: test projects run in parallel, and two `apt-get update`s at
# once fail on apt's lists lock instead of waiting (DPkg::Lock::Timeout covers only dpkg's lock).
exec 9>/tmp/scripthost-prerequisites-apt.lock
flock 9
present && exit 0  # another test process installed them while this one waited

export DEBIAN_FRONTEND=noninteractive
# Without recommends: they bring udev, upower, a print dialog and mesa, none of which headless tests use; fonts-liberation
# (one of them) stays, so screenshots show the fonts pages ask for.
install() { apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=120 chromium chromium-driver fonts-liberation; }
# The package lists are refreshed only when the install fails without them (a clean image has none).
install || { apt-get update -q -o DPkg::Lock::Timeout=120 && install; }
