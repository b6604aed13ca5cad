-- Loket schema 23: name search and deep pages at office scale (issue 16).
-- Applicants' and businesses' names get an FTS5 table each, with prefix indexes for two and three
-- letters. The shared party_names table was filtered by kind after the match: a search of
-- businesses for a common first name ("siti") read every applicant called so to find none.
-- Derived data (not synced: no id, updated_at, workstation or row_version), rebuilt here from the
-- rows and kept by triggers. Rows are added oldest first, so a higher rowid is a more recently
-- added (or renamed) party: the case list takes the newest matching names first. Plain FTS5 tables
-- rather than external content, because VACUUM may renumber rowids; rows are found for deletion
-- through the index (MATCH on the old name).
DROP TRIGGER applicants_fts_insert;
DROP TRIGGER applicants_fts_update;
DROP TRIGGER applicants_fts_delete;
DROP TRIGGER businesses_fts_insert;
DROP TRIGGER businesses_fts_update;
DROP TRIGGER businesses_fts_delete;
DROP TABLE party_names;

CREATE VIRTUAL TABLE applicant_names USING fts5 (name, ref_id UNINDEXED,
                                                 tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE VIRTUAL TABLE business_names USING fts5 (name, ref_id UNINDEXED,
                                                tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
INSERT INTO applicant_names (name, ref_id) SELECT name, id FROM applicants ORDER BY created_at, id;
INSERT INTO business_names (name, ref_id) SELECT name, id FROM businesses ORDER BY created_at, id;
INSERT INTO applicant_names (applicant_names) VALUES ('optimize');
INSERT INTO business_names (business_names) VALUES ('optimize');

CREATE TRIGGER applicants_fts_insert AFTER INSERT ON applicants
BEGIN
    INSERT INTO applicant_names (name, ref_id) VALUES (new.name, new.id);
END;
CREATE TRIGGER applicants_fts_update AFTER UPDATE OF name ON applicants
BEGIN
    DELETE FROM applicant_names WHERE applicant_names MATCH ('name : "' || replace(old.name, '"', '""') || '"')
        AND ref_id = old.id;
    INSERT INTO applicant_names (name, ref_id) VALUES (new.name, new.id);
END;
CREATE TRIGGER applicants_fts_delete AFTER DELETE ON applicants
BEGIN
    DELETE FROM applicant_names WHERE applicant_names MATCH ('name : "' || replace(old.name, '"', '""') || '"')
        AND ref_id = old.id;
END;
CREATE TRIGGER businesses_fts_insert AFTER INSERT ON businesses
BEGIN
    INSERT INTO business_names (name, ref_id) VALUES (new.name, new.id);
END;
CREATE TRIGGER businesses_fts_update AFTER UPDATE OF name ON businesses
BEGIN
    DELETE FROM business_names WHERE business_names MATCH ('name : "' || replace(old.name, '"', '""') || '"')
        AND ref_id = old.id;
    INSERT INTO business_names (name, ref_id) VALUES (new.name, new.id);
END;
CREATE TRIGGER businesses_fts_delete AFTER DELETE ON businesses
BEGIN
    DELETE FROM business_names WHERE business_names MATCH ('name : "' || replace(old.name, '"', '""') || '"')
        AND ref_id = old.id;
END;

-- The case list's default order (newest first, ties by id) read from the index alone: an OFFSET
-- walks index entries instead of reading each skipped case's row (and sorting its ties).
DROP INDEX cases_received;
CREATE INDEX cases_received ON cases (received_at, id);
