#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a browser downloaded by a test tool).
# Installs it when it is missing; needs root or sudo on Debian/Ubuntu.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "installing Chromium from Debian's packages for the browser tests"
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
