-- Loket schema 27: every order the case list offers is read from an index, and the clock index
-- leaves out the stopped clocks (issue 16). At a million cases, sorting the list by due date,
-- stage or applicant sorted every case for each page: 0.4 to 3.6 s on the window's thread.
--
-- Due date: deadlines first, cases without one (clock not started) last, as before; the index is
-- on the very expression the list sorts by, so a page is a seek (CaseQueries). Ties go by rowid,
-- which the index holds anyway: with the registration number it was three times the size, and
-- every case an import brings writes to it.
CREATE INDEX cases_due_order ON cases (coalesce(due_date, '~'));
-- Applicant: the list walks applicants by name and each one's cases (cases_applicant).
CREATE INDEX applicants_name ON applicants (name);
-- Stage: the list reads cases_stage_received backwards (stage, then newest first), no new index.
--
-- cases_clock_due: almost every case of a busy office ends with its clock stopped (95% at a
-- million cases), and each new one put its deadline at a random place of this index, though no
-- query reads stopped clocks through it: filtered to stopped clocks the list reads
-- cases_received newest first and nearly every row matches, and "due today" finds the clocks
-- stopped today through cases_stopped_on. SQLite uses a partial index only for a query that
-- states its condition, so CaseQueries names it beside each clock filter (test_caseindexes).
DROP INDEX cases_clock_due;
CREATE INDEX cases_clock_due ON cases (clock, due_date) WHERE clock <> 'stopped';
-- Derived data (indexes only): nothing to sync.
