#include "PermissionMatrix.h"

namespace loket {

bool PermissionMatrix::allows(Role role, Permission p)
{
    using P = Permission;
    switch (role) {
    case Role::FrontDesk:
        return p == P::RegisterCase || p == P::HandOver || p == P::RegisterComplaint || p == P::RecordSurvey ||
               p == P::ViewPersonalData;
    case Role::BackOffice:
        return p == P::VerifyCase || p == P::RejectCase || p == P::RegisterComplaint || p == P::HandleComplaint ||
               p == P::ViewPersonalData;
    case Role::TechnicalTeam:
        return p == P::TechnicalReview;
    case Role::Head:
        return p == P::SignPermit || p == P::RejectCase || p == P::ApproveApip || p == P::ViewReports ||
               p == P::HandleComplaint || p == P::OverrideTriage || p == P::ViewAudit || p == P::ViewPersonalData;
    case Role::Supervisor:
        return p == P::ViewReports || p == P::ViewAudit || p == P::HandleComplaint || p == P::OverrideTriage ||
               p == P::RejectCase || p == P::ViewPersonalData || p == P::ExportPersonalData;
    case Role::Admin:
        return p == P::EditCatalog || p == P::EditCalendar || p == P::ManageUsers || p == P::ManageSettings ||
               p == P::ViewAudit || p == P::RunSync || p == P::Backup;
    }
    return false;
}

bool PermissionMatrix::allows(const Roles& roles, Permission permission)
{
    for (Role r : roles)
        if (allows(r, permission))
            return true;
    return false;
}

} // namespace loket
