#!/usr/bin/env bash
# Drives the real REPL under tmux like a person: completion, history across restarts, Ctrl-C,
# annotations surviving a restart and a kill -9, scripted mode. Prints 'N passed, N failed'.
set -uo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${ATTEST_BIN:-.build/debug/attest}")
command -v tmux >/dev/null || { echo "test-repl: tmux missing (apt-get install tmux)" >&2; exit 1; }
tmp=$(mktemp -d)
session="attest-e2e-$$"
# A private tmux server: no other session or stale server environment can leak in.
tmux() { command tmux -L "$session" "$@"; }
pass=0
fail=0
cleanup() { tmux kill-server 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
export ATTEST_DATA="$PWD/Data" ATTEST_HISTFILE="$tmp/history" NO_COLOR=1

check() {  # name, condition exit status
  if [ "$2" = 0 ]; then pass=$((pass + 1)); echo "ok   $1"; else fail=$((fail + 1)); echo "FAIL $1"; tmux capture-pane -p -t "$session" | tail -15; fi
}
wait_for() {  # pattern [seconds]
  local deadline=$((SECONDS + ${2:-10}))
  while [ $SECONDS -lt $deadline ]; do
    tmux capture-pane -p -t "$session" | grep -qE -- "$1" && return 0
    sleep 0.1
  done
  return 1
}
wait_prompt() {  # the last line is an empty prompt, and readline has had a moment to take the tty
  local deadline=$((SECONDS + 10))
  while [ $SECONDS -lt $deadline ]; do
    [ "$(tmux capture-pane -p -t "$session" | grep -v '^$' | tail -1)" = "attest>" ] && { sleep 0.3; return 0; }
    sleep 0.1
  done
  return 1
}
start() {
  tmux kill-session -t "$session" 2>/dev/null
  # The session the REPL ran in ends with it; a new one started while that server is still
  # exiting fails ("server exited unexpectedly"): wait for it, retry, and keep later servers up.
  for _ in $(seq 30); do tmux has-session -t "$session" 2>/dev/null || break; sleep 0.1; done
  for _ in 1 2 3 4 5; do
    tmux new-session -d -s "$session" -x 160 -y 40 \
      "cd $PWD && env ATTEST_DATA=$ATTEST_DATA ATTEST_HISTFILE=$ATTEST_HISTFILE NO_COLOR=1 TERM=xterm $bin repl --workspace $tmp/w.sqlite" \
      2>/dev/null && break
    sleep 0.5
  done
  tmux set-option -g exit-empty off 2>/dev/null
  wait_prompt
}

"$bin" repl --workspace "$tmp/w.sqlite" <<<".load Data/samples" >/dev/null

start; check "prompt appears" $?
tmux send-keys -t "$session" '.sp'; tmux send-keys -t "$session" Tab
wait_for 'attest> \.speakers'; check "TAB completes a command" $?
tmux send-keys -t "$session" C-u
tmux send-keys -t "$session" '.quotes Kassym'; tmux send-keys -t "$session" Tab
wait_for 'attest> \.quotes "Kassym-Jomart Tokayev" ?$'; check "TAB completes a multi-word speaker, quoted" $?
tmux send-keys -t "$session" Enter
wait_for 'Terrorist gangs'; check "the completed command runs" $?
tmux send-keys -t "$session" '.half typed line'; tmux send-keys -t "$session" C-c
wait_for '\.half typed line\^?C?$' 3
tmux send-keys -t "$session" '.timing on' Enter
wait_for 'attest> \.timing on'; 
tmux send-keys -t "$session" '.outlets' Enter
wait_for 'Run Time: [0-9.]+ ms'; check "Ctrl-C clears a half-typed line and the REPL lives on" $?
! tmux capture-pane -p -t "$session" | grep -q 'unknown command .\.half'; check "the cleared line never ran" $?
tmux send-keys -t "$session" '.explain injured-p'; tmux send-keys -t "$session" Tab
wait_for 'attest> \.explain injured-police ?$'; check "TAB completes a claim key" $?
tmux send-keys -t "$session" Enter
wait_for 'label: '; check "the claim ledger prints" $?
tmux send-keys -t "$session" '.verify c2 true' Enter
wait_for 'Marked c2 verified'; check "a verdict is recorded" $?
tmux send-keys -t "$session" '.tag 1 e2e-tag' Enter
wait_for 'Tagged quote 1'; check "tagging" $?
wait_prompt
tmux send-keys -t "$session" C-d
for _ in $(seq 50); do [ -s "$tmp/history" ] && break; sleep 0.1; done
grep -q '^\.tag 1 e2e-tag$' "$tmp/history"; check "history is written on Ctrl-D" $?

start
tmux send-keys -t "$session" Up
wait_for 'attest> \.tag 1 e2e-tag'; check "history comes back after a restart" $?
tmux send-keys -t "$session" C-u '.quotes --tag e2e-tag' Enter
wait_for 'e2e-tag'; check "an annotation survives a restart" $?
tmux send-keys -t "$session" '.annotate 2 written just before kill -9' Enter
wait_for 'Noted on quote 2'
pkill -9 -f "$bin repl --workspace $tmp/w.sqlite"
sleep 0.3
printf '.mode csv\n.notes\n' | "$bin" repl --workspace "$tmp/w.sqlite" | grep -q 'written just before kill -9'
check "an annotation survives kill -9 right after the command returns" $?

printf '.explain c2\n' | "$bin" repl --workspace "$tmp/w.sqlite" | grep -q 'analyst: verified'
check "a verdict survives a restart and shows in the ledger" $?

printf '.speakers\n.nope\n.outlets\n' | "$bin" repl --workspace "$tmp/w.sqlite" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ $rc = 1 ] && grep -q '^<stdin>:2: error: unknown command' "$tmp/err" && grep -q 'Continental Wire' "$tmp/out"
check "scripted mode: no prompt, errors with line numbers, exit 1, later commands still run" $?
printf '.nope\n.outlets\n' | "$bin" repl --bail --workspace "$tmp/w.sqlite" >"$tmp/out" 2>/dev/null
[ $? = 1 ] && ! grep -q 'Continental' "$tmp/out"; check "--bail stops at the first error" $?
! grep -q 'attest>' "$tmp/out"; check "no prompt without a terminal" $?

echo "test-repl: $pass passed, $fail failed"
[ "$fail" = 0 ]
