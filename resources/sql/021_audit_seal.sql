-- Issue 14, point 2: each audit entry is sealed with a key kept outside the database file
-- ("<database>.audit-key", owner-only), so a copy of the database alone cannot be rewritten with
-- recomputed hashes. NULL for entries written before the seal (they keep verifying by their hash).
ALTER TABLE audit_log ADD COLUMN seal TEXT;
