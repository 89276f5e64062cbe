#!/usr/bin/env bash
# Sets up a fresh Debian machine, builds Attest, and runs the main job on the bundled sample articles.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release 2>&1 | grep -Ev 'warning: (prohibited flag|.zipfoundation.)' >&2 || true
exec .build/release/attest analyze --workspace "${ATTEST_WORKSPACE:-attest.sqlite}" Data/samples "$@"
