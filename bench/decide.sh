#!/usr/bin/env bash
# Shipgate decision benchmark (issue 17): starts the gateway jar on a fresh embedded PostgreSQL, then runs
# bench/DecideDriver.java: sandbox carrier accounts with serviceability tables and rate cards (the 100,000-row table
# and the 10,000-line card timed, with the gateway's peak heap), then each endpoint (a trivial one, serviceability,
# EDD, recommendation) at its capacity (closed loop) and at a fixed rate (open loop, latency from the scheduled send
# time). Stops everything (also on Ctrl-C or a failure).
#
#   bash bench/decide.sh [--rate 2000] [--clients 16] [--duration 20s] [--warmup 10s] [--rounds 2]
#                        [--scenarios trivial,serviceability,edd,recommend] [--results FILE] [--jar FILE] [--build] [--keep]
#
# BENCH_GATEWAY_JAVA_OPTS adds JVM options. See docs/benchmarks.md, "Issue 17: decisions".
set -euo pipefail
cd "$(dirname "$0")/.."

rate=2000
clients=16
duration=20s
warmup=10s
rounds=2
scenarios=trivial,serviceability,edd,recommend
results=""
jar=gateway/target/shipgate-gateway.jar
build=false
keep=false
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --rate) rate=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --scenarios) scenarios=$2; shift 2 ;;
    --results) results=$(realpath -m "$2"); shift 2 ;;
    --jar) jar=$(realpath -m "$2"); shift 2 ;;
    --rate=*|--clients=*|--duration=*|--warmup=*|--rounds=*|--scenarios=*|--results=*|--jar=*)
      name=${1%%=*}; set -- "$name" "${1#*=}" "${@:2}" ;;
    --build) build=true; shift ;;
    --keep) keep=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

# a JDK 21 or newer (JAVA_HOME, PATH), the process helpers, bench_setup and start_gateway
source bench/lib.sh
gw_pid="" driver_pid=""
bench_setup decide

# ---- the gateway: fresh embedded PostgreSQL; nothing on these paths calls a carrier ----
start_gateway --shipgate.tracking.polling.enabled=false

# ---- the load ----
driver_args=(--gateway "http://127.0.0.1:$gw_port" --management "http://127.0.0.1:$mgmt_port" --key "$key"
  --gateway-pid "$gw_pid" --rate "$rate" --clients "$clients" --duration "$duration" --warmup "$warmup" --rounds "$rounds"
  --scenarios "$scenarios")
[ -z "$results" ] || driver_args+=(--results "$results")
"$java" bench/DecideDriver.java "${driver_args[@]}" &
driver_pid=$!
driver_rc=0
wait "$driver_pid" || driver_rc=$?
driver_pid=""
[ "$driver_rc" -eq 0 ] || die "the decision driver failed (exit $driver_rc)" "$work/gateway.log"
echo "Gateway resident memory after the run: $(awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$gw_pid/status" 2>/dev/null || echo '?')"
if grep -qE ' ERROR ' "$work/gateway.log"; then
  echo "Note: the gateway logged errors during the run ($(grep -cE ' ERROR ' "$work/gateway.log") lines); see $work/gateway.log (kept)"
  keep=true
fi
failed=false
echo "Whole run: ${SECONDS} s"
