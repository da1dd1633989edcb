#!/usr/bin/env bash
# Shipgate batch benchmark (issue 18): starts the sandbox carrier simulator and, per concurrency level, the gateway
# on a fresh embedded PostgreSQL with shipgate.batches.worker.concurrency-per-account at that level; creates a sandbox
# account with the simulated carrier latency, then measures one batch end to end: POST /v1/batches (JSON lines) ->
# every row bought (GET /v1/batches/{id} polled) -> the merged label PDF fetched. Prints the times, rows/s and the
# gateway's heap high-water mark (the largest heap in use sampled from its metrics during the run), and stops
# everything (also on Ctrl-C or a failure).
#
#   bash bench/batch.sh [--rows 10000] [--latency-ms 20] [--concurrency 4,8,16] [--jar FILE] [--build] [--keep]
#
# BENCH_GATEWAY_JAVA_OPTS adds JVM options (e.g. -Xmx512m to check the memory bound). See docs/benchmarks.md,
# "Issue 18: bulk shipping".
set -euo pipefail
cd "$(dirname "$0")/.."

rows=10000
latency_ms=20
levels=4,8,16
jar=gateway/target/shipgate-gateway.jar
build=false
keep=false
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows=$2; shift 2 ;;
    --latency-ms) latency_ms=$2; shift 2 ;;
    --concurrency) levels=$2; shift 2 ;;
    --jar) jar=$(realpath -m "$2"); shift 2 ;;
    --rows=*|--latency-ms=*|--concurrency=*|--jar=*)
      name=${1%%=*}; set -- "$name" "${1#*=}" "${@:2}" ;;
    --build) build=true; shift ;;
    --keep) keep=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

# a JDK 21 or newer (JAVA_HOME, PATH), the process helpers, bench_setup and start_gateway
source bench/lib.sh
command -v jq >/dev/null || { echo "FAIL: bench/batch.sh needs jq" >&2; exit 1; }
sim_pid="" gw_pid="" driver_pid=""
bench_setup batch

# ---- the carrier simulator, as its own process ----
start_simulator

heap_used() { # the gateway's heap in use now, in bytes (the sum over its heap pools)
  curl -sf -m 5 "http://127.0.0.1:$mgmt_port/actuator/prometheus" 2>/dev/null \
    | awk '/^jvm_memory_used_bytes\{.*area="heap"/ { sum += $NF } END { printf "%d\n", sum }'
}

results=()
IFS=, read -r -a concurrency <<<"$levels"
for level in "${concurrency[@]}"; do
  echo
  echo "== concurrency-per-account $level: $rows rows, carrier latency $latency_ms ms =="
  rm -rf "$work/data"
  start_gateway --shipgate.carriers.sandbox.base-url="http://127.0.0.1:$sim_port" --shipgate.sandbox-carrier.simulator-enabled=false \
    --shipgate.batches.worker.concurrency-per-account="$level" --shipgate.batches.worker.interval=100ms
  api="http://127.0.0.1:$gw_port"
  account=$(curl -sf -X POST "$api/v1/carrier-accounts" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
    -d "{\"carrier\":\"sandbox\",\"name\":\"bench-batch\",\"settings\":{\"latency_ms\":\"$latency_ms\"},\"credentials\":{\"api_key\":\"bench\"}}" \
    | jq -r .id) || die "cannot create the sandbox account" "$work/gateway.log"

  # the batch: one JSON line per shipment, each with its own reference
  awk -v n="$rows" -v account="$account" -v run="$level-$RANDOM" 'BEGIN { for (i = 1; i <= n; i++) printf \
    "{\"carrier_account_id\":\"%s\",\"reference\":\"BENCH-%s-%d\",\"service_level\":\"STANDARD\",\"shipper\":{\"name\":\"Ada Shipper\",\"street1\":\"11 Wall St\",\"city\":\"New York\",\"state\":\"NY\",\"postal_code\":\"10005\",\"country\":\"US\"},\"recipient\":{\"name\":\"Grace Recipient\",\"street1\":\"1 Market St\",\"city\":\"San Francisco\",\"state\":\"CA\",\"postal_code\":\"94105\",\"country\":\"US\"},\"parcels\":[{\"weight\":{\"value\":2.5,\"unit\":\"LB\"}}]}\n", \
    account, run, i }' >"$work/batch.ndjson"

  heap_max=$(heap_used)
  t0=$(now_ms)
  submitted=$(curl -sf -X POST "$api/v1/batches" -H "Authorization: Bearer $key" -H 'Content-Type: application/x-ndjson' \
    --data-binary @"$work/batch.ndjson") || die "the batch was refused" "$work/gateway.log"
  t_submitted=$(now_ms)
  batch=$(jq -r .id <<<"$submitted")
  [ "$(jq -r .counts.invalid <<<"$submitted")" = 0 ] || die "rows were refused: $(jq -c '.errors[0:3]' <<<"$submitted")"
  while :; do
    progress=$(curl -sf "$api/v1/batches/$batch?limit=0" -H "Authorization: Bearer $key") || die "cannot read the batch" "$work/gateway.log"
    h=$(heap_used); [ "${h:-0}" -gt "$heap_max" ] && heap_max=$h
    [ "$(jq -r .counts.pending <<<"$progress")" = 0 ] && break
    [ $(($(now_ms) - t0)) -lt 900000 ] || die "the batch was not done within 15 minutes: $(jq -c .counts <<<"$progress")" "$work/gateway.log"
    sleep 0.25
  done
  t_bought=$(now_ms)
  created=$(jq -r .counts.created <<<"$progress")
  [ "$created" = "$rows" ] || die "only $created of $rows rows were bought: $(jq -c .counts <<<"$progress")" "$work/gateway.log"
  ( while sleep 0.25; do h=$(heap_used); echo "${h:-0}"; done >"$work/heap-labels.txt" ) &
  sampler=$!
  code=$(curl -s -o "$work/labels.pdf" -w '%{http_code}' "$api/v1/batches/$batch/labels?format=pdf" -H "Authorization: Bearer $key")
  t_labels=$(now_ms)
  kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
  [ "$code" = 200 ] || die "the labels answered $code" "$work/gateway.log"
  h=$(sort -n "$work/heap-labels.txt" | tail -1); [ "${h:-0}" -gt "$heap_max" ] && heap_max=$h
  pdf_bytes=$(stat -c %s "$work/labels.pdf")

  total=$((t_labels - t0))
  line=$(printf '%-12s %8d %10.1f %10.1f %10.1f %10.1f %9.0f %10d %8d' "$level" "$rows" "$(bc -l <<<"($t_submitted - $t0) / 1000")" \
    "$(bc -l <<<"($t_bought - $t0) / 1000")" "$(bc -l <<<"($t_labels - $t_bought) / 1000")" "$(bc -l <<<"$total / 1000")" \
    "$(bc -l <<<"$rows * 1000 / ($t_bought - $t0)")" "$((heap_max / 1048576))" "$((pdf_bytes / 1048576))")
  echo "$line"
  results+=("$line")
  stop "$gw_pid" TERM 60
  gw_pid=""
  stop_left_postgres
done

echo
echo "Batch of $rows rows, sandbox carrier latency $latency_ms ms, $(nproc) cores, $("$java" -version 2>&1 | head -1)"
printf '%-12s %8s %10s %10s %10s %10s %9s %10s %8s\n' "concurrency" "rows" "submit_s" "bought_s" "labels_s" "total_s" "rows/s" "heap_MB" "pdf_MB"
printf '%s\n' "${results[@]}"
failed=false
