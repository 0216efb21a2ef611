#!/usr/bin/env bash
# The test command (README): every test of the solution.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test ChatGuard.sln --nologo "$@"
