-- Loket schema 26: the audit page seeks on seq under every filter (issue 16, point 3).
-- The audit page and `audit log` show entries newest first (seq DESC) and page by keyset (the
-- entries before the last one shown). Filtered by user or by record type, the old indexes ended
-- in the time, so every page sorted all of that user's (or type's) entries again: at a million
-- cases, several million entries, a page far down cost seconds. These indexes end in seq
-- (rowid), so each page is a seek. audit_log_actor (actor_name, at) served only that filter.
-- Derived data (indexes only): nothing to sync. Building them reads the trail once.
DROP INDEX audit_log_actor;
CREATE INDEX audit_log_actor_seq ON audit_log (actor_name, seq);
CREATE INDEX audit_log_type_seq ON audit_log (record_type, seq);
