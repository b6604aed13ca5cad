-- Loket schema 7: complaints and suggestions (component 6 of the service standard).
-- A complaint links to its case by registration number only, so a complaint about a case that
-- lives on another workstation (or was never registered) is still recorded, never lost.

CREATE TABLE complaints (
    id                      TEXT PRIMARY KEY NOT NULL,
    number                  TEXT NOT NULL UNIQUE,        -- PGD-<workstation>-<year>-<seq>
    year                    INTEGER NOT NULL,
    seq                     INTEGER NOT NULL,
    kind                    TEXT NOT NULL CHECK (kind IN ('complaint', 'suggestion')),
    state                   TEXT NOT NULL CHECK (state IN ('received', 'in_review', 'escalated', 'answered',
                                                           'closed', 'registered', 'noted')),
    channel_key             TEXT NOT NULL,
    channel_label           TEXT NOT NULL,               -- as the standard named it when received
    received_at             TEXT NOT NULL,
    complainant_name        TEXT NOT NULL DEFAULT '',
    complainant_id_number   TEXT NOT NULL DEFAULT '',
    complainant_contact     TEXT NOT NULL DEFAULT '',
    complainant_address     TEXT NOT NULL DEFAULT '',
    case_reg_number         TEXT NOT NULL DEFAULT '',
    case_handed_over_on     TEXT,                        -- the day the service was received
    service_kbli            TEXT NOT NULL DEFAULT '',
    service_name            TEXT NOT NULL DEFAULT '',
    standard_id             TEXT NOT NULL DEFAULT '',
    sector                  TEXT NOT NULL DEFAULT '',
    object_text             TEXT NOT NULL DEFAULT '',
    -- triage: what the rules said, and the kind after any override
    triage_kind             TEXT NOT NULL CHECK (triage_kind IN ('complaint', 'suggestion')),
    triage_rule             TEXT NOT NULL,
    window_days             INTEGER NOT NULL,
    answer_working_days     INTEGER NOT NULL,
    override_kind           TEXT,
    override_reason         TEXT NOT NULL DEFAULT '',
    override_by             TEXT NOT NULL DEFAULT '',
    override_at             TEXT,
    -- the answer clock (complaints only); refreshed on every change of the complaint
    due_on                  TEXT,
    at_risk_on              TEXT,
    clock_basis             TEXT NOT NULL DEFAULT '',    -- calendar version and at-risk days used
    -- classification and review
    problem_type            TEXT NOT NULL DEFAULT '',
    plan_clarification      INTEGER NOT NULL DEFAULT 0,
    plan_confirmation       INTEGER NOT NULL DEFAULT 0,
    plan_research           INTEGER NOT NULL DEFAULT 0,
    plan_investigation      INTEGER NOT NULL DEFAULT 0,
    clarification_done      INTEGER NOT NULL DEFAULT 0,
    clarification_with      TEXT NOT NULL DEFAULT '',
    clarification_on        TEXT,
    -- resolution
    resolution_path         TEXT NOT NULL DEFAULT '' CHECK (resolution_path IN ('', 'internal', 'technical', 'apip')),
    apip_approved_by        TEXT NOT NULL DEFAULT '',
    apip_approved_at        TEXT,
    apip_approval_note      TEXT NOT NULL DEFAULT '',
    -- closing
    answer_channel          TEXT NOT NULL DEFAULT '',
    answer_on               TEXT,
    answer_text             TEXT NOT NULL DEFAULT '',
    answered_by             TEXT NOT NULL DEFAULT '',
    superior_name           TEXT NOT NULL DEFAULT '',
    superior_report_on      TEXT,
    superior_report_text    TEXT NOT NULL DEFAULT '',
    note                    TEXT NOT NULL DEFAULT '',    -- for a suggestion: how it was noted
    closed_at               TEXT,
    registered_by           TEXT NOT NULL DEFAULT '',
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    workstation             TEXT NOT NULL,
    row_version             INTEGER NOT NULL DEFAULT 1,
    UNIQUE (workstation, year, seq)
);
-- Registers list newest first by (received_at, id); times are ISO text in one zone, so they sort.
CREATE INDEX complaints_register ON complaints (kind, received_at, id);
CREATE INDEX complaints_state ON complaints (kind, state, due_on);
CREATE INDEX complaints_channel ON complaints (channel_key, received_at);
CREATE INDEX complaints_service ON complaints (service_kbli, received_at);
CREATE INDEX complaints_problem ON complaints (problem_type, received_at);
CREATE INDEX complaints_open_clock ON complaints (due_on, at_risk_on) WHERE answer_on IS NULL;
-- Open answer clocks computed on another calendar version are found without a scan.
CREATE INDEX complaints_clock_basis ON complaints (clock_basis) WHERE kind = 'complaint' AND answer_on IS NULL;
CREATE INDEX complaints_case ON complaints (case_reg_number);
CREATE INDEX complaints_name ON complaints (complainant_name COLLATE NOCASE);
CREATE INDEX complaints_complainant ON complaints (complainant_id_number) WHERE complainant_id_number <> '';

-- The review checklist: the standard's review steps, each with a note and the date it was done.
CREATE TABLE complaint_review_steps (
    id            TEXT PRIMARY KEY NOT NULL,
    complaint_id  TEXT NOT NULL REFERENCES complaints (id),
    position      INTEGER NOT NULL,
    label         TEXT NOT NULL,
    done_on       TEXT,
    note          TEXT NOT NULL DEFAULT '',
    done_by       TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    workstation   TEXT NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1,
    UNIQUE (complaint_id, position)
);

-- Level-by-level escalation on a resolution path, each level with its written report.
CREATE TABLE complaint_escalations (
    id            TEXT PRIMARY KEY NOT NULL,
    complaint_id  TEXT NOT NULL REFERENCES complaints (id),
    path          TEXT NOT NULL CHECK (path IN ('internal', 'technical', 'apip')),
    level         INTEGER NOT NULL CHECK (level >= 1),
    position      TEXT NOT NULL,                       -- the officer's post (jabatan)
    officer       TEXT NOT NULL,
    reported_on   TEXT NOT NULL,
    report        TEXT NOT NULL,
    recorded_by   TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    workstation   TEXT NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1,
    UNIQUE (complaint_id, path, level)
);
CREATE INDEX complaint_escalations_complaint ON complaint_escalations (complaint_id, path, level);

-- Attachments are copied into the managed folder next to the database; the hash proves the copy.
CREATE TABLE complaint_attachments (
    id            TEXT PRIMARY KEY NOT NULL,
    complaint_id  TEXT NOT NULL REFERENCES complaints (id),
    file_name     TEXT NOT NULL,
    stored_path   TEXT NOT NULL,                       -- relative to the attachments folder
    sha256        TEXT NOT NULL,
    size_bytes    INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    workstation   TEXT NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX complaint_attachments_complaint ON complaint_attachments (complaint_id);

-- The nightly sync reads each table by (updated_at, id).
CREATE INDEX complaints_sync ON complaints (updated_at, id);
CREATE INDEX complaint_review_steps_sync ON complaint_review_steps (updated_at, id);
CREATE INDEX complaint_escalations_sync ON complaint_escalations (updated_at, id);
CREATE INDEX complaint_attachments_sync ON complaint_attachments (updated_at, id);
