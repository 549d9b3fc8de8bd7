#!/usr/bin/env bash
# Starts the whole system on this machine: Azurite (from the pinned npm package), the local host on
# http://localhost:7071 with the sample articles, and prints the page to open and the function key.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x node_modules/.bin/azurite ]; then
  echo "Installing Azurite from package-lock.json..."
  npm ci --no-audit --no-fund
fi

if [ ! -f src/NewsFunctions/local.settings.json ]; then
  cp local.settings.sample.json src/NewsFunctions/local.settings.json
  echo "Created src/NewsFunctions/local.settings.json from local.settings.sample.json"
fi

# Reuse an Azurite that is already running on the default ports; otherwise start one that keeps its
# data in .azurite/ and stops with this script.
if (exec 3<>/dev/tcp/127.0.0.1/10001) 2>/dev/null; then
  echo "Azurite is already running on 10000-10002."
else
  mkdir -p .azurite
  node_modules/.bin/azurite --silent --disableTelemetry --skipApiVersionCheck --location .azurite &
  azurite_pid=$!
  trap 'kill $azurite_pid 2>/dev/null || true' EXIT
  echo "Started Azurite (pid $azurite_pid), data in .azurite/"
fi

dotnet build src/NewsFunctions.DevHost --nologo -v q -clp:ErrorsOnly
echo
echo "  Open http://localhost:7071/ in a browser (Ctrl+C stops everything)."
echo

DevHost__SeedSampleArticles=true dotnet run --no-build --project src/NewsFunctions.DevHost -- --urls "${ASPNETCORE_URLS:-http://localhost:7071}"
