#!/usr/bin/env bash
# Setup and run (README): builds everything and starts the gateway on the embedded default
# (SQLite file under ./data, in-process counters, no Redis), in Development, on http://127.0.0.1:5080.
set -euo pipefail
cd "$(dirname "$0")"
[ -x deploy/build-web.sh ] && bash deploy/build-web.sh
dotnet build ChatGuard.sln --nologo -v quiet
exec dotnet run --no-build --project gateway/ChatGuard.Gateway -- --urls "${CHATGUARD_URLS:-http://127.0.0.1:5080}" --environment Development --ChatGuard:DataDirectory="$PWD/data" "$@"
