-- Loket schema 13: receipts signed with each workstation's Ed25519 key (docs/RECEIPTS.md).

-- The office's public receipt keys, one row per key, published through the central database so
-- every workstation (and a verification desk, from an exported key file) can check any receipt of
-- the office. The private key never enters a database: it is a file beside this database file.
CREATE TABLE receipt_keys (
    id            TEXT PRIMARY KEY NOT NULL,
    key_id        TEXT NOT NULL,          -- short id printed in the QR code (base32 of the key's hash)
    public_key    TEXT NOT NULL,          -- base64 of the 32-byte Ed25519 public key
    key_workstation TEXT NOT NULL,        -- the workstation whose file holds the private key
    valid_from    TEXT NOT NULL,          -- receipts signed before this time are not this key's
    revoked_at    TEXT,                   -- receipts signed at or after this time are refused
    revoked_by    TEXT NOT NULL DEFAULT '',
    revoke_reason TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    workstation   TEXT NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX receipt_keys_key_id ON receipt_keys (key_id);

-- Every receipt as it was first printed: its content (JSON) and signature. A reprint renders this
-- content again, marked as a copy; it is never built afresh from the case.
CREATE TABLE receipts (
    id                   TEXT PRIMARY KEY NOT NULL,
    registration_number  TEXT NOT NULL,   -- case registration number or complaint number
    kind                 TEXT NOT NULL,   -- file | return | handover | complaint
    event_at             TEXT NOT NULL,   -- the case or complaint event the receipt is for
    signed_at            TEXT NOT NULL,   -- when it was first issued: the time its signature covers
    key_id               TEXT NOT NULL,
    signature            TEXT NOT NULL,   -- base32 of the 64-byte Ed25519 signature
    code                 TEXT NOT NULL,   -- the short typed code, grouped
    qr_text              TEXT NOT NULL,
    content              TEXT NOT NULL,   -- ReceiptContent JSON
    issued_by            TEXT NOT NULL,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    workstation          TEXT NOT NULL,
    row_version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX receipts_registration ON receipts (registration_number, kind, event_at);

-- Each print names the receipt record it printed and whether it was a copy.
ALTER TABLE receipt_prints ADD COLUMN receipt_id TEXT;
ALTER TABLE receipt_prints ADD COLUMN copy INTEGER NOT NULL DEFAULT 0;
