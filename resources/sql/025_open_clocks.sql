-- Loket schema 25: the SLA dashboard's open cases in one index (issue 16). Ordered by stage,
-- clock, standard and holder, the dashboard counts every open case per clock state while reading
-- the index in order, with no sort (a temporary B-tree of 51,761 entries at a million cases
-- before), and the paused files' clock inputs are in the same entries, so the index of schema 18
-- goes: one index fewer for every case written (open cases only, as before).
DROP INDEX IF EXISTS cases_open_figures;
DROP INDEX IF EXISTS cases_paused_figures;
CREATE INDEX cases_open_clocks ON cases (stage, clock, standard_id, holder, clock_used, paused_on, clock_started,
                                         due_date, risk_from, due_unconfirmed)
    WHERE stage IN ('registered', 'verification', 'technical', 'signature', 'returned');
