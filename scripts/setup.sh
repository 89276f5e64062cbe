#!/usr/bin/env bash
# Installs the Debian packages Attest builds against, when any is missing. Used by demo.sh and .ci/run.
set -euo pipefail
need=()
for p in libreadline-dev libsqlite3-dev zlib1g-dev pkg-config tmux; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if ((${#need[@]})); then
  echo "setup: installing ${need[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
pkg-config --exists readline || { echo "error: readline.pc not found; install libreadline-dev" >&2; exit 1; }
