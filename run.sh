#!/usr/bin/env bash
# Setup and run (README): builds everything and starts the gateway on the embedded default (SQLite file under
# ./data, in-process counters, no Redis), in Development, on http://127.0.0.1:5080. It prints the page URLs when ready.
set -euo pipefail
cd "$(dirname "$0")"
echo "[1/3] npm packages of the pages"
[ -x deploy/build-web.sh ] && bash deploy/build-web.sh
echo "[2/3] building the solution (a first build restores NuGet packages and takes a few minutes)"
dotnet build ChatGuard.sln --nologo -v minimal -clp:NoSummary
echo "[3/3] starting the gateway; the pages' addresses follow once it listens"
exec dotnet run --no-build --project gateway/ChatGuard.Gateway -- --urls "${CHATGUARD_URLS:-http://127.0.0.1:5080}" --environment Development --ChatGuard:DataDirectory="$PWD/data" "$@"
