-- Loket schema 6: a log of every receipt printed or saved, so a scanned receipt can be traced
-- to when and by whom it was issued, and reprints are visible.
CREATE TABLE receipt_prints (
    id                   TEXT PRIMARY KEY NOT NULL,
    registration_number  TEXT NOT NULL,
    kind                 TEXT NOT NULL CHECK (kind IN ('file', 'return', 'handover')),
    verification_code    TEXT NOT NULL,
    layout               TEXT NOT NULL CHECK (layout IN ('a4', 'thermal')),
    target               TEXT NOT NULL CHECK (target IN ('printer', 'pdf')),
    printed_at           TEXT NOT NULL,
    printed_by           TEXT NOT NULL,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    workstation          TEXT NOT NULL,
    row_version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX receipt_prints_registration ON receipt_prints (registration_number, printed_at);
