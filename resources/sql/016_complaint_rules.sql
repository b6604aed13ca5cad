-- Loket schema 16: complaint handling as the standard says (issue 12).
-- An internal or technical-team attempt recorded as unresolved opens the APIP path ("untuk
-- pengaduan yang tidak bisa diselesaikan secara internal atau eksternal DPMPTSP").
ALTER TABLE complaints ADD COLUMN unresolved_path TEXT NOT NULL DEFAULT ''
    CHECK (unresolved_path IN ('', 'internal', 'technical'));
ALTER TABLE complaints ADD COLUMN unresolved_on TEXT;
ALTER TABLE complaints ADD COLUMN unresolved_note TEXT NOT NULL DEFAULT '';
-- "Jenis masalah ... diantaranya: ...; dll.": a problem type outside the standard's list is
-- "Lainnya" with its description.
ALTER TABLE complaints ADD COLUMN problem_type_other TEXT NOT NULL DEFAULT '';
