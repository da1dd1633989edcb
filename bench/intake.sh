#!/usr/bin/env bash
# Shipgate intake benchmark (issue 16): starts the gateway jar with a fresh embedded PostgreSQL (durable:
# fsync and synchronous_commit on, checked and printed), then runs bench/IntakeDriver.java: sandbox
# carrier accounts and trackers through the API, signed carrier pushes over HTTP to
# /v1/webhooks/carriers/sandbox/{account} from concurrent clients, and how many events per second are
# accepted (202) and fully processed (stored once, statuses moved, outbox written, pushes processed),
# observed in PostgreSQL; in the same run, from the driver's JVM, the ceiling: single-row durable
# INSERT + COMMIT per second from one JDBC connection. Stops everything (also on Ctrl-C or a failure).
#
#   bash bench/intake.sh [--clients 16] [--trackers 1500] [--events-per-tracker 20]
#                        [--scenarios live:1,backlog:1,live:10] [--ceiling 10s] [--warmup-trackers 300]
#                        [--jar FILE] [--build] [--keep]
#
# A scenario live:E sends pushes of E events while the intake runs; backlog:E holds them from the
# intake until all are accepted, then releases them at once (the intake's own capacity). --jar runs
# another build of the gateway (e.g. one from before a change). BENCH_GATEWAY_JAVA_OPTS adds JVM
# options. See docs/benchmarks.md, "Issue 16: tracking intake".
set -euo pipefail
cd "$(dirname "$0")/.."

clients=16
trackers=1500
events_per_tracker=20
scenarios=live:1,backlog:1,live:10
ceiling=10s
warmup_trackers=300
jar=gateway/target/shipgate-gateway.jar
build=false
keep=false
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --clients) clients=$2; shift 2 ;;
    --trackers) trackers=$2; shift 2 ;;
    --events-per-tracker) events_per_tracker=$2; shift 2 ;;
    --scenarios) scenarios=$2; shift 2 ;;
    --ceiling) ceiling=$2; shift 2 ;;
    --warmup-trackers) warmup_trackers=$2; shift 2 ;;
    --jar) jar=$(realpath -m "$2"); shift 2 ;;
    --clients=*|--trackers=*|--events-per-tracker=*|--scenarios=*|--ceiling=*|--warmup-trackers=*|--jar=*)
      name=${1%%=*}; set -- "$name" "${1#*=}" "${@:2}" ;;
    --build) build=true; shift ;;
    --keep) keep=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

# a JDK 21 or newer (JAVA_HOME, PATH), the process helpers, bench_setup and start_gateway
source bench/lib.sh
command -v unzip >/dev/null || { echo "FAIL: bench/intake.sh needs unzip" >&2; exit 1; }
gw_pid="" driver_pid=""
bench_setup intake

# ---- the gateway: fresh embedded PostgreSQL; no poller (trackers would be polled at once), no carrier calls ----
start_gateway --shipgate.tracking.polling.enabled=false

# ---- the load ----
unzip -q -o -j "$jar" 'BOOT-INF/lib/postgresql-*.jar' -d "$work/lib"
"$java" -cp "$(ls "$work"/lib/postgresql-*.jar | head -1)" -Dbench.gatewayPid="$gw_pid" -Dbench.postgresPid="${pg_pid:-0}" \
  bench/IntakeDriver.java --gateway "http://127.0.0.1:$gw_port" --key "$key" \
  --db-url "jdbc:postgresql://127.0.0.1:$db_port/shipgate" --db-password-file "$work/data/postgres.passwords" \
  --clients "$clients" --trackers "$trackers" --events-per-tracker "$events_per_tracker" --scenarios "$scenarios" \
  --ceiling "${ceiling%s}" --warmup-trackers "$warmup_trackers" &
driver_pid=$!
driver_rc=0
wait "$driver_pid" || driver_rc=$?
driver_pid=""
[ "$driver_rc" -eq 0 ] || die "the intake driver failed (exit $driver_rc)" "$work/gateway.log"
if grep -qE ' ERROR ' "$work/gateway.log"; then
  echo "Note: the gateway logged errors during the run ($(grep -cE ' ERROR ' "$work/gateway.log") lines); see $work/gateway.log (kept)"
  keep=true
fi
failed=false
echo "Whole run: ${SECONDS} s"
