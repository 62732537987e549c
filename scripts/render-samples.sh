#!/usr/bin/env bash
# The main job: renders every book in samples/ with the embedded local TTS engine into out/<book>/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
dotnet build src/Audiobook.Cli -c Release -nologo -v quiet
for book in samples/*; do
  case "$book" in samples/README.md|*.lexicon.txt) continue ;; *.epub|*.md|*.txt) ;; *) continue ;; esac
  name=$(basename "${book%.*}")
  dotnet run --project src/Audiobook.Cli -c Release --no-build -- render "$book" --out "out/$name" "$@"
done
