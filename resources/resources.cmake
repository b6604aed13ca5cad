# Data compiled into loket_core: numbered migrations and the built-in catalogue/calendar data.
# Listed by hand (no globbing) so a new file is a visible change.
set(LOKET_SQL_FILES
    sql/001_initial.sql
    sql/002_catalog.sql
    sql/003_calendar.sql
    sql/004_users.sql
    sql/005_cases.sql
    sql/006_receipts.sql
    sql/007_complaints.sql
    sql/008_sync.sql
    sql/009_survey.sql
    sql/010_checklist_text.sql
    sql/011_kbli_codes.sql
    sql/012_office_sync.sql
    sql/013_signed_receipts.sql
    sql/014_sla_figures.sql
    sql/016_complaint_rules.sql
)
set(LOKET_DATA_FILES
    data/calendar/holidays_2025.json
    data/calendar/holidays_2026.json
    data/calendar/holidays_2027.json
    data/catalog/standar-pelayanan.txt
    data/identity/kbli.json
    data/identity/regions.json
    data/survey/elements.json
)
