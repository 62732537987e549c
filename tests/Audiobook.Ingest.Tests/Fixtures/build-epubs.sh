#!/usr/bin/env bash
# Builds Fixtures/<book>.epub from Fixtures/src/<book>/ with the samples' builder (same bytes on every rebuild).
# FixtureEpubTests fails when an .epub and its source tree differ.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../../../samples/build-epubs.sh" "$here"
