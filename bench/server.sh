# Shared by the bench scripts that start Reachable on a generated borough (source it after cd "$WORK"):
# start_server PORT HEAP starts the jar in the current directory (logging to serve.log), stops it when the script
# exits, and waits until it answers; afterwards PG is the embedded PostgreSQL's port and SQL runs one statement.
start_server() {
  "$JAVA" "-Xmx$2" -jar "$ROOT/target/reachable.jar" --server.port="$1" --reachable.demo.enabled=false \
    --reachable.moments.check-at-first-start=false > serve.log 2>&1 &
  SERVER=$!
  trap 'kill $SERVER 2>/dev/null || true' EXIT
  for _ in $(seq 1 300); do
    curl -s -o /dev/null -w '%{http_code}' "http://localhost:$1/login" 2>/dev/null | grep -q 200 && break
    sleep 1
  done
  PG=$(ps -o args= -C postgres | grep -o -- "-D $WORK[^ ]* -p [0-9]*" | awk '{print $4}' | head -1)
}

SQL() { psql -h localhost -p "$PG" -U postgres -At -v ON_ERROR_STOP=1 -c "$1"; }
