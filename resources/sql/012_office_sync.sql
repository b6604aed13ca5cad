-- Loket schema 12: one office, many counters. Every workstation holds every case, complaint and
-- account of the office and receives the others' changes from the central database
-- (core/sync/OfficePull, docs/SYNC.md).

-- A case's actions form a tree: each action names the action its officer saw last (parent_event)
-- and carries the case's state after it (snapshot, JSON). Every replica picks the same line
-- through the tree (CaseReplay), so all show the same stage, clocks and history; the actions off
-- that line stay in the history, marked overridden, and their fork is a conflict.
ALTER TABLE case_events ADD COLUMN parent_event TEXT;
ALTER TABLE case_events ADD COLUMN snapshot TEXT;
ALTER TABLE case_events ADD COLUMN overridden INTEGER NOT NULL DEFAULT 0; -- derived, not a change
CREATE INDEX case_events_parent ON case_events (case_id, parent_event);

ALTER TABLE cases ADD COLUMN head_event TEXT;                 -- derived: last action on the winning line
ALTER TABLE cases ADD COLUMN holder TEXT NOT NULL DEFAULT ''; -- user name of who must act next
ALTER TABLE cases ADD COLUMN origin TEXT NOT NULL DEFAULT ''; -- the workstation that registered it
UPDATE cases SET origin = workstation, holder = officer;
CREATE INDEX cases_origin_received ON cases (origin, received_at);
CREATE INDEX cases_holder_received ON cases (holder, received_at);

-- The same person or business may be registered at two counters before they sync; both rows are
-- kept (lookups take the oldest), so neither counter's case loses its applicant.
DROP INDEX applicants_nik;
CREATE INDEX applicants_nik ON applicants (nik, created_at);
DROP INDEX businesses_nib;
CREATE INDEX businesses_nib ON businesses (nib, created_at) WHERE nib IS NOT NULL;

-- A supervisor's decision on a conflict; synced like any record. id is the conflict's key.
CREATE TABLE conflict_resolutions (
    id            TEXT PRIMARY KEY NOT NULL,
    case_id       TEXT NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('kept', 'taken')),
    taken_event   TEXT,               -- the overridden action whose outcome was taken
    note          TEXT NOT NULL DEFAULT '',
    resolved_by   TEXT NOT NULL,
    resolved_at   TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    workstation   TEXT NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX conflict_resolutions_case ON conflict_resolutions (case_id);

-- Changes received from the central database and not applied yet (their parent record has not
-- arrived, or the pull was cut off). Technical state: not synced, not audited.
CREATE TABLE sync_inbox (
    origin       TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    table_name   TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    data         TEXT NOT NULL,
    tries        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (origin, seq)
);

-- How far this workstation has received each workstation's changes and audit entries.
CREATE TABLE sync_cursors (
    origin       TEXT NOT NULL,
    stream       TEXT NOT NULL CHECK (stream IN ('rows', 'audit')),
    last_seq     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (origin, stream)
);

-- Rows that could not be applied (a rule of this database refused them), for the IT admin.
CREATE TABLE sync_refused (
    origin       TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    table_name   TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    reason       TEXT NOT NULL,
    at           TEXT NOT NULL,
    PRIMARY KEY (origin, seq)
);

-- Other workstations' audit entries, kept as they were written and checked against their own
-- hash chains (AuditTrail::verifyReceived). Append-only like the local trail.
CREATE TABLE audit_remote (
    workstation  TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    id           TEXT NOT NULL,
    at           TEXT NOT NULL,
    actor_id     TEXT,
    actor_name   TEXT NOT NULL,
    action       TEXT NOT NULL,
    record_type  TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    before_json  TEXT,
    after_json   TEXT,
    note         TEXT,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL,
    PRIMARY KEY (workstation, seq)
);
CREATE INDEX audit_remote_record ON audit_remote (record_type, record_id);
CREATE TRIGGER audit_remote_no_update BEFORE UPDATE ON audit_remote
BEGIN
    SELECT RAISE(ABORT, 'audit_remote is append-only');
END;
CREATE TRIGGER audit_remote_no_delete BEFORE DELETE ON audit_remote
BEGIN
    SELECT RAISE(ABORT, 'audit_remote is append-only');
END;

-- Forks of case actions found by replaying (CaseReplay): derived from the actions, the same on
-- every workstation, so not synced. A fork is settled by a conflict_resolutions row of its key.
CREATE TABLE case_conflicts (
    key           TEXT PRIMARY KEY NOT NULL,   -- "<case id>/<parent event id or 'base'>"
    case_id       TEXT NOT NULL REFERENCES cases (id),
    parent_event  TEXT,
    winner_event  TEXT NOT NULL,
    loser_events  TEXT NOT NULL                -- comma-separated event ids, in order
);
CREATE INDEX case_conflicts_case ON case_conflicts (case_id);
