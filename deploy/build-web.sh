#!/usr/bin/env bash
# Installs the npm packages locked in gateway/web: the browser SignalR client (the gateway's build copies it into
# wwwroot/lib, see ChatGuard.Gateway.csproj) and playwright-core for the browser tests. The build runs `npm ci`
# itself when the client is missing; run.sh and test.sh call this first so a changed lockfile is picked up.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/gateway/web"
# npm ci installs exactly the lockfile; skipped when node_modules was installed from this very lockfile.
stamp=node_modules/.chatguard-lock.sha256
if ! sha256sum --status -c "$stamp" 2>/dev/null; then
  echo "web: installing the locked npm packages (gateway/web)"
  npm ci --no-audit --no-fund --loglevel=error
  sha256sum package-lock.json > "$stamp"
fi
echo "web: @microsoft/signalr $(node -p "require('@microsoft/signalr/package.json').version")"
