-- Loket schema 9: the customer satisfaction survey (SKM, PermenPANRB 14/2017), 4 times a year.
CREATE TABLE survey_responses (
    id            TEXT PRIMARY KEY NOT NULL,
    received_on   TEXT NOT NULL,              -- YYYY-MM-DD, Asia/Jakarta
    period        TEXT NOT NULL,              -- YYYY-Qn, the quarter of received_on
    service_kbli  TEXT,
    registration  TEXT,                       -- the case the respondent was served in, if known
    gender        TEXT,                       -- L or P, optional
    age_band      TEXT,
    education     TEXT,
    occupation    TEXT,
    answers_json  TEXT NOT NULL,              -- {"U1": 1..4, ...} for every element
    comment       TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    workstation   TEXT NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX survey_responses_period ON survey_responses (period, service_kbli);
