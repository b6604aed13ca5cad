#!/bin/sh
# ctest packaging_timer_run: loket-timer-run reads the account's env files without sourcing them,
# passes the Loket account to loket-cli, and ends a failure with one clear error line.
#   test-timer-run.sh path/to/loket-timer-run
set -eu
run="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home/.config/loket"
cat >"$tmp/fake-cli" <<'FAKE'
#!/bin/sh
echo "args: $*"
echo "password: $LOKET_PASSWORD"
exit "${FAKE_EXIT:-0}"
FAKE
chmod 755 "$tmp/fake-cli"
export HOME="$tmp/home" LOKET_TIMER_CLI="$tmp/fake-cli"
unset XDG_CONFIG_HOME LOKET_USER LOKET_PASSWORD 2>/dev/null || true
fail() { echo "FAIL: $*" >&2; exit 1; }

# No configuration: exit 78 and one line naming the file.
set +e
"$run" sync >"$tmp/out" 2>"$tmp/err"; rc=$?
set -e
[ "$rc" -eq 78 ] || fail "no sync.env: exit $rc, expected 78"
grep -q '^<3>loket-sync for account .* did not run: no LOKET_USER in .*/sync.env' "$tmp/err" || fail "no clear line: $(cat "$tmp/err")"

# Quotes and comments, and a value that a shell would run: only read, never executed.
cat >"$HOME/.config/loket/sync.env" <<'ENV'
# the sync account
LOKET_USER="sinkron"
LOKET_PASSWORD='pa ss $(touch should-not-exist)'
ENV
cat >"$HOME/.config/loket/backup.env" <<'ENV'
LOKET_USER=admin
ENV
(cd "$tmp" && "$run" sync >"$tmp/out" 2>"$tmp/err") || fail "sync: exit $?"
grep -qx 'args: --user sinkron sync --json' "$tmp/out" || fail "sync args: $(cat "$tmp/out")"
grep -qx 'password: pa ss $(touch should-not-exist)' "$tmp/out" || fail "password: $(cat "$tmp/out")"
[ ! -e "$tmp/should-not-exist" ] || fail "the env file was executed"
(cd "$tmp" && "$run" backup >"$tmp/out" 2>"$tmp/err") || fail "backup: exit $?"
grep -qx 'args: --user admin backup --json' "$tmp/out" || fail "backup.env does not override: $(cat "$tmp/out")"

# A failure keeps loket-cli's exit status and says why in one line.
set +e
FAKE_EXIT=5 "$run" backup >"$tmp/out" 2>"$tmp/err"; rc=$?
set -e
[ "$rc" -eq 5 ] || fail "failure: exit $rc, expected 5"
grep -q '^<3>loket-backup for account .* FAILED: not permitted' "$tmp/err" || fail "no FAILED line: $(cat "$tmp/err")"

# A wrong job name is refused.
set +e
"$run" restore >/dev/null 2>&1; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "unknown job: exit $rc"
echo "loket-timer-run: ok"
