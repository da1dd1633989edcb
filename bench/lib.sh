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
