#!/usr/bin/env bash
# deploy/cluster/down.sh: stops what deploy/cluster/up.sh started (by the pids it recorded) and deletes its data;
# the logs stay in $CLUSTER_DIR (node*/gateway.log, redis/redis.log, pg/server.log, nginx/logs) until the next up.sh.
set -uo pipefail
dir="${CLUSTER_DIR:-/tmp/chatguard-cluster}"
[[ -f "$dir/pids" ]] || { echo "no cluster in $dir"; exit 0; }
as_postgres() { if [[ "$(id -u)" -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
tac "$dir/pids" | while read -r name a b; do
  case "$name" in
    postgres) as_postgres "$a" -D "$b" -m fast -w stop > /dev/null ;;
    nginx) kill -QUIT "$a" 2>/dev/null ;;
    *) kill "$a" 2>/dev/null ;;
  esac
done
# Give the gateways their graceful shutdown, then make sure.
sleep 2
while read -r name a _; do
  [[ "$name" == node* || "$name" == redis ]] && kill -0 "$a" 2>/dev/null && kill -9 "$a"
done < "$dir/pids"
rm -rf "$dir/pg/data" "$dir/redis/dump.rdb" "$dir/pids" "$dir/signing-key"
echo "down"
