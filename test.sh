#!/usr/bin/env bash
# The test command (README): every test of the solution. Needs the Debian packages of deploy/install-deps.sh
# (the tests start their own PostgreSQL, Redis and Chromium on loopback).
set -euo pipefail
cd "$(dirname "$0")"
[ -x deploy/build-web.sh ] && bash deploy/build-web.sh
results=$(mktemp -d)
status=0
dotnet build ChatGuard.sln --nologo -v q || exit 1
# One test project at a time: the gateway's latency checks (issue 18) time the gateway, not the classifier tests
# competing for the same two cores.
for project in $(dotnet sln ChatGuard.sln list | grep 'Tests\.csproj$' | tr '\\' /); do
  dotnet test "$project" --no-build --nologo --logger "trx" --results-directory "$results" "$@" || status=$?
done
# One closing line CI can read: totals over every test project.
python3 - "$results" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    skipped += int(c.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
