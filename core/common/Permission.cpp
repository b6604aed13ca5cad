#include "Permission.h"

#include <QCoreApplication>

namespace loket {

namespace {
struct Entry
{
    Permission permission;
    const char* key;
    const char* title;
};

// QT_TRANSLATE_NOOP keeps the titles visible to lupdate.
const Entry kEntries[] = {
    {Permission::RegisterCase, "register_case", QT_TRANSLATE_NOOP("loket::Permission", "Register applications")},
    {Permission::VerifyCase, "verify_case", QT_TRANSLATE_NOOP("loket::Permission", "Verify files (back office)")},
    {Permission::TechnicalReview, "technical_review", QT_TRANSLATE_NOOP("loket::Permission", "Technical review")},
    {Permission::SignPermit, "sign_permit", QT_TRANSLATE_NOOP("loket::Permission", "Sign and issue permits")},
    {Permission::HandOver, "hand_over", QT_TRANSLATE_NOOP("loket::Permission", "Hand over NIB and permits")},
    {Permission::RejectCase, "reject_case", QT_TRANSLATE_NOOP("loket::Permission", "Reject or withdraw applications")},
    {Permission::RegisterComplaint, "register_complaint",
     QT_TRANSLATE_NOOP("loket::Permission", "Register complaints")},
    {Permission::HandleComplaint, "handle_complaint", QT_TRANSLATE_NOOP("loket::Permission", "Handle complaints")},
    {Permission::OverrideTriage, "override_triage",
     QT_TRANSLATE_NOOP("loket::Permission", "Override complaint triage")},
    {Permission::ApproveApip, "approve_apip", QT_TRANSLATE_NOOP("loket::Permission", "Approve escalation to APIP")},
    {Permission::EditCatalog, "edit_catalog", QT_TRANSLATE_NOOP("loket::Permission", "Edit the service catalogue")},
    {Permission::EditCalendar, "edit_calendar", QT_TRANSLATE_NOOP("loket::Permission", "Edit the working calendar")},
    {Permission::ManageUsers, "manage_users", QT_TRANSLATE_NOOP("loket::Permission", "Manage users")},
    {Permission::ManageSettings, "manage_settings", QT_TRANSLATE_NOOP("loket::Permission", "Manage settings")},
    {Permission::ViewReports, "view_reports", QT_TRANSLATE_NOOP("loket::Permission", "See reports")},
    {Permission::ViewAudit, "view_audit", QT_TRANSLATE_NOOP("loket::Permission", "See the audit trail")},
    {Permission::ViewPersonalData, "view_personal_data",
     QT_TRANSLATE_NOOP("loket::Permission", "See identity numbers")},
    {Permission::ExportPersonalData, "export_personal_data",
     QT_TRANSLATE_NOOP("loket::Permission", "Export personal data")},
    {Permission::RecordSurvey, "record_survey", QT_TRANSLATE_NOOP("loket::Permission", "Record survey answers")},
    {Permission::RunSync, "run_sync", QT_TRANSLATE_NOOP("loket::Permission", "Synchronise with the central database")},
    {Permission::ResolveConflict, "resolve_conflict",
     QT_TRANSLATE_NOOP("loket::Permission", "Settle conflicts between workstations")},
    {Permission::Backup, "backup", QT_TRANSLATE_NOOP("loket::Permission", "Back up the database")},
};
} // namespace

const QList<Permission>& allPermissions()
{
    static const QList<Permission> all = [] {
        QList<Permission> list;
        for (const Entry& e : kEntries)
            list.append(e.permission);
        return list;
    }();
    return all;
}

QString permissionKey(Permission p)
{
    for (const Entry& e : kEntries)
        if (e.permission == p)
            return QString::fromLatin1(e.key);
    return {};
}

bool permissionFromKey(const QString& key, Permission* out)
{
    for (const Entry& e : kEntries) {
        if (key == QLatin1String(e.key)) {
            *out = e.permission;
            return true;
        }
    }
    return false;
}

QString permissionTitle(Permission p)
{
    for (const Entry& e : kEntries)
        if (e.permission == p)
            return QCoreApplication::translate("loket::Permission", e.title);
    return {};
}

} // namespace loket
