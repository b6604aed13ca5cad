-- Loket schema 3: the working calendar. Two layers of explicit days (the national decree and the
-- office's own overrides), confirmed years, and one row per calendar version with its changes.

CREATE TABLE calendar_days (
    id           TEXT PRIMARY KEY NOT NULL,
    day          TEXT NOT NULL,               -- YYYY-MM-DD
    layer        TEXT NOT NULL CHECK (layer IN ('national', 'office')),
    kind         TEXT NOT NULL CHECK (kind IN ('holiday', 'cuti', 'closure', 'working')),
    name         TEXT NOT NULL DEFAULT '',
    reason       TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL,            -- the calendar version that last wrote the row
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    workstation  TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1,
    UNIQUE (day, layer)
);

CREATE TABLE calendar_years (
    id           TEXT PRIMARY KEY NOT NULL,
    year         INTEGER NOT NULL UNIQUE,
    confirmed    INTEGER NOT NULL DEFAULT 0,
    confirmed_by TEXT,
    confirmed_at TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    workstation  TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1
);

-- Append-only history: who changed the calendar, when, why and what (changes_json).
CREATE TABLE calendar_versions (
    id           TEXT PRIMARY KEY NOT NULL,
    version      INTEGER NOT NULL UNIQUE,
    at           TEXT NOT NULL,
    actor_id     TEXT,
    actor_name   TEXT NOT NULL,
    action       TEXT NOT NULL,
    reason       TEXT NOT NULL DEFAULT '',
    changes_json TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    workstation  TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1
);

CREATE TRIGGER calendar_versions_no_update BEFORE UPDATE ON calendar_versions
BEGIN
    SELECT RAISE(ABORT, 'calendar_versions is append-only');
END;
CREATE TRIGGER calendar_versions_no_delete BEFORE DELETE ON calendar_versions
BEGIN
    SELECT RAISE(ABORT, 'calendar_versions is append-only');
END;
