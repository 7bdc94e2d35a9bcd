#!/usr/bin/env bash
# Installs Debian's chromium for the browser test of the generated reference
# (generated-sdk's ReferenceInBrowserTest). Needs root and apt-get; does nothing when a
# chromium is already on the PATH. Elsewhere, install Chromium yourself and point the test
# at it with -Dfluentcrm.chromium=/path/to/chromium, or skip it with -Dfluentcrm.browser=skip.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
    echo "chromium is already installed: $(command -v chromium)"
    exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "Cannot install chromium here (needs root and apt-get); install it yourself or run mvn with -Dfluentcrm.browser=skip" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium
