#!/usr/bin/env bash
# Debian packages the tests and the gateway use (servers are started by the tests themselves, on loopback).
set -euo pipefail
need=(redis-server postgresql chromium libzbar0 libvips42 unicode-data nginx curl)
missing=()
for p in "${need[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p"); done
if ((${#missing[@]})); then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
