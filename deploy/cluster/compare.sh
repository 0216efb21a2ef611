#!/usr/bin/env bash
# deploy/cluster/compare.sh [SECONDS] [OUT]: one node vs two, side by side on this machine — two clusters from
# up.sh (each with its own Redis, PostgreSQL and nginx; per-user message buckets lifted as loadtests/run does),
# driven in interleaved slices by measure.mjs, then both stopped. Default 60 s, deploy/results/cluster.json.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-60}"
out="${2:-$root/deploy/results/cluster.json}"
[[ -d "$root/loadtests/node_modules/@microsoft/signalr" ]] || (cd "$root/loadtests" && npm ci --no-audit --no-fund --loglevel=error)
export EXTRA_ARGS="--ChatGuard:Security:MessagesPerMinutePerUser=100000 --ChatGuard:Security:MessagesPerMinutePerConnection=100000 --ChatGuard:Security:HttpRequestsPerMinute=1000000 --ChatGuard:Security:HubCallsPerMinutePerUser=100000 --ChatGuard:Security:NegotiationsPerMinute=100000"
one=(CLUSTER_DIR=/tmp/chatguard-cluster-1 LB_PORT=8081 NODE_BASE_PORT=5111 REDIS_PORT=6391 PG_PORT=5441)
two=(CLUSTER_DIR=/tmp/chatguard-cluster-2 LB_PORT=8082 NODE_BASE_PORT=5121 REDIS_PORT=6392 PG_PORT=5442)
stop() { env "${one[@]}" bash "$here/down.sh" || true; env "${two[@]}" bash "$here/down.sh" || true; }
trap stop EXIT
env "${one[@]}" bash "$here/up.sh" 1
env "${two[@]}" bash "$here/up.sh" 2
node "$here/measure.mjs" --cluster nodes-1=8081:6391:5441 --cluster nodes-2=8082:6392:5442 --duration "$seconds" --out "$out"
