#!/usr/bin/env bash
# The browser tests drive Debian's browsers, never one downloaded by a test tool: Chromium, the current
# Firefox ESR, and Firefox ESR 140 (the oldest the manifest accepts), which is unpacked beside the
# installed Firefox into .browsers/ rather than replacing it. Installs whatever is missing, with at most
# one `apt-get update`; needs root or sudo on Debian/Ubuntu for the installs.
set -euo pipefail
cd "$(dirname "$0")/.."

FIREFOX_140_DIR=.browsers/firefox-esr-140
FIREFOX_140_BIN=$FIREFOX_140_DIR/usr/lib/firefox-esr/firefox-esr

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

updated=false
update_once() {
  if [ "$updated" = false ]; then
    $sudo apt-get update -qq
    updated=true
  fi
}

missing=()
if ! { [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; } && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if ! { [ -n "${FIREFOX_PATH:-}" ] && [ -x "$FIREFOX_PATH" ]; } && [ ! -x /usr/bin/firefox-esr ]; then missing+=(firefox-esr); fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing ${missing[*]} from Debian's packages for the browser tests"
  update_once
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The newest 140.x the package sources offer (Debian 12's main archive keeps it beside the security
# archive's current ESR).
firefox_140_version() {
  apt-cache madison firefox-esr 2>/dev/null | awk -F'|' '{ gsub(/ /, "", $2) } $2 ~ /^140\./ { print $2; exit }'
}

if [ ! -x "$FIREFOX_140_BIN" ]; then
  version=$(firefox_140_version)
  if [ -z "$version" ]; then
    update_once
    version=$(firefox_140_version)
  fi
  if [ -z "$version" ]; then
    echo "Firefox ESR 140 is not in this machine's package sources (apt-cache madison firefox-esr):" \
      "its browser tests will be skipped" >&2
    exit 0
  fi
  echo "unpacking Firefox ESR $version into $FIREFOX_140_DIR for the browser tests"
  download=$(mktemp -d)
  chmod 777 "$download" # apt fetches as its own unprivileged user, which must be able to write here
  if ! (cd "$download" && apt-get download -qq "firefox-esr=$version"); then
    rm -rf "$download"
    echo "Firefox ESR $version could not be downloaded from the package sources: its browser tests will be skipped" >&2
    exit 0
  fi
  rm -rf "$FIREFOX_140_DIR"
  mkdir -p "$FIREFOX_140_DIR"
  dpkg -x "$download"/firefox-esr_*.deb "$FIREFOX_140_DIR"
  rm -rf "$download"
  "$FIREFOX_140_BIN" --version
fi
