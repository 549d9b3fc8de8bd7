#!/usr/bin/env bash
# Runs every test: unit, contract, Bicep, and integration and browser tests against a real Azurite
# that the tests start themselves on free ports. Ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"

if [ ! -x node_modules/.bin/azurite ]; then
  npm ci --no-audit --no-fund || exit 1
fi

log=$(mktemp)
dotnet build NewsFunctions.sln --nologo -v q -clp:ErrorsOnly || exit 1
# One test project at a time: the integration and browser suites each start Azurite and the local
# host, and two cores are not enough to run them side by side without starving both.
dotnet test NewsFunctions.sln --no-build --nologo -m:1 "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

awk '/(Passed|Failed)! +- Failed: / {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
