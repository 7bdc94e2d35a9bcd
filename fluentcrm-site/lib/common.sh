# Shared by start and stop. Every wait has a deadline; every failure is one line on stderr.

die() {
    echo "fluentcrm-site: $*" >&2
    exit 1
}

# pid_alive FILE: the process whose id FILE holds is running.
pid_alive() {
    [[ -s "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null
}

mariadb_alive() {
    [[ -S "$STATE/run/mysqld.sock" ]] && timeout 10 mariadb-admin --no-defaults --socket="$STATE/run/mysqld.sock" -uroot ping >/dev/null 2>&1
}

# wait_for SECONDS DESCRIPTION COMMAND...: polls COMMAND every 0.2 s until it succeeds.
wait_for() {
    local seconds=$1 what=$2
    shift 2
    local deadline=$((SECONDS + seconds))
    until "$@"; do
        ((SECONDS < deadline)) || return 1
        sleep 0.2
    done
}

http_alive() {
    local port
    port=$(cat "$STATE/port" 2>/dev/null) || return 1
    curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$port/wp-json/fluent-crm/v2" | grep -q '^200$'
}

# stop_group PIDFILE SECONDS: TERM to the process group the pid leads, KILL after SECONDS.
stop_group() {
    local file=$1 seconds=$2 pid
    [[ -s "$file" ]] || return 0
    pid=$(cat "$file")
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
        if ! wait_for "$seconds" "exit" bash -c "! kill -0 $pid 2>/dev/null"; then
            kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -f "$file"
}

# close_inherited_fds: in a subshell that is about to become a daemon, closes every descriptor
# above 2, so that the daemon holds neither our lock nor a caller's pipe open (a caller reading
# our output to its end would otherwise wait for the daemon to exit).
close_inherited_fds() {
    local fd
    for fd in $(ls /proc/$BASHPID/fd 2>/dev/null); do
        ((fd > 2)) && eval "exec $fd>&-" 2>/dev/null
    done
    return 0
}
