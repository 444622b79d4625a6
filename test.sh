#!/usr/bin/env bash
# Runs every test project of the solution. Installs what the tests need when it is missing
# (Chromium and a Korean font for the browser tests; PostgreSQL server binaries when no Docker engine
# answers), then prints one line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"

missing=()
chromium="${MES_CHROMIUM:-}"
if [ -z "$chromium" ]; then
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -x "$candidate" ]; then chromium="$candidate"; break; fi
  done
fi
[ -n "$chromium" ] || missing+=(chromium)
# Not `grep -q`: it stops reading at the first match, fc-list dies writing to the closed pipe and, with pipefail,
# the font would count as missing.
[ -n "$(fc-list 2>/dev/null | grep -i nanum)" ] || missing+=(fonts-nanum)
if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null && ! command -v initdb >/dev/null \
   && ! docker info >/dev/null 2>&1; then
  missing+=(postgresql)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing test prerequisites: ${missing[*]}"
  if ! command -v apt-get >/dev/null; then
    echo "Please install ${missing[*]} with your package manager (or set MES_CHROMIUM), then run this again." >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null || {
    echo "Could not install ${missing[*]}." >&2
    exit 1
  }
fi

# Each app a browser journey started leaves its log here (AppProcess); printed below when something failed.
app_logs=(tests/Workshop.Mes.EndToEndTests/bin/*/*/app-logs)
rm -rf "${app_logs[@]}"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
# One test project at a time: the integration tests use every core on their own, and browser tests sharing the
# cores with them wait on a starved app (ADR 0024).
dotnet test --solution Workshop.Mes.sln --max-parallel-test-modules 1 "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The test runner closes with "total/failed/succeeded/skipped" lines summed over every test project.
count() { grep -E "^\s+$1: [0-9]+" "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0; }
passed=$(count succeeded)
failed=$(count failed)
skipped=$(count skipped)
if [ "$status" -ne 0 ]; then
  # What the apps under the browser journeys logged as errors, with the exception lines after each.
  errors=$(cat tests/Workshop.Mes.EndToEndTests/bin/*/*/app-logs/*.log 2>/dev/null | grep -E -A 12 '^\[[0-9:]+ (ERR|FTL)\]' | head -n 200)
  if [ -n "$errors" ]; then
    echo "Errors the apps under the browser journeys logged:"
    echo "$errors"
  fi
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # A build error or a crashed test host: nothing passed for sure.
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
