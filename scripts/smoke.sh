#!/usr/bin/env bash
# End-to-end checks of the built binary: the main job, exit codes, bad input, workspace safety.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${ATTEST_BIN:-.build/debug/attest}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
pass=0
ok() { pass=$((pass + 1)); }

# The main job prints a report and stores the articles.
"$bin" analyze --workspace "$tmp/w.sqlite" Data/samples >"$tmp/out.txt" || fail "analyze Data/samples exited $?"
grep -q "^Read 8 articles from 8 outlets" "$tmp/out.txt" || fail "report header missing"; ok
"$bin" analyze --workspace "$tmp/w.sqlite" Data/samples >"$tmp/again.txt"
[ "$(grep -c ' unchanged$' "$tmp/again.txt")" = 8 ] || fail "re-reading the same articles changed something"; ok
"$bin" analyze --workspace :memory: --format json Data/samples | python3 -c 'import json,sys; d=json.load(sys.stdin); assert len(d["articles"])==8' || fail "json report"; ok

# Bad input: one line on stderr naming the file, exit 1, no crash.
printf '\000\001\002' >"$tmp/bin.txt"; : >"$tmp/empty.txt"; echo "not a database" >"$tmp/bad.sqlite"
check_bad() {  # expected-substring, args...
  local want=$1; shift
  set +e; "$bin" "$@" >"$tmp/o" 2>"$tmp/e"; local rc=$?; set -e
  [ "$rc" = 1 ] || fail "'$*' exited $rc, want 1"
  grep -q "$want" "$tmp/e" || fail "'$*' stderr lacks '$want': $(cat "$tmp/e")"
  ok
}
check_bad "bin.txt' is binary data" analyze --workspace :memory: "$tmp/bin.txt"
check_bad "empty.txt' has no article text" analyze --workspace :memory: "$tmp/empty.txt"
check_bad "cannot read '$tmp/missing.txt'" analyze --workspace :memory: "$tmp/missing.txt"
check_bad "bad.sqlite' is not an Attest workspace" analyze --workspace "$tmp/bad.sqlite" Data/samples
[ "$(cat "$tmp/bad.sqlite")" = "not a database" ] || fail "a foreign workspace file was changed"; ok

# A bad file among good ones: reported, skipped, the rest saved, exit 1.
cp Data/samples/01-continental-wire-troops.txt "$tmp/good.txt"
set +e; "$bin" analyze --workspace "$tmp/mixed.sqlite" "$tmp/bin.txt" "$tmp/good.txt" >"$tmp/o" 2>"$tmp/e"; rc=$?; set -e
[ "$rc" = 1 ] || fail "mixed run exited $rc"
grep -q "good.txt" "$tmp/o" || fail "good file not in report"; ok

# Exports: every format is written; the workbook is a zip with two sheets.
for format in csv json jsonl md html xlsx; do
  "$bin" export --workspace "$tmp/w.sqlite" --format "$format" -o "$tmp/sheet.$format" 2>/dev/null || fail "export $format"
done
python3 - "$tmp" <<'PY' || fail "export contents"
import json, sys, zipfile
t = sys.argv[1]
assert len(json.load(open(f"{t}/sheet.json"))["quotes"]) > 10
names = zipfile.ZipFile(f"{t}/sheet.xlsx").namelist()
assert "xl/worksheets/sheet2.xml" in names and "xl/styles.xml" in names
assert "<script" not in open(f"{t}/sheet.html").read().lower()
PY
ok

# Claims: the JSON Lines contract's keys in order; `check --file` scores a list and exits 1 when
# the corpus holds nothing on a line.
"$bin" claims --format jsonl Data/samples >"$tmp/claims.jsonl" 2>/dev/null || fail "claims"
python3 - "$tmp/claims.jsonl" <<'PY' || fail "claims contract"
import json, sys
rows = [json.loads(l, object_pairs_hook=list) for l in open(sys.argv[1])]
keys = ["id", "doc", "outlet", "claim", "text", "start", "end", "value", "value_max", "unit",
        "asserted_by", "hedged", "score", "label", "supporting", "conflicting"]
assert len(rows) > 10 and all([k for k, _ in r][:16] == keys for r in rows)
labels = {"corroborated", "single-origin", "reported-not-asserted", "contested", "superseded",
          "likely-error", "uncorroborated"}
assert all(dict(r)["label"] in labels for r in rows)
PY
ok
printf '13 members of the security forces were killed\nThe sky is green\n' >"$tmp/checks.txt"
set +e; "$bin" check --file "$tmp/checks.txt" --format jsonl Data/samples >"$tmp/checked" 2>/dev/null; rc=$?; set -e
[ "$rc" = 1 ] && [ "$(wc -l <"$tmp/checked")" = 2 ] && grep -q '"found":true' "$tmp/checked" \
  || fail "check --file exited $rc"; ok

# Usage errors exit 64.
set +e; "$bin" analyze >/dev/null 2>&1; rc=$?; set -e
[ "$rc" = 64 ] || fail "usage error exited $rc, want 64"; ok

# A 20 MB article full of stray quotation marks: processed in seconds with located warnings.
python3 - "$tmp/stray.txt" <<'PY'
import sys
chunk = 'The minister said "we will see. Officials “disputed it. He added ” that prices rose.\n\n'
with open(sys.argv[1], "w") as f:
    f.write(chunk * (20_000_000 // len(chunk)))
PY
# Timed with the release build when there is one (CI builds it); debug code is ~10x slower.
fast=${ATTEST_RELEASE_BIN:-.build/release/attest}
[ -x "$fast" ] || fast=$bin
start=$(date +%s)
"$fast" analyze --workspace :memory: "$tmp/stray.txt" >"$tmp/o" 2>"$tmp/e" || fail "stray-quote article failed"
secs=$(( $(date +%s) - start ))
echo "smoke: 20 MB stray-quote article: ${secs}s, $(wc -l <"$tmp/e") warning line(s)"
[ "$secs" -lt 60 ] || fail "20 MB article took ${secs}s"; ok

echo "smoke: $pass passed, 0 failed"
