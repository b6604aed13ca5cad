-- Loket schema 5: applicants, businesses, applications (cases) and their lifecycle.
-- Every table is sync-ready: UUID key, created/updated time, writing workstation, row version.
-- Dates are ISO text in Asia/Jakarta; money is integer rupiah.

CREATE TABLE applicants (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL,
    nik          TEXT NOT NULL,
    phone        TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    address      TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    workstation  TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX applicants_nik ON applicants (nik);

CREATE TABLE businesses (
    id                     TEXT PRIMARY KEY NOT NULL,
    name                   TEXT NOT NULL,
    nib                    TEXT,                 -- NULL until OSS issues one
    npwp                   TEXT NOT NULL DEFAULT '',
    kbli_codes             TEXT NOT NULL DEFAULT '', -- comma-separated 5-digit codes
    scale                  TEXT NOT NULL CHECK (scale IN ('mikro', 'kecil', 'menengah', 'besar')),
    capital                INTEGER NOT NULL DEFAULT 0 CHECK (capital >= 0), -- rupiah, without land and buildings
    in_industrial_estate   INTEGER NOT NULL DEFAULT 0 CHECK (in_industrial_estate IN (0, 1)),
    siinas_account         TEXT NOT NULL DEFAULT '',
    address                TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    workstation            TEXT NOT NULL,
    row_version            INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX businesses_nib ON businesses (nib) WHERE nib IS NOT NULL;
CREATE INDEX businesses_npwp ON businesses (npwp) WHERE npwp <> '';

CREATE TABLE cases (
    id                    TEXT PRIMARY KEY NOT NULL,
    registration_number   TEXT NOT NULL,
    service_id            TEXT NOT NULL REFERENCES services (id),
    standard_id           TEXT NOT NULL REFERENCES service_standards (id), -- the version it was filed under
    kbli                  TEXT NOT NULL,
    applicant_id          TEXT NOT NULL REFERENCES applicants (id),
    business_id           TEXT NOT NULL REFERENCES businesses (id),
    representative_name   TEXT NOT NULL DEFAULT '', -- kuasa, when someone files for the applicant
    representative_nik    TEXT NOT NULL DEFAULT '',
    stage                 TEXT NOT NULL CHECK (stage IN ('registered', 'verification', 'technical', 'signature',
                                               'issued', 'handed_over', 'returned', 'rejected', 'withdrawn')),
    stage_since           TEXT NOT NULL,
    returned_from         TEXT,                 -- stage a returned case came from; NULL when returned at intake
    officer               TEXT NOT NULL,        -- username of the counter officer who took the file
    officer_name          TEXT NOT NULL DEFAULT '', -- as printed on receipts
    received_at           TEXT NOT NULL,        -- first time the file was handed in
    complete_at           TEXT,                 -- the complete and correct file: clock day 0
    clock                 TEXT NOT NULL DEFAULT 'none' CHECK (clock IN ('none', 'running', 'paused', 'stopped')),
    due_date              TEXT,                 -- cached completion deadline (list filters and sorting)
    due_calendar_version  INTEGER,              -- calendar version due_date was computed with
    field_visit_date      TEXT,
    field_officer         TEXT,
    nib_number            TEXT,
    permit_number         TEXT,
    signed_date           TEXT,
    handed_over_date      TEXT,                 -- opens the 30-day complaint window
    rejection_reason      TEXT,
    withdrawal_reason     TEXT,
    return_count          INTEGER NOT NULL DEFAULT 0,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    workstation           TEXT NOT NULL,
    row_version           INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX cases_registration_number ON cases (registration_number);
CREATE INDEX cases_received ON cases (received_at);
CREATE INDEX cases_stage_received ON cases (stage, received_at);
CREATE INDEX cases_service_received ON cases (service_id, received_at);
CREATE INDEX cases_officer_received ON cases (officer, received_at);
CREATE INDEX cases_clock_due ON cases (clock, due_date);
CREATE INDEX cases_due_version ON cases (due_calendar_version) WHERE clock = 'running';
CREATE INDEX cases_applicant ON cases (applicant_id);
CREATE INDEX cases_business ON cases (business_id);
CREATE INDEX cases_handed_over ON cases (handed_over_date) WHERE handed_over_date IS NOT NULL;

-- The requirement checklist of the case's standard version, as the counter found it.
CREATE TABLE case_checklist (
    id               TEXT PRIMARY KEY NOT NULL,
    case_id          TEXT NOT NULL REFERENCES cases (id),
    requirement_key  TEXT NOT NULL,
    requirement_text TEXT NOT NULL,
    position         INTEGER NOT NULL DEFAULT 0,
    status           TEXT NOT NULL CHECK (status IN ('valid', 'present', 'missing')),
    note             TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    workstation      TEXT NOT NULL,
    row_version      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (case_id, requirement_key)
);

-- Scanned documents, stored in the managed folder next to the database under their SHA-256.
CREATE TABLE case_documents (
    id               TEXT PRIMARY KEY NOT NULL,
    case_id          TEXT NOT NULL REFERENCES cases (id),
    requirement_key  TEXT NOT NULL DEFAULT '',
    file_name        TEXT NOT NULL,             -- the name it had when scanned
    stored_name      TEXT NOT NULL,             -- relative to the managed folder
    sha256           TEXT NOT NULL,
    size_bytes       INTEGER NOT NULL,
    added_by         TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    workstation      TEXT NOT NULL,
    row_version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX case_documents_case ON case_documents (case_id);

-- The timeline: every transition with who, when and why.
CREATE TABLE case_events (
    id           TEXT PRIMARY KEY NOT NULL,
    case_id      TEXT NOT NULL REFERENCES cases (id),
    at           TEXT NOT NULL,
    action       TEXT NOT NULL,
    from_stage   TEXT,
    to_stage     TEXT NOT NULL,
    actor_id     TEXT,
    actor_name   TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    workstation  TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX case_events_case ON case_events (case_id, at);

-- What happened to the completion clock, in order; the state is computed from these on read.
CREATE TABLE case_clock_events (
    id           TEXT PRIMARY KEY NOT NULL,
    case_id      TEXT NOT NULL REFERENCES cases (id),
    seq          INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('start', 'pause', 'resume', 'restart', 'stop')),
    at           TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    workstation  TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1,
    UNIQUE (case_id, seq)
);

-- Registration-number sequences: one per workstation per year, so offline counters never collide.
CREATE TABLE registration_sequences (
    id           TEXT PRIMARY KEY NOT NULL,
    seq_ws       TEXT NOT NULL,
    seq_year     INTEGER NOT NULL,
    last_value   INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    workstation  TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1,
    UNIQUE (seq_ws, seq_year)
);

-- Names of applicants and businesses for search. Derived data (not synced): kept by triggers.
-- A plain FTS5 table rather than external content, because VACUUM may renumber rowids; rows are
-- found for deletion through the index (MATCH on the old name), never by scanning ref_id.
CREATE VIRTUAL TABLE party_names USING fts5 (name, kind UNINDEXED, ref_id UNINDEXED,
                                             tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER applicants_fts_insert AFTER INSERT ON applicants
BEGIN
    INSERT INTO party_names (name, kind, ref_id) VALUES (new.name, 'a', new.id);
END;
CREATE TRIGGER applicants_fts_update AFTER UPDATE OF name ON applicants
BEGIN
    DELETE FROM party_names WHERE party_names MATCH ('name : "' || replace(old.name, '"', '""') || '"')
        AND ref_id = old.id AND kind = 'a';
    INSERT INTO party_names (name, kind, ref_id) VALUES (new.name, 'a', new.id);
END;
CREATE TRIGGER applicants_fts_delete AFTER DELETE ON applicants
BEGIN
    DELETE FROM party_names WHERE party_names MATCH ('name : "' || replace(old.name, '"', '""') || '"')
        AND ref_id = old.id AND kind = 'a';
END;
CREATE TRIGGER businesses_fts_insert AFTER INSERT ON businesses
BEGIN
    INSERT INTO party_names (name, kind, ref_id) VALUES (new.name, 'b', new.id);
END;
CREATE TRIGGER businesses_fts_update AFTER UPDATE OF name ON businesses
BEGIN
    DELETE FROM party_names WHERE party_names MATCH ('name : "' || replace(old.name, '"', '""') || '"')
        AND ref_id = old.id AND kind = 'b';
    INSERT INTO party_names (name, kind, ref_id) VALUES (new.name, 'b', new.id);
END;
CREATE TRIGGER businesses_fts_delete AFTER DELETE ON businesses
BEGIN
    DELETE FROM party_names WHERE party_names MATCH ('name : "' || replace(old.name, '"', '""') || '"')
        AND ref_id = old.id AND kind = 'b';
END;
