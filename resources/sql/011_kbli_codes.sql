-- Loket schema 11: KBLI 2020 codes the office adds to the built-in list
-- (resources/data/identity/kbli.json), imported by the IT admin from BPS's published table.
-- A code here is "known" to the validators like a built-in one.
CREATE TABLE kbli_codes (
    id           TEXT PRIMARY KEY NOT NULL,
    code         TEXT NOT NULL UNIQUE CHECK (length(code) = 5),
    title        TEXT NOT NULL CHECK (title <> ''),
    category     TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    workstation  TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1
);
