#include "PermissionMatrix.h"

#include <initializer_list>

namespace loket {

namespace {
constexpr unsigned bit(Role r)
{
    return 1u << static_cast<unsigned>(r);
}

struct Rule
{
    constexpr Rule(Permission p, std::initializer_list<Role> list) : permission(p)
    {
        for (Role r : list)
            roles |= bit(r);
    }
    Permission permission;
    unsigned roles = 0;
};

using P = Permission;
using R = Role;

// Who may do what, one line per action. Reviewed against the standard's workflow:
// - each case stage belongs to the role that works it (counter, back office, technical team,
//   head signs); the counter both registers and hands over;
// - closing a case early (reject/return) is for the verifier and the officials above;
// - complaints are recorded at the counter or back office and handled by the back office up to
//   the head; the triage override and the APIP escalation are decisions of officials;
// - the IT admin keeps the system (catalogue, calendar, users, settings, sync, backups) but does
//   not see identity numbers: only the roles that work with applicants or answer for them do;
// - exporting personal data is the supervisor's alone (and every export is logged).
constexpr Rule kRules[] = {
    {P::RegisterCase, {R::FrontDesk}},
    {P::VerifyCase, {R::BackOffice}},
    {P::TechnicalReview, {R::TechnicalTeam}},
    {P::SignPermit, {R::Head}},
    {P::HandOver, {R::FrontDesk}},
    {P::RejectCase, {R::BackOffice, R::Head, R::Supervisor}},
    {P::RegisterComplaint, {R::FrontDesk, R::BackOffice}},
    {P::HandleComplaint, {R::BackOffice, R::Head, R::Supervisor}},
    {P::OverrideTriage, {R::Head, R::Supervisor}},
    {P::ApproveApip, {R::Head}},
    {P::EditCatalog, {R::Admin}},
    {P::EditCalendar, {R::Admin}},
    {P::ManageUsers, {R::Admin}},
    {P::ManageSettings, {R::Admin}},
    {P::ViewReports, {R::Head, R::Supervisor}},
    {P::ViewAudit, {R::Head, R::Supervisor, R::Admin}},
    {P::ViewPersonalData, {R::FrontDesk, R::BackOffice, R::Head, R::Supervisor}},
    {P::ExportPersonalData, {R::Supervisor}},
    {P::RecordSurvey, {R::FrontDesk}},
    // Every counter exchanges its work with the office; the round itself changes nothing by hand.
    {P::RunSync, {R::FrontDesk, R::BackOffice, R::TechnicalTeam, R::Head, R::Supervisor, R::Admin}},
    {P::ResolveConflict, {R::Head, R::Supervisor}},
    {P::Backup, {R::Admin}},
};
} // namespace

bool PermissionMatrix::allows(Role role, Permission p)
{
    for (const Rule& rule : kRules)
        if (rule.permission == p)
            return (rule.roles & bit(role)) != 0;
    return false;
}

bool PermissionMatrix::allows(const Roles& roles, Permission permission)
{
    for (Role r : roles)
        if (allows(r, permission))
            return true;
    return false;
}

Roles PermissionMatrix::rolesAllowed(Permission permission)
{
    Roles list;
    for (Role r : allRoles())
        if (allows(r, permission))
            list.append(r);
    return list;
}

} // namespace loket
