#pragma once

#include <QList>
#include <QString>

namespace loket {

// Every action a service checks before acting. The screens only reflect these.
enum class Permission
{
    RegisterCase,       // intake at the counter, checklist, receipts
    VerifyCase,         // back-office verification stage
    TechnicalReview,    // technical team stage, field visits
    SignPermit,         // head of office signs and issues
    HandOver,           // hand the NIB/permit over at the counter
    RejectCase,         // reject or close a case
    RegisterComplaint,  // record complaints and suggestions from any channel
    HandleComplaint,    // review, resolve, answer complaints
    OverrideTriage,     // change a complaint's triage, with a reason
    ApproveApip,        // approve escalation to the Inspectorate
    EditCatalog,        // service standards
    EditCalendar,       // holidays, cuti bersama, office overrides
    ManageUsers,        // accounts, roles, passwords, training records
    ManageSettings,     // office identity, numbering, workstation
    ViewReports,        // dashboards, registers, survey index
    ViewAudit,          // the audit trail
    ViewPersonalData,   // unmasked NIK/NPWP in lists
    ExportPersonalData, // exports that carry personal data (logged)
    RecordSurvey,       // enter satisfaction survey answers
    RunSync,            // push/pull with the central database
    ResolveConflict,    // settle actions two workstations took on the same case while apart
    Backup,             // backups and restores
};

const QList<Permission>& allPermissions();
QString permissionKey(Permission p);
bool permissionFromKey(const QString& key, Permission* out);
QString permissionTitle(Permission p); // translated

} // namespace loket
