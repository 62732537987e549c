#!/usr/bin/env bash
# Builds Fixtures/<book>.epub from the source tree Fixtures/src/<book>/, the same way samples/build-epubs.sh does:
# the mimetype entry first and stored (EPUB OCF rule), the rest deflated without extra fields or directory entries,
# fixed timestamps, so a rebuild gives the same bytes. FixtureEpubTests fails when an .epub and its tree differ.
set -euo pipefail
export TZ=UTC
here="$(cd "$(dirname "$0")" && pwd)"
for src in "$here"/src/*/; do
  book="$(basename "$src")"
  [[ -f "$src/mimetype" ]] || continue
  out="$here/$book.epub"
  rm -f "$out"
  (
    cd "$src"
    find . -type f -exec touch -d '2025-01-01 00:00:00' {} +
    zip -q -X0 "$out" mimetype
    find . -type f ! -name mimetype | sed 's|^\./||' | LC_ALL=C sort | zip -q -Xr9D "$out" -@
  )
  echo "built $out"
done
