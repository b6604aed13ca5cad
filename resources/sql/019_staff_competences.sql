-- Loket schema 19: the competence items 3-9 of the standard's component 9 ("Kompetensi Pelaksana":
-- friendly and patient, knows the service ethics and standard, the public-service law, the PTSP
-- rules, office software, the PTSP applications, customer orientation), ticked per staff member
-- beside education (item 1) and training (item 2). A tick names the item's text as the standard
-- states it and who confirmed it when. Removing a tick keeps a tombstone so it syncs; two
-- counters may tick the same item before they sync: both rows are kept, either one ticks it.
CREATE TABLE staff_competences (
    id               TEXT PRIMARY KEY NOT NULL,
    user_id          TEXT NOT NULL REFERENCES users (id),
    item_number      INTEGER NOT NULL CHECK (item_number >= 3), -- the item's number in component 9
    item             TEXT NOT NULL,                             -- the item's text
    confirmed_on     TEXT NOT NULL,                             -- ISO date
    confirmed_by     TEXT NOT NULL,
    note             TEXT NOT NULL DEFAULT '',
    deleted_at       TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    workstation      TEXT NOT NULL,
    row_version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX staff_competences_user ON staff_competences (user_id, item);
