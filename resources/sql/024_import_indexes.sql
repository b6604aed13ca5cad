-- Loket schema 24: fewer indexes to keep on every new case (issue 16, the 100,000-row import).
-- Every index of the case tables is written on every insert; these four answer no query (checked
-- with EXPLAIN QUERY PLAN of the case list's filters and sorts, the dashboard, the reports, the
-- NIK/NIB look-ups and the sync; test_caseindexes keeps the queries on their indexes):
-- - cases_officer_received: the list's officer filter and its list of officers read `holder`
--   (cases_holder_received) since schema 12; `officer` is only shown.
-- - cases_due_version: no query selects by due_calendar_version; stale figures are found through
--   figures_basis (cases_live_basis, schema 14).
-- - case_events_parent: the timeline, the replay and the conflicts read a case's actions by
--   case_id, which case_events_case (case_id, at) answers; nothing looks actions up by parent.
-- - businesses_npwp: nothing looks a business up by NPWP; every import row's new business had
--   put its NPWP at a random place of this index.
DROP INDEX IF EXISTS cases_officer_received;
DROP INDEX IF EXISTS cases_due_version;
DROP INDEX IF EXISTS case_events_parent;
DROP INDEX IF EXISTS businesses_npwp;
