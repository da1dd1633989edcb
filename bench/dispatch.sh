#!/usr/bin/env bash
# Shipgate webhook dispatch benchmark (issue 16): starts the gateway as a separate process with a fresh
# embedded PostgreSQL (durable: fsync and synchronous_commit on, checked and printed) and
# http webhook URLs on loopback allowed, then runs bench/DispatchDriver.java: a local receiver that
# answers 204 at once, one endpoint for it, and outbox events written straight into the database in
# committed batches (it measures the dispatcher, not the API). Prints deliveries per second with a
# backlog, and commit-to-delivery percentiles at a steady rate; stops everything (also on Ctrl-C or
# a failure).
#
#   bash bench/dispatch.sh [--backlog 30000] [--rate 750] [--duration 30s] [--warmup-events 5000]
#                          [--backlog-timeout 60s] [--drain-timeout 30s] [--events-per-shipment 3]
#                          [--jar FILE] [--build] [--keep] [-- GATEWAY_ARGS...]
#
# Arguments after -- go to the gateway, e.g. -- --shipgate.webhooks.dispatcher.batch-size=100.
# --jar runs another build of the gateway (e.g. one from before a change). --build rebuilds the jar
# first (otherwise it is built only when missing). --keep keeps the temp dir (logs, data).
# BENCH_GATEWAY_JAVA_OPTS adds JVM options to the gateway. See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

driver_args=()
gateway_args=()
jar=gateway/target/shipgate-gateway.jar
build=false
keep=false
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --backlog|--rate|--duration|--warmup-events|--backlog-timeout|--drain-timeout|--events-per-shipment)
      driver_args+=("$1" "$2"); shift 2 ;;
    --backlog=*|--rate=*|--duration=*|--warmup-events=*|--backlog-timeout=*|--drain-timeout=*|--events-per-shipment=*)
      driver_args+=("$1"); shift ;;
    --jar) jar=$2; shift 2 ;;
    --jar=*) jar=${1#*=}; shift ;;
    --build) build=true; shift ;;
    --keep) keep=true; shift ;;
    --) shift; gateway_args=("$@"); break ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

# a JDK 21 or newer (JAVA_HOME, PATH), the process helpers, bench_setup and start_gateway
source bench/lib.sh
gw_pid="" driver_pid=""
bench_setup dispatch

# ---- the JDBC driver the gateway itself uses, for the benchmark driver's inserts ----
pgjdbc=$(unzip -Z1 "$jar" | grep -E '^BOOT-INF/lib/postgresql-[0-9.]+\.jar$' | head -1) || true
[ -n "$pgjdbc" ] || die "no PostgreSQL JDBC driver in $jar"
unzip -q -o -j "$jar" "$pgjdbc" -d "$work"
pgjdbc="$work/$(basename "$pgjdbc")"

# ---- the gateway: fresh embedded PostgreSQL, webhooks to loopback allowed ----
start_gateway --shipgate.webhooks.allow-private-urls=true "${gateway_args[@]}"
[ ${#gateway_args[@]} -eq 0 ] || echo "Gateway arguments: ${gateway_args[*]}"

# ---- the load ----
"$java" -cp "$pgjdbc" bench/DispatchDriver.java \
  --gateway "http://127.0.0.1:$gw_port" --key "$key" \
  --jdbc-url "jdbc:postgresql://127.0.0.1:$db_port/shipgate?reWriteBatchedInserts=true" --db-user shipgate \
  --db-password-file "$work/data/postgres.passwords" \
  --gateway-pid "$gw_pid" --postgres-pid "${pg_pid:-0}" "${driver_args[@]}" &
driver_pid=$!
driver_rc=0
wait "$driver_pid" || driver_rc=$?
driver_pid=""
[ "$driver_rc" -eq 0 ] || die "the dispatch driver failed (exit $driver_rc)" "$work/gateway.log"
if grep -qE ' ERROR ' "$work/gateway.log"; then
  echo "Note: the gateway logged errors during the run ($(grep -cE ' ERROR ' "$work/gateway.log") lines); see $work/gateway.log (kept)"
  keep=true
fi
failed=false
