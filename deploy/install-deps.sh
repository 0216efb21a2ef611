#!/usr/bin/env bash
# Debian packages the tests and the gateway use (servers are started by the tests themselves, on loopback).
set -euo pipefail
need=(redis-server postgresql chromium libzbar0 libvips42 unicode-data nginx curl nodejs)
# deploy/build-web.sh needs npm: NodeSource's nodejs ships it, Debian's nodejs leaves it to its own package.
command -v npm >/dev/null 2>&1 || need+=(npm)
missing=()
for p in "${need[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p"); done
if ((${#missing[@]})); then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
