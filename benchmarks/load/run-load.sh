#!/usr/bin/env bash
# Load benchmark: the SMS auto-reply (scripts-samples/sms-auto-reply.csx, and its ports to B and C) under wrk on loopback, in alternating rounds of
#   A  ScriptHost, functions in worker processes (Isolation=Process, the default; the template deployed as a function;
#      public, and protected with a valid signature)
#   I  the same published ScriptHost with functions in-process (Isolation=InProcess), the same template deployed
#   B  the same logic as a native ASP.NET Core minimal API (benchmarks/NativeBaseline)
#   C  the same function under twilio-run 5 (single process: --no-fork-process --no-live --no-logs)
# and a latency pair, A-c1 and I-c1: the public SMS reply over one connection (wrk -t1 -c1), whose p50 is the warm
# per-call latency, so A-c1 minus I-c1 is what the hop to a worker adds.
# Each round runs every target once (A, I, B, C, ..., A, I, B, C, ...); the report takes medians over rounds, and
# ratios and differences per round.
#
# Usage: benchmarks/load/run-load.sh [--rounds N] [--duration SECONDS] [--warmup SECONDS] [--scripthost DLL] [--native DLL] [--out DIR]
# Expects Release builds (benchmarks/run.sh publishes them ReadyToRun and passes their paths). Installs wrk (apt) and twilio-run (npm ci) when missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
scripthost_dll="$root/src/ScriptHost/bin/Release/net10.0/ScriptHost.dll"
native_dll="$root/benchmarks/NativeBaseline/bin/Release/net10.0/NativeBaseline.dll"
rounds=5 duration=10 warmup=10 out="$root/benchmarks/results/latest" connections=64
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --scripthost) scripthost_dll="$2"; shift 2 ;;
    --native) native_dll="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[[ -x "$here/twilio-run/node_modules/.bin/twilio-run" ]] || (cd "$here/twilio-run" && npm ci --no-audit --no-fund --loglevel=error)

sample="$root/scripts-samples/sms-auto-reply.csx"
admin_key="benchmark-admin-key-0123456789"
auth_token="benchmark-auth-token"
port_a=5301 port_b=5302 port_c=5303 port_i=5304
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  # The end of the servers' own output stays with the results: a failed run shows the server's side of it. Only the
  # end: twilio-run prints the function's log line on every request (10.8 MB, 190,000 lines, in one full run).
  mkdir -p "$out" && for log in "$work"/*.log; do tail -n 200 "$log" >"$out/server-$(basename "$log")" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

wait_up() { # url: polls up to 60 s
  for _ in $(seq 1 600); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.1; done
  echo "not answering: $1" >&2; return 1
}

export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning TWILIO_AUTH_TOKEN="$auth_token"
ScriptHost__Isolation=Process ScriptHost__DataPath="$work/scripthost.db" ScriptHost__AdminKey="$admin_key" \
  dotnet "$scripthost_dll" --urls "http://127.0.0.1:$port_a" >"$work/a.log" 2>&1 & pids+=($!)
ScriptHost__Isolation=InProcess ScriptHost__DataPath="$work/inprocess.db" ScriptHost__AdminKey="$admin_key" \
  dotnet "$scripthost_dll" --urls "http://127.0.0.1:$port_i" >"$work/i.log" 2>&1 & pids+=($!)
dotnet "$native_dll" --urls "http://127.0.0.1:$port_b" >"$work/b.log" 2>&1 & pids+=($!)
node "$here/twilio-run/node_modules/twilio-run/bin/twilio-run.js" --cwd "$here/twilio-run" \
  --no-fork-process --no-live --no-logs --port "$port_c" >"$work/c.log" 2>&1 & pids+=($!)
base="http://127.0.0.1:$port_a" base_i="http://127.0.0.1:$port_i"
wait_up "$base/health"; wait_up "$base_i/health"; wait_up "http://127.0.0.1:$port_b/health"

# Deploy the template on a ScriptHost (A, I): a service, its auth token, the function public and protected.
deploy_template() { # base url
  local api_key
  api_key="$(curl -fsS -X POST "$1/api/services" -H "Authorization: Bearer $admin_key" -H 'Content-Type: application/json' \
    -d '{"name":"bench"}' | jq -r .apiKey)"
  curl -fsS -o /dev/null -X PUT "$1/api/services/bench/environment/TWILIO_AUTH_TOKEN" -H "Authorization: Bearer $api_key" \
    -H 'Content-Type: application/json' -d "{\"value\":\"$auth_token\",\"secret\":true}"
  for fn in sms:public sms-protected:protected; do
    jq -n --rawfile source "$sample" --arg visibility "${fn#*:}" '{source: $source, visibility: $visibility}' |
      curl -fsS -o /dev/null -X PUT "$1/api/services/bench/functions/${fn%%:*}" -H "Authorization: Bearer $api_key" \
        -H 'Content-Type: application/json' --data-binary @-
  done
}
deploy_template "$base"
deploy_template "$base_i"

# Twilio's signature: base64(HMAC-SHA1(auth token, URL + each form key and value, keys sorted)). The body in sms.lua is fixed.
sign() {
  local data="$1AccountSidAC0123456789abcdef0123456789abcdefBodyHello thereFrom+15551230001MessageSidSM0123456789abcdef0123456789abcdefNumMedia0To+15559870002"
  printf '%s' "$data" | openssl dgst -sha1 -hmac "$auth_token" -binary | base64
}
sig_a="$(sign "http://127.0.0.1:$port_a/bench/sms-protected")"
sig_b="$(sign "http://127.0.0.1:$port_b/sms-protected")"

declare -A urls=(
  [A-public]="$base/bench/sms" [A-protected]="$base/bench/sms-protected" [I-public]="$base_i/bench/sms"
  [B-public]="http://127.0.0.1:$port_b/sms" [B-protected]="http://127.0.0.1:$port_b/sms-protected"
  [C-public]="http://127.0.0.1:$port_c/sms" [A-c1]="$base/bench/sms" [I-c1]="$base_i/bench/sms")
declare -A signatures=([A-protected]="$sig_a" [B-protected]="$sig_b")
order=(A-public I-public B-public C-public A-protected B-protected A-c1 I-c1)
# The latency pair runs over one connection; everything else over $connections.
connections_of() { [[ "$1" == *-c1 ]] && echo 1 || echo "$connections"; }

# Every target must answer 200 with the reply before any load is measured.
for target in "${order[@]}"; do
  for _ in $(seq 1 300); do
    reply="$(curl -sS -X POST "${urls[$target]}" -H "X-Twilio-Signature: ${signatures[$target]:-}" \
      --data 'AccountSid=AC0123456789abcdef0123456789abcdef&Body=Hello+there&From=%2B15551230001&MessageSid=SM0123456789abcdef0123456789abcdef&NumMedia=0&To=%2B15559870002' 2>/dev/null || true)"
    [[ "$reply" == *"Hello there"* ]] && break
    sleep 0.1
  done
  [[ "$reply" == *"Hello there"* ]] || { echo "$target does not answer the SMS reply: $reply" >&2; exit 1; }
done

# A's and I's journals write invocation records and logs in the background; before every run, wait until both queues
# are empty (a last batch may still be writing, a few ms), so a backlog does not spill into another target's
# measurement.
settle() {
  for server in "$base" "$base_i"; do
    for _ in $(seq 1 300); do
      [[ "$(curl -fsS "$server/health" | jq -r .journalPending)" == "0" ]] && continue 2
      sleep 0.1
    done
    echo "the journal of $server did not drain within 30 s" >&2
  done
}

mkdir -p "$out"
results="$out/load-rounds.jsonl"
: >"$results"
# Warm-up: JIT, connection pools, V8 optimisation; not recorded. Measured on the 2-core machine: under load .NET's
# tiered JIT kept recompiling hot methods for ~15-20 s after start (the tier-1 compiler thread competes with the
# load), so each target gets 10 s, and A (two targets, one process) 20 s. The latency pair hits URLs warmed already.
for target in "${order[@]}"; do
  [[ "$target" == *-c1 ]] && continue
  settle
  RESULTS=/dev/null TARGET="$target" SIGNATURE="${signatures[$target]:-}" \
    wrk -t1 -c"$connections" -d"$warmup"s -s "$here/sms.lua" "${urls[$target]}" >/dev/null
done
for round in $(seq 1 "$rounds"); do
  for target in "${order[@]}"; do
    settle
    ROUND="$round" RESULTS="$results" TARGET="$target" SIGNATURE="${signatures[$target]:-}" \
      timeout $((duration + 30)) wrk -t1 -c"$(connections_of "$target")" -d"${duration}s" --timeout 5s -s "$here/sms.lua" "${urls[$target]}" |
      tail -n 1
  done
done
echo "wrote $results"
