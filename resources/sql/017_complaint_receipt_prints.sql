-- Loket schema 17: the receipt log names complaint receipts too (issue 11), so every print of a
-- complaint receipt, first or copy, is logged like a case receipt's. SQLite cannot change a
-- CHECK, so the table is copied into a new one with the same columns in the same order.
CREATE TABLE receipt_prints_17 (
    id                   TEXT PRIMARY KEY NOT NULL,
    registration_number  TEXT NOT NULL,
    kind                 TEXT NOT NULL CHECK (kind IN ('file', 'return', 'handover', 'complaint')),
    verification_code    TEXT NOT NULL,
    layout               TEXT NOT NULL CHECK (layout IN ('a4', 'thermal')),
    target               TEXT NOT NULL CHECK (target IN ('printer', 'pdf')),
    printed_at           TEXT NOT NULL,
    printed_by           TEXT NOT NULL,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    workstation          TEXT NOT NULL,
    row_version          INTEGER NOT NULL DEFAULT 1,
    receipt_id           TEXT,
    copy                 INTEGER NOT NULL DEFAULT 0
);
INSERT INTO receipt_prints_17 (id, registration_number, kind, verification_code, layout, target, printed_at,
                               printed_by, created_at, updated_at, workstation, row_version, receipt_id, copy)
    SELECT id, registration_number, kind, verification_code, layout, target, printed_at, printed_by, created_at,
           updated_at, workstation, row_version, receipt_id, copy FROM receipt_prints;
DROP TABLE receipt_prints;
ALTER TABLE receipt_prints_17 RENAME TO receipt_prints;
CREATE INDEX receipt_prints_registration ON receipt_prints (registration_number, printed_at);
-- The sync triggers went with the old table: the next push tracks it afresh (SyncService::
-- ensureTracking makes the triggers again and queues every row; rows the central database has
-- already go again unchanged, and receivers keep the copy they have).
DELETE FROM sync_outbox WHERE table_name = 'receipt_prints';
DELETE FROM sync_state WHERE table_name = 'receipt_prints';
