#!/usr/bin/env bash
# The one command: installs what the benchmarks need, builds Release, runs every benchmark, regenerates the README table.
#
#   bash benchmarks/run.sh            full run (~28 minutes on a quiet 2-core machine)
#   bash benchmarks/run.sh --short    quick end-to-end check (~10 minutes; figures are noise)
#
# Results land in benchmarks/results/latest/ (JSON per part, BenchmarkDotNet's reports under bdn/); the table between
# the markers in benchmarks/README.md is rewritten from them. Only loopback is used; every step is bounded in time.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mode=full
[[ "${1:-}" == "--short" ]] && mode=short

if [[ $mode == full ]]; then
  bdn_job=() launches=10 functions=200 load_rounds=5 load_seconds=10 load_warmup=10 restarts=10 versions=100 churn=10000
  cold_services=20 replacements=10 abuse_rounds=3 deploy_rounds=50 bundle_rounds=5 flips=100 flip_rounds=3
  completions=500 editor_rounds=50
else
  bdn_job=(--job short) launches=3 functions=50 load_rounds=2 load_seconds=4 load_warmup=3 restarts=3 versions=100 churn=1000
  cold_services=5 replacements=3 abuse_rounds=2 deploy_rounds=10 bundle_rounds=2 flips=20 flip_rounds=2
  completions=100 editor_rounds=10
fi

echo "== install"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq; }
# Workers run confined as in production (bubblewrap; cgroups where the kernel has them). Without it they still run,
# unconfined, and the results' confinement says so.
command -v bwrap >/dev/null || { apt-get update -qq && apt-get install -y -qq bubblewrap; }
(cd benchmarks/load/twilio-run && { [[ -x node_modules/.bin/twilio-run ]] || npm ci --no-audit --no-fund --loglevel=error; })

echo "== build (Release) and publish the servers ReadyToRun, as README's production command does"
dotnet build -c Release benchmarks/ScriptHost.Benchmarks/ScriptHost.Benchmarks.csproj -nologo -v q
publish="$root/artifacts/publish"
rid="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
for project in src/ScriptHost/ScriptHost.csproj benchmarks/NativeBaseline/NativeBaseline.csproj; do
  name="$(basename "$project" .csproj)"
  rm -rf "${publish:?}/$name"
  dotnet publish "$project" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$publish/$name" -nologo -v q
done
scripthost_dll="$publish/ScriptHost/ScriptHost.dll" native_dll="$publish/NativeBaseline/NativeBaseline.dll"

out="$root/benchmarks/results/latest"
rm -rf "$out" && mkdir -p "$out"
bench=(dotnet "$root/benchmarks/ScriptHost.Benchmarks/bin/Release/net10.0/ScriptHost.Benchmarks.dll")

jq -n --arg mode "$mode" --arg date "$(date -u +%Y-%m-%dT%H:%MZ)" --arg commit "$(git rev-parse --short HEAD)" \
  --arg cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" --arg cores "$(nproc)" \
  --arg memory "$(free -g | awk '/Mem:/ {print $2 " GiB"}')" --arg os "$(. /etc/os-release && echo "$PRETTY_NAME")" \
  --arg dotnet "$(dotnet --version)" --arg node "$(node --version)" --arg wrk "$(wrk -v 2>&1 | head -1 | awk '{print $2}')" \
  '{mode:$mode,date:$date,commit:$commit,cpu:$cpu,cores:$cores,memory:$memory,os:$os,dotnet:$dotnet,node:$node,wrk:$wrk}' \
  >"$out/machine.json"

echo "== BenchmarkDotNet: compile, invoke, cache"
(cd benchmarks/ScriptHost.Benchmarks && timeout 900 "${bench[@]}" bdn --filter '*' "${bdn_job[@]}" --artifacts "$out/bdn")

echo "== first compile in a fresh process"
timeout 600 "${bench[@]}" first-compile --launches "$launches" --out "$out"

echo "== memory per cached function, unload"
timeout 600 "${bench[@]}" footprint --functions "$functions" --out "$out"

echo "== HTTP load: A ScriptHost (functions in workers), I ScriptHost (in-process), B native, C twilio-run"
timeout 1200 bash benchmarks/load/run-load.sh --scripthost "$scripthost_dll" --native "$native_dll" --rounds "$load_rounds" --duration "$load_seconds" --warmup "$load_warmup" --out "$out"

echo "== cold start and deploy"
timeout 900 "${bench[@]}" server --scripthost "$scripthost_dll" --native "$native_dll" --restarts "$restarts" --versions "$versions" --out "$out"

echo "== builds and deployments: a version through a build to first answer, a 100-function bundle cold vs reused, flips under load"
timeout 900 "${bench[@]}" deployments --scripthost "$scripthost_dll" --rounds "$deploy_rounds" --bundle-rounds "$bundle_rounds" \
  --flips "$flips" --flip-rounds "$flip_rounds" --duration "$load_seconds" --warmup "$load_warmup" --out "$out"

echo "== console editor: completions and diagnostics over HTTP (diagnostics beside a PUT of the same text)"
timeout 600 "${bench[@]}" editor --scripthost "$scripthost_dll" --completions "$completions" --compiles "$editor_rounds" --out "$out"

echo "== worker tier: first call on a pool worker, replacing a killed worker, a service under another's abuse"
timeout 900 "${bench[@]}" workers --scripthost "$scripthost_dll" --services "$cold_services" --replacements "$replacements" \
  --rounds "$abuse_rounds" --duration "$load_seconds" --warmup "$load_warmup" --out "$out"

echo "== churn: $churn versions"
timeout 1200 "${bench[@]}" churn --versions "$churn" --out "$out"

echo "== report"
"${bench[@]}" report --results "$out" --readme "$root/benchmarks/README.md"
