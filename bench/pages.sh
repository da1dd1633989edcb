#!/usr/bin/env bash
# Shipgate public tracking page benchmark (issue 19): the branded page /t/{slug}/{awb} at its capacity, against a
# database of 100,000 shipments with six tracking events each, driven by wrk (Debian's package) from a second process
# on loopback; beside it, in the same run, the ceiling of the same server for a static file (/assets/pages.css, else
# /assets/console.css). Stops everything (also on Ctrl-C or a failure).
#
#   bash bench/pages.sh [--shipments 100000] [--connections 32] [--threads 2] [--duration 30s] [--warmup 15s]
#                       [--jar FILE] [--build] [--keep]
#
# Goal (issue 19): >= 2,000 page views/s with p99 <= 50 ms on this 2-core machine. See docs/benchmarks.md, "Issue 19".
set -euo pipefail
cd "$(dirname "$0")/.."

shipments=100000
connections=32
threads=2
duration=30s
warmup=15s
jar=gateway/target/shipgate-gateway.jar
build=false
keep=false
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --shipments) shipments=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --jar) jar=$(realpath -m "$2"); shift 2 ;;
    --build) build=true; shift ;;
    --keep) keep=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "FAIL: bench/pages.sh needs wrk (apt-get install wrk)" >&2; exit 1; }
command -v psql >/dev/null || { echo "FAIL: bench/pages.sh needs psql (apt-get install postgresql-client)" >&2; exit 1; }

source bench/lib.sh
gw_pid="" driver_pid=""
bench_setup pages

# ---- the data: the demo tenant (first start), then its history written by the CLI, then six events per shipment ----
start_gateway --shipgate.tracking.polling.enabled=false
known_key=$key
stop "$gw_pid" TERM 60
gw_pid=""
echo "Writing $shipments finished shipments (demo history) ..."
t0=$(now_ms)
env -u SHIPGATE_DB_URL SHIPGATE_DATA_DIR="$work/data" "$java" -jar "$jar" demo history --shipments "$shipments" >"$work/history.log" 2>&1 \
  || die "demo history failed" "$work/history.log"
start_gateway --shipgate.tracking.polling.enabled=false
# the embedded PostgreSQL's superuser, with the password its first start generated (data/postgres.passwords)
PGPASSWORD=$(sed -n 's/^postgres=//p' "$work/data/postgres.passwords" 2>/dev/null || true)
export PGPASSWORD
[ -n "$PGPASSWORD" ] || die "no password for the embedded PostgreSQL in $work/data/postgres.passwords"
sql() { psql -X -q -At -h 127.0.0.1 -p "$db_port" -U postgres -d shipgate -c "$1"; }
sql "SELECT 1" >/dev/null || die "psql cannot reach the embedded PostgreSQL on $db_port"
sql "INSERT INTO tracking_events (tenant_id, shipment_id, status, status_code, carrier_code, carrier_text, location, occurred_at, utc_offset, source)
     SELECT s.tenant_id, s.id, e.status, e.code, e.carrier_code, e.text,
            jsonb_build_object('city', e.city, 'country', 'IN'), s.created_at + e.after, '+05:30', 'POLL'
       FROM shipments s
       CROSS JOIN (VALUES ('MANIFESTED', 1, 'MAN', 'Shipment information received', 'Gurugram', interval '0 hours'),
                          ('PICKED_UP', 5, 'PKD', 'Picked up', 'Gurugram', interval '6 hours'),
                          ('IN_TRANSIT', 6, 'ITR', 'Departed facility', 'Delhi Hub', interval '20 hours'),
                          ('IN_TRANSIT', 6, 'ARR', 'Arrived at destination facility', 'Mumbai Hub', interval '44 hours'),
                          ('OUT_FOR_DELIVERY', 7, 'OFD', 'Out for delivery', 'Mumbai', interval '60 hours'),
                          ('DELIVERED', 9, 'DLV', 'Delivered', 'Mumbai', interval '66 hours')) AS e(status, code, carrier_code, text, city, after)
     ON CONFLICT DO NOTHING" >/dev/null
sql "ANALYZE tracking_events" >/dev/null
count=$(sql "SELECT count(*) FROM shipments")
events=$(sql "SELECT count(*) FROM tracking_events")
slug=$(sql "SELECT slug FROM tenants ORDER BY created_at LIMIT 1")
echo "Data: $count shipments, $events tracking events, written in $((($(now_ms) - t0) / 1000)) s; tenant slug $slug"
sql "SELECT awb FROM shipments WHERE awb IS NOT NULL ORDER BY md5(awb) LIMIT 20000" >"$work/awbs.txt"
[ -s "$work/awbs.txt" ] || die "no AWBs to ask for"
first=$(head -1 "$work/awbs.txt")
code=$(curl -s -o "$work/page.html" -w '%{http_code}' "http://127.0.0.1:$gw_port/t/$slug/$first")
[ "$code" = 200 ] || die "the tracking page of $first answered $code" "$work/gateway.log"
static=/assets/pages.css
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$gw_port$static")" = 200 ] || static=/assets/console.css
echo "Page: $(wc -c <"$work/page.html") bytes; static file $static: $(curl -s "http://127.0.0.1:$gw_port$static" | wc -c) bytes"

# ---- the load: wrk, each request a random AWB of the list ----
cat >"$work/pages.lua" <<LUA
local paths = {}
for line in io.lines("$work/awbs.txt") do paths[#paths + 1] = "/t/$slug/" .. line end
math.randomseed(os.time())
request = function()
  return wrk.format("GET", paths[math.random(#paths)], {["Accept-Language"] = "en-IN,en;q=0.9,hi;q=0.8"})
end
LUA
gw_cpu() { awk '{ print $14 + $15 }' "/proc/$gw_pid/stat"; }
clk=$(getconf CLK_TCK)
run() { # run NAME URL [SCRIPT]: one wrk run; prints req/s, p50, p99 and the gateway's CPU per request
  local name=$1 url=$2 script=${3:-} out c0 c1 rps p50 p99 total errors
  c0=$(gw_cpu)
  if [ -n "$script" ]; then out=$(wrk -t "$threads" -c "$connections" -d "$duration" --latency -s "$script" "$url"); else
    out=$(wrk -t "$threads" -c "$connections" -d "$duration" --latency "$url"); fi
  c1=$(gw_cpu)
  rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
  total=$(echo "$out" | awk '/requests in/ { print $1 }')
  errors=$(echo "$out" | awk '/Non-2xx/ { print $5 } /Socket errors/ { print }' | tr '\n' ' ')
  p50=$(echo "$out" | awk '$1 == "50%" { print $2 }')
  p99=$(echo "$out" | awk '$1 == "99%" { print $2 }')
  printf '%-22s %10s req/s   p50 %8s   p99 %8s   gateway CPU %.3f ms/request   %s\n' "$name" "$rps" "$p50" "$p99" \
    "$(echo "($c1 - $c0) * 1000 / $clk / $total" | bc -l)" "${errors:+errors: $errors}"
}
echo
echo "== Warm-up ($warmup each)"
duration_saved=$duration; duration=$warmup
run "warm-up page" "http://127.0.0.1:$gw_port" "$work/pages.lua" >/dev/null
run "warm-up static" "http://127.0.0.1:$gw_port$static" >/dev/null
duration=$duration_saved
echo "== Capacity: wrk, $threads threads, $connections connections, $duration each, in turns"
for round in 1 2; do
  run "static file (round $round)" "http://127.0.0.1:$gw_port$static"
  run "tracking page (round $round)" "http://127.0.0.1:$gw_port" "$work/pages.lua"
done
echo "Gateway resident memory after the run: $(awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$gw_pid/status" 2>/dev/null || echo '?')"
if grep -qE ' ERROR ' "$work/gateway.log"; then
  echo "Note: the gateway logged errors during the run ($(grep -cE ' ERROR ' "$work/gateway.log") lines); see $work/gateway.log (kept)"
  keep=true
fi
failed=false
echo "Whole run: ${SECONDS} s"
