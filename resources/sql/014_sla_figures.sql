-- Loket schema 14: the SLA figures of each case are stored, so the dashboard, `report sla` and the
-- overdue filter are SQL aggregates over indexed columns instead of a clock per case (issue 16).
--
-- These columns are a local cache, derived by CaseClocks::cache from the case's clock marks, its
-- stage, its standard and this workstation's calendar and clock settings (SlaClock stays the one
-- source of truth). Every replica computes them identically and for itself: RowMerge does not take
-- them from received rows, CaseReplay computes them for every replayed case, and rows whose
-- figures_basis is not the current calendar version and settings are computed again before a
-- report or list reads them (CaseClocks::refreshStale). Rows from before this schema have an empty
-- basis and are computed on first use.
ALTER TABLE cases ADD COLUMN clock_started TEXT;   -- day 0 of the count since the last (re)start
ALTER TABLE cases ADD COLUMN clock_used INTEGER NOT NULL DEFAULT 0; -- paused: working days used before
ALTER TABLE cases ADD COLUMN paused_on TEXT;       -- paused: the day the file went back to the applicant
ALTER TABLE cases ADD COLUMN risk_from TEXT;       -- running: the first day the clock is at risk
ALTER TABLE cases ADD COLUMN due_unconfirmed INTEGER NOT NULL DEFAULT 0; -- running/stopped: the count crosses an unconfirmed year
ALTER TABLE cases ADD COLUMN stopped_on TEXT;      -- the day the clock stopped (the completion date)
ALTER TABLE cases ADD COLUMN clock_met INTEGER;    -- stopped: 1 in time, 0 late
ALTER TABLE cases ADD COLUMN stage_due_date TEXT;  -- the current open stage's budget deadline
ALTER TABLE cases ADD COLUMN figures_basis TEXT NOT NULL DEFAULT ''; -- calendar version/at-risk days/cut-off used

-- The dashboard reads open cases from this index alone (a covering scan of the open cases only).
CREATE INDEX cases_open_figures ON cases (stage, clock, due_date, risk_from, due_unconfirmed, standard_id, holder)
    WHERE stage IN ('registered', 'verification', 'technical', 'signature', 'returned');
-- Figures computed with another calendar or settings, found without a scan.
CREATE INDEX cases_live_basis ON cases (figures_basis)
    WHERE (stage IN ('registered', 'verification', 'technical', 'signature', 'returned') OR clock IN ('running', 'paused'));
-- Completions of a period (met or missed this month).
CREATE INDEX cases_stopped_on ON cases (stopped_on, clock_met, stage, figures_basis) WHERE stopped_on IS NOT NULL;
-- Recent stops of rows that have no figures yet (right after this migration).
CREATE INDEX case_clock_stops ON case_clock_events (at) WHERE kind = 'stop';
