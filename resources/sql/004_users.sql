-- Loket schema 4: local user accounts and the staff register's training records.
-- Passwords are Argon2id strings from libsodium (crypto_pwhash_str); the plain password is never stored.
CREATE TABLE users (
    id                     TEXT PRIMARY KEY NOT NULL,
    username               TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name           TEXT NOT NULL,
    roles                  TEXT NOT NULL,            -- comma-separated role keys (core/users/Role.cpp)
    password_hash          TEXT NOT NULL,
    password_changed_at    TEXT,
    must_change_password   INTEGER NOT NULL DEFAULT 0,
    failed_attempts        INTEGER NOT NULL DEFAULT 0,
    locked_until           TEXT,
    disabled               INTEGER NOT NULL DEFAULT 0,
    last_sign_in_at        TEXT,
    position               TEXT NOT NULL DEFAULT '', -- jabatan
    education              TEXT NOT NULL DEFAULT '', -- key: sd, smp, sma, d1 .. d4, s1, s2, s3
    gov_experience_years   INTEGER NOT NULL DEFAULT 0,
    ptsp_experience_years  INTEGER NOT NULL DEFAULT 0,
    technical_competence   INTEGER NOT NULL DEFAULT 0,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    workstation            TEXT NOT NULL,
    row_version            INTEGER NOT NULL DEFAULT 1
);

-- Training a staff member completed (the standard asks for Diklat PTSP, Diklat OSS, Diklat Kepribadian).
-- Removed records keep a tombstone so the removal syncs to the central database.
CREATE TABLE training_records (
    id               TEXT PRIMARY KEY NOT NULL,
    user_id          TEXT NOT NULL REFERENCES users (id),
    course           TEXT NOT NULL,                  -- diklat_ptsp, diklat_oss, diklat_kepribadian, other
    title            TEXT NOT NULL DEFAULT '',
    completed_on     TEXT NOT NULL,                  -- ISO date
    provider         TEXT NOT NULL DEFAULT '',
    certificate_no   TEXT NOT NULL DEFAULT '',
    deleted_at       TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    workstation      TEXT NOT NULL,
    row_version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX training_records_user ON training_records (user_id, completed_on);

-- The audit screen and `loket-cli audit log --record ID` look entries up by record id alone.
CREATE INDEX audit_log_record_id ON audit_log (record_id);
