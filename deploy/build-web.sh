#!/usr/bin/env bash
# Builds the gateway's web pages: installs the npm packages locked in gateway/web (the browser SignalR client,
# and playwright-core for the browser tests) and copies the browser bundle of @microsoft/signalr into wwwroot.
# The copy is not committed (.gitignore); run.sh and test.sh call this script before building.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
web="$root/gateway/web"
lib="$root/gateway/ChatGuard.Gateway/wwwroot/lib"
cd "$web"
# npm ci installs exactly the lockfile; skipped when node_modules was installed from this very lockfile.
stamp=node_modules/.chatguard-lock.sha256
if ! sha256sum --status -c "$stamp" 2>/dev/null; then
  npm ci --no-audit --no-fund --loglevel=error
  sha256sum package-lock.json > "$stamp"
fi
mkdir -p "$lib"
cp node_modules/@microsoft/signalr/dist/browser/signalr.min.js "$lib/signalr.min.js"
echo "web: $lib/signalr.min.js ($(node -p "require('@microsoft/signalr/package.json').version"))"
