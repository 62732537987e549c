#!/usr/bin/env bash
# Builds <dir>/<book>.epub from the source tree <dir>/src/<book>/; <dir> is samples/ unless given
# (tests/Audiobook.Ingest.Tests/Fixtures/build-epubs.sh passes its own folder).
# The mimetype entry goes first and stored (EPUB OCF rule); the rest is deflated without extra fields or
# directory entries, and every file gets a fixed timestamp (UTC) so a rebuild gives the same bytes.
set -euo pipefail
export TZ=UTC
here="$(cd "${1:-$(dirname "$0")}" && pwd)"
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
