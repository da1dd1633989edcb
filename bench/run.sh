#!/usr/bin/env bash
# Shipgate benchmark: starts the sandbox carrier simulator and the gateway as separate processes
# (free ports, a fresh embedded PostgreSQL in a temp dir), creates 3 sandbox accounts with 50 ms
# simulated latency, runs bench/LoadDriver.java against the gateway and against the simulator
# directly, prints the figures, and stops everything (also on Ctrl-C or a failure).
#
#   bash bench/run.sh [--duration 20s] [--warmup 5s] [--jit-warmup 30s] [--clients 8] [--latency-ms 50]
#                     [--scenarios direct-rates,gateway-rates,direct-create,gateway-create]
#                     [--rounds 4] [--results FILE] [--build] [--keep]
#
# --clients takes a list (e.g. 1,8,32) to run every scenario at each level. --results appends the
# result rows to FILE (tab-separated). --build rebuilds the jar first (otherwise it is built only
# when missing). --keep keeps the temp dir (logs, data).
# BENCH_GATEWAY_JAVA_OPTS / BENCH_SIMULATOR_JAVA_OPTS add JVM options (e.g. to record a JFR).
# See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=20s
warmup=5s
jit_warmup=30s
clients=8
latency_ms=50
scenarios=direct-rates,gateway-rates,direct-create,gateway-create
rounds=4
results=""
build=false
keep=false
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --jit-warmup) jit_warmup=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --latency-ms) latency_ms=$2; shift 2 ;;
    --scenarios) scenarios=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --results) results=$(realpath -m "$2"); shift 2 ;;
    --duration=*|--warmup=*|--jit-warmup=*|--clients=*|--latency-ms=*|--scenarios=*|--rounds=*|--results=*)
      name=${1%%=*}; set -- "$name" "${1#*=}" "${@:2}" ;;
    --build) build=true; shift ;;
    --keep) keep=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

# a JDK 21 or newer (JAVA_HOME, PATH), the process helpers, bench_setup and start_gateway
source bench/lib.sh
jar=gateway/target/shipgate-gateway.jar
sim_pid="" gw_pid="" driver_pid=""
bench_setup bench

# ---- the carrier simulator, as its own process ----
start_simulator

# ---- the gateway: fresh embedded PostgreSQL, calling the simulator process ----
start_gateway --shipgate.carriers.sandbox.base-url="http://127.0.0.1:$sim_port" --shipgate.sandbox-carrier.simulator-enabled=false

# ---- the load ----
"$java" bench/LoadDriver.java \
  --gateway "http://127.0.0.1:$gw_port" --management "http://127.0.0.1:${mgmt_port:-$gw_port}" --key "$key" --setup-accounts 3 \
  --simulator "http://127.0.0.1:$sim_port" --latency-ms "$latency_ms" \
  --clients "$clients" --duration "$duration" --warmup "$warmup" --jit-warmup "$jit_warmup" --scenarios "$scenarios" \
  --rounds "$rounds" ${results:+--results "$results"} \
  --gateway-pid "$gw_pid" --simulator-pid "$sim_pid" --postgres-pid "${pg_pid:-0}" --startup-ms "$startup_ms" &
driver_pid=$!
driver_rc=0
wait "$driver_pid" || driver_rc=$?
driver_pid=""
[ "$driver_rc" -eq 0 ] || die "the load driver failed (exit $driver_rc)" "$work/gateway.log"
if grep -qE ' ERROR ' "$work/gateway.log"; then
  echo "Note: the gateway logged errors during the run ($(grep -cE ' ERROR ' "$work/gateway.log") lines); see $work/gateway.log (kept)"
  keep=true
fi
failed=false
