#!/usr/bin/env bash
# Runs every test in the solution against the real parts (ffmpeg, espeak-ng, the local TTS server over WebSockets).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
dotnet build Pipeline.sln -c Release -nologo -v quiet
log=$(mktemp)
set +e
dotnet test Pipeline.sln -c Release --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "Tests: $passed passed, $failed failed"
exit "$status"
