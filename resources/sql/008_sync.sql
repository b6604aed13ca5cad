-- Loket schema 8: bookkeeping of the push to the office's central PostgreSQL database.
-- Technical state, not business data: it is not synced itself and not audited.

-- Rows changed since the last push. Triggers on every sync-ready table add to it (installed by
-- SyncService::ensureTracking, which also queues the rows that existed before), so a wrong
-- workstation clock can never hide a change.
CREATE TABLE sync_outbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name   TEXT NOT NULL,
    row_id       TEXT NOT NULL
);
CREATE INDEX sync_outbox_row ON sync_outbox (table_name, row_id);

-- Tables whose changes are tracked, and the last audit entry sent.
CREATE TABLE sync_state (
    table_name   TEXT PRIMARY KEY NOT NULL,
    last_seq     INTEGER NOT NULL DEFAULT 0,
    pushed_total INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sync_runs (
    id           TEXT PRIMARY KEY NOT NULL,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    actor_name   TEXT NOT NULL,
    target       TEXT NOT NULL,
    rows_pushed  INTEGER NOT NULL DEFAULT 0,
    audit_pushed INTEGER NOT NULL DEFAULT 0,
    ok           INTEGER NOT NULL DEFAULT 0,
    message      TEXT
);
CREATE INDEX sync_runs_started ON sync_runs (started_at);
