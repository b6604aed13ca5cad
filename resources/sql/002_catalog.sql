-- Loket schema 2: the service catalogue.
-- A service (KBLI + name) has numbered versions of its standard. A version is never changed
-- once written: a change makes a new version, so a case keeps the standard it was filed under.

CREATE TABLE services (
    id              TEXT PRIMARY KEY NOT NULL,
    kbli            TEXT NOT NULL,
    name            TEXT NOT NULL,
    risk_level      TEXT NOT NULL,
    current_version INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    workstation     TEXT NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (kbli, name)
);

-- standard_json holds the whole structured standard (all 14 components); the key fields are
-- real columns so lists, cases and reports can query them without parsing JSON.
CREATE TABLE service_standards (
    id                      TEXT PRIMARY KEY NOT NULL,
    service_id              TEXT NOT NULL REFERENCES services (id),
    version                 INTEGER NOT NULL CHECK (version >= 1),
    kbli                    TEXT NOT NULL,
    name                    TEXT NOT NULL,
    risk_level              TEXT NOT NULL,
    completion_working_days INTEGER NOT NULL CHECK (completion_working_days > 0),
    resubmission            TEXT NOT NULL DEFAULT 'restart' CHECK (resubmission IN ('restart', 'pause')),
    fee_amount              INTEGER NOT NULL DEFAULT 0 CHECK (fee_amount >= 0),
    is_current              INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
    valid_from              TEXT NOT NULL,
    standard_json           TEXT NOT NULL,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    workstation             TEXT NOT NULL,
    row_version             INTEGER NOT NULL DEFAULT 1,
    UNIQUE (service_id, version)
);
CREATE UNIQUE INDEX service_standards_one_current ON service_standards (service_id) WHERE is_current = 1;
CREATE INDEX service_standards_kbli ON service_standards (kbli, is_current);

-- Only the current flag of a version may change; its content is what cases were filed under.
CREATE TRIGGER service_standards_frozen
BEFORE UPDATE OF id, service_id, version, kbli, name, risk_level, completion_working_days, resubmission, fee_amount,
    valid_from, standard_json ON service_standards
BEGIN
    SELECT RAISE(ABORT, 'a service standard version is never changed; save a new version');
END;
CREATE TRIGGER service_standards_no_delete BEFORE DELETE ON service_standards
BEGIN
    SELECT RAISE(ABORT, 'service standard versions are kept');
END;
