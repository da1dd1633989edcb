# Shared by the benchmark scripts (bench/run.sh, bench/intake.sh, bench/dispatch.sh); sourced, not run.
# Picks a JDK 21 or newer as .ci/run does (exits when there is none), and defines the process helpers
# their cleanups use. postmaster_pid (and stop_left_postgres) read $work, the script's temp dir.

# ---- a JDK 21 or newer, as .ci/run picks it ----
jdk_ok() { [ -x "$1/bin/java" ] && "$1/bin/java" -version 2>&1 | head -1 | grep -qE '"(2[1-9]|[3-9][0-9])'; }
if [ -z "${JAVA_HOME:-}" ] || ! jdk_ok "$JAVA_HOME"; then
  JAVA_HOME=""
  for j in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if jdk_ok "$j"; then JAVA_HOME=$j; break; fi
  done
fi
if [ -z "${JAVA_HOME:-}" ]; then
  echo "FAIL: no JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm/*). Install one and set JAVA_HOME." >&2
  exit 1
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

# ---- processes ----
running() { # a live process (a zombie is not)
  local state
  state=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
  [ -n "$state" ] && [ "${state:0:1}" != Z ]
}
stop() { # stop <pid> <signal> <seconds>: signal it, wait, SIGKILL if it is still there
  local pid=$1 sig=$2 wait_s=$3 i
  [ -n "$pid" ] && running "$pid" || return 0
  kill "-$sig" "$pid" 2>/dev/null || true
  for ((i = 0; i < wait_s * 10; i++)); do running "$pid" || break; sleep 0.1; done
  if running "$pid"; then
    echo "  pid $pid did not stop within ${wait_s}s of SIG$sig: killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
  wait "$pid" 2>/dev/null || true
}
postmaster_pid() {
  local f="$work/data/postgres/postmaster.pid" pid
  [ -f "$f" ] || return 1
  pid=$(head -1 "$f")
  [[ "$pid" =~ ^[0-9]+$ ]] && running "$pid" && [[ "$(ps -o comm= -p "$pid")" == postgres* ]] && echo "$pid"
}
stop_left_postgres() { # the embedded PostgreSQL, left running only if the gateway had to be killed
  local pg children
  if pg=$(postmaster_pid); then
    echo "  stopping the embedded PostgreSQL (pid $pg) the gateway left running" >&2
    children=$(ps -o pid= --ppid "$pg" 2>/dev/null || true)
    stop "$pg" INT 15
    for c in $children; do running "$c" && kill -KILL "$c" 2>/dev/null || true; done
  fi
}

# ---- what every script's main part uses ----
die() { # die MESSAGE [LOG]: prints the message (and the log's last lines) and exits 1 (the script's cleanup runs)
  echo "FAIL: $1" >&2
  [ -n "${2:-}" ] && { echo "--- last lines of $2:" >&2; tail -25 "$2" >&2; }
  exit 1
}
now_ms() { date +%s%3N; }

# start_simulator: the sandbox carrier simulator from $jar in its own JVM on a free port (BENCH_SIMULATOR_JAVA_OPTS adds
# JVM options), its log in $work/simulator.log; waits until it listens and sets sim_pid and sim_port.
start_simulator() {
  # shellcheck disable=SC2086
  "$java" ${BENCH_SIMULATOR_JAVA_OPTS:-} -Dlogback.configurationFile=bench/simulator-logback.xml -cp "$jar" \
    -Dloader.main=io.shipgate.carrier.simulator.SandboxSimulatorServer \
    org.springframework.boot.loader.launch.PropertiesLauncher --port=0 >"$work/simulator.log" 2>&1 &
  sim_pid=$!
  sim_port=""
  local i
  for ((i = 0; i < 300; i++)); do
    sim_port=$(grep -oE 'listening on http://127\.0\.0\.1:[0-9]+' "$work/simulator.log" | grep -oE '[0-9]+$' || true)
    [ -n "$sim_port" ] && break
    running "$sim_pid" || die "the simulator exited" "$work/simulator.log"
    sleep 0.1
  done
  [ -n "$sim_port" ] || die "the simulator did not start within 30 s" "$work/simulator.log"
  echo "Simulator: pid $sim_pid, http://127.0.0.1:$sim_port"
}

# start_gateway [ARG...]: starts $jar with $java on a fresh embedded PostgreSQL in $work/data (demo tenant on, the
# per-key rate limit lifted, the API and management servers on free ports, the log in $work/gateway.log, the
# arguments added), waits until it is healthy, and sets gw_pid, gw_port, mgmt_port, startup_ms (since the start),
# key (the demo API key), db_port and pg_pid (the embedded PostgreSQL's). BENCH_GATEWAY_JAVA_OPTS adds JVM options.
start_gateway() {
  local gw_start i
  gw_start=$(now_ms)
  # shellcheck disable=SC2086
  env -u SHIPGATE_DB_URL SHIPGATE_DATA_DIR="$work/data" SHIPGATE_DEMO_TENANT=true \
    "$java" ${BENCH_GATEWAY_JAVA_OPTS:-} -jar "$jar" --server.port=0 --management.server.port=0 \
    --shipgate.rate-limit.requests-per-second=1000000 --shipgate.rate-limit.burst=1000000 "$@" >"$work/gateway.log" 2>&1 &
  gw_pid=$!
  # known_key: a later start on the same data prints no key; the script passes the first start's
  gw_port="" mgmt_port="" startup_ms="" key="${known_key:-}" db_port="" pg_pid=""
  for ((i = 0; i < 1200; i++)); do
    running "$gw_pid" || die "the gateway exited" "$work/gateway.log"
    # the API server starts first, then the management server (metrics)
    [ -n "$gw_port" ] || gw_port=$(grep -oE 'Tomcat started on port [0-9]+' "$work/gateway.log" | head -1 | grep -oE '[0-9]+$' || true)
    if [ -n "$gw_port" ] && curl -sf -m 2 "http://127.0.0.1:$gw_port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      startup_ms=$(($(now_ms) - gw_start))
      break
    fi
    sleep 0.1
  done
  [ -n "$startup_ms" ] || die "the gateway was not healthy within 120 s" "$work/gateway.log"
  for ((i = 0; i < 300; i++)); do
    [ -n "$mgmt_port" ] || mgmt_port=$(grep -oE 'Tomcat started on port [0-9]+' "$work/gateway.log" | sed -n 2p | grep -oE '[0-9]+$' || true)
    [ -n "$key" ] || key=$(grep -oE 'Demo API key: sg_[A-Za-z0-9_-]+' "$work/gateway.log" | head -1 | sed 's/^Demo API key: //' || true)
    [ -n "$mgmt_port" ] && [ -n "$key" ] && break
    sleep 0.1
  done
  [ -n "$key" ] || die "the gateway printed no demo API key" "$work/gateway.log"
  [ -n "$mgmt_port" ] || die "the gateway's management server did not start" "$work/gateway.log"
  db_port=$(grep -oE 'Embedded PostgreSQL ready on 127\.0\.0\.1:[0-9]+' "$work/gateway.log" | head -1 | grep -oE '[0-9]+$' || true)
  [ -n "$db_port" ] || die "the gateway did not log its embedded PostgreSQL's port" "$work/gateway.log"
  pg_pid=$(postmaster_pid || true)
  echo "Gateway: pid $gw_pid, http://127.0.0.1:$gw_port, healthy $((startup_ms / 1000)).$(((startup_ms % 1000) / 100)) s after start;" \
    "embedded PostgreSQL pid ${pg_pid:-?} on 127.0.0.1:$db_port"
}

# bench_traps: on exit (also Ctrl-C, SIGTERM or a failure) stops the driver, the gateway (which stops its embedded
# PostgreSQL on SIGTERM, after its graceful shutdown), a PostgreSQL it left and the simulator, from the script's
# driver_pid, gw_pid and sim_pid (those set), and removes $work: all of it after a success, only the data after a
# failure (the logs are kept), nothing with keep=true.
bench_cleanup() {
  local rc=$?
  set +e
  trap - EXIT INT TERM
  [ -n "${driver_pid:-}" ] && stop "$driver_pid" TERM 5
  [ -n "${gw_pid:-}" ] && stop "$gw_pid" TERM 60
  stop_left_postgres
  [ -n "${sim_pid:-}" ] && stop "$sim_pid" TERM 10
  if $keep; then
    echo "Logs and data kept in $work"
  elif $failed; then
    rm -rf "$work/data"
    echo "Logs kept in $work"
  else
    rm -rf "$work"
  fi
  exit "$rc"
}
bench_traps() {
  trap bench_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

# bench_setup NAME: what every script does before it starts anything: needs curl, builds $jar when it is missing (or
# with build=true), makes the temp dir $work (shipgate-NAME.*), sets java, failed=true and the exit traps, and prints
# the JDK, the jar and the work dir.
bench_setup() {
  java="$JAVA_HOME/bin/java"
  command -v curl >/dev/null || { echo "FAIL: $0 needs curl" >&2; exit 1; }
  if $build || [ ! -f "$jar" ]; then
    echo "Building $jar ..."
    ./mvnw -q -B -DskipTests package
  fi
  work=$(mktemp -d "${TMPDIR:-/tmp}/shipgate-$1.XXXXXX")
  failed=true
  bench_traps
  echo "JDK: $("$java" -version 2>&1 | head -1) at $JAVA_HOME"
  echo "Jar: $jar; work dir: $work"
}
