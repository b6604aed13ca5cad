# One .ts file per domain keeps parallel work apart; all of them are loaded at start.
# Indonesian (id) is the default language and must be complete (tests/i18n checks it).
set(LOKET_TS_FILES
    core_id.ts
    cases_id.ts
    users_id.ts
    receipts_id.ts
    calendar_id.ts
    catalog_id.ts
    complaints_id.ts
    backup_id.ts
    sync_ui_id.ts
    office_id.ts
    conflicts_ui_id.ts
    complaint_rules_id.ts
    receipts_sign_id.ts
    receipts3_id.ts
    hardening_id.ts
    hardening_backup_id.ts
    hardening_storage_id.ts
    issue14c_id.ts
    qt_id.ts
    scale_id.ts
    issue13a_id.ts
    issue13b_id.ts
    # English plural forms only (English is the source language); loaded when the language is en.
    plurals_en.ts
    issue12b_id.ts
    issue15_id.ts
    session9_h13_id.ts
    session9_h14_id.ts
    session9_h16_id.ts
    session9_h17a_id.ts
    session10_h17long_id.ts
    # English plural forms of the entries above (like plurals_en.ts).
    session10_h17long_en.ts
    session10_h16page_id.ts
    session11_id.ts
)
