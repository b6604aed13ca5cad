#include "CaseInserts.h"

namespace loket {

// One row of `cases` per case, in the order of the names (CaseRepository's caseRow fills it).
// One row per statement: with 42 values a row, SQLite 3.40 spends more on a statement of many
// rows (it builds each row of the VALUES list and copies it) than on running one statement per
// row, about 15% of the import's writing at a million cases. The narrower tables gain from many.
std::unique_ptr<BatchInsert> CaseInserts::cases(const QSqlDatabase& db)
{
    return std::make_unique<BatchInsert>(
        db,
        QStringLiteral(
            "INSERT INTO cases (id, registration_number, service_id, standard_id, kbli, applicant_id, business_id, "
            "representative_name, representative_nik, stage, stage_since, returned_from, officer, officer_name, "
            "received_at, complete_at, clock, due_date, due_calendar_version, field_visit_date, field_officer, "
            "nib_number, permit_number, signed_date, handed_over_date, rejection_reason, withdrawal_reason, "
            "return_count, holder, origin, head_event, clock_started, clock_used, paused_on, risk_from, "
            "due_unconfirmed, "
            "stopped_on, clock_met, stage_due_date, figures_basis, created_at, updated_at, workstation, "
            "row_version) VALUES"),
        QStringLiteral("(:id, :reg, :service, :standard, :kbli, :applicant, :business, COALESCE(:rep_name, ''), "
                       "COALESCE(:rep_nik, ''), :stage, :stage_since, :returned_from, :officer, "
                       "COALESCE(:officer_name, ''), :received, :complete, :clock, :due, :due_version, :visit, "
                       ":field_officer, :nib, :permit, :signed, :handed, :rejection, :withdrawal, :returns, :holder, "
                       ":origin, :head, :f_started, :f_used, :f_paused, :f_risk, :f_unconfirmed, :f_stopped, :f_met, "
                       ":f_stage_due, :f_basis, :now, :now, :ws, 1)"),
        QStringList{QStringLiteral(":id"),          QStringLiteral(":reg"),          QStringLiteral(":service"),
                    QStringLiteral(":standard"),    QStringLiteral(":kbli"),         QStringLiteral(":applicant"),
                    QStringLiteral(":business"),    QStringLiteral(":rep_name"),     QStringLiteral(":rep_nik"),
                    QStringLiteral(":stage"),       QStringLiteral(":stage_since"),  QStringLiteral(":returned_from"),
                    QStringLiteral(":officer"),     QStringLiteral(":officer_name"), QStringLiteral(":received"),
                    QStringLiteral(":complete"),    QStringLiteral(":clock"),        QStringLiteral(":due"),
                    QStringLiteral(":due_version"), QStringLiteral(":visit"),        QStringLiteral(":field_officer"),
                    QStringLiteral(":nib"),         QStringLiteral(":permit"),       QStringLiteral(":signed"),
                    QStringLiteral(":handed"),      QStringLiteral(":rejection"),    QStringLiteral(":withdrawal"),
                    QStringLiteral(":returns"),     QStringLiteral(":holder"),       QStringLiteral(":origin"),
                    QStringLiteral(":head"),        QStringLiteral(":f_started"),    QStringLiteral(":f_used"),
                    QStringLiteral(":f_paused"),    QStringLiteral(":f_risk"),       QStringLiteral(":f_unconfirmed"),
                    QStringLiteral(":f_stopped"),   QStringLiteral(":f_met"),        QStringLiteral(":f_stage_due"),
                    QStringLiteral(":f_basis"),     QStringLiteral(":now"),          QStringLiteral(":ws")},
        1);
}

std::unique_ptr<BatchInsert> CaseInserts::checklist(const QSqlDatabase& db)
{
    return std::make_unique<BatchInsert>(
        db,
        QStringLiteral("INSERT INTO case_checklist (id, case_id, requirement_key, position, status, note, created_at, "
                       "updated_at, workstation, row_version) VALUES"),
        QStringLiteral("(:id, :case, :key, :pos, :status, COALESCE(:note, ''), :now, :now, :ws, 1)"),
        QStringList{QStringLiteral(":id"), QStringLiteral(":case"), QStringLiteral(":key"), QStringLiteral(":pos"),
                    QStringLiteral(":status"), QStringLiteral(":note"), QStringLiteral(":now"), QStringLiteral(":ws")});
}

std::unique_ptr<BatchInsert> CaseInserts::events(const QSqlDatabase& db)
{
    return std::make_unique<BatchInsert>(
        db,
        QStringLiteral("INSERT INTO case_events (id, case_id, at, action, from_stage, to_stage, actor_id, actor_name, "
                       "note, parent_event, snapshot, created_at, updated_at, workstation, row_version) VALUES"),
        QStringLiteral("(:id, :case, :at, :action, :from, :to, :actor_id, :actor, COALESCE(:note, ''), :parent, "
                       ":snapshot, :now, :now, :ws, 1)"),
        QStringList{QStringLiteral(":id"), QStringLiteral(":case"), QStringLiteral(":at"), QStringLiteral(":action"),
                    QStringLiteral(":from"), QStringLiteral(":to"), QStringLiteral(":actor_id"),
                    QStringLiteral(":actor"), QStringLiteral(":note"), QStringLiteral(":parent"),
                    QStringLiteral(":snapshot"), QStringLiteral(":now"), QStringLiteral(":ws")});
}

std::unique_ptr<BatchInsert> CaseInserts::clockMarks(const QSqlDatabase& db)
{
    return std::make_unique<BatchInsert>(
        db,
        QStringLiteral("INSERT INTO case_clock_events (id, case_id, seq, kind, at, note, created_at, updated_at, "
                       "workstation, row_version) VALUES"),
        QStringLiteral("(:id, :case, :seq, :kind, :at, COALESCE(:note, ''), :now, :now, :ws, 1)"),
        QStringList{QStringLiteral(":id"), QStringLiteral(":case"), QStringLiteral(":seq"), QStringLiteral(":kind"),
                    QStringLiteral(":at"), QStringLiteral(":note"), QStringLiteral(":now"), QStringLiteral(":ws")});
}

} // namespace loket
