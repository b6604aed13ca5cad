-- Loket schema 10: a case's checklist no longer copies each requirement's text. The text is read
-- from the case's standard version, which never changes once stored (see 002_catalog.sql), so
-- the copy only cost space and time (a million cases hold millions of checklist rows).
ALTER TABLE case_checklist DROP COLUMN requirement_text;
