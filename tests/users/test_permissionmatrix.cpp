#include "TestDatabase.h"
#include "audit/AuditTrail.h"
#include "common/Error.h"
#include "common/PermissionMatrix.h"
#include "settings/SettingsRepository.h"
#include "users/PersonalData.h"
#include "users/StaffRegister.h"
#include "users/UserService.h"

#include <QtTest>
#include <functional>
#include <map>

using namespace loket;

namespace {
using P = Permission;
using R = Role;

// The specification, written out independently of PermissionMatrix.cpp: every role's actions.
const std::map<Role, QList<Permission>>& expected()
{
    static const std::map<Role, QList<Permission>> table{
        // Every role exchanges its work with the office (RunSync); conflicts between workstations
        // are settled by the officials who answer for the cases.
        {R::FrontDesk,
         {P::RegisterCase, P::HandOver, P::RegisterComplaint, P::RecordSurvey, P::ViewPersonalData, P::RunSync}},
        {R::BackOffice,
         {P::VerifyCase, P::RejectCase, P::RegisterComplaint, P::HandleComplaint, P::ViewPersonalData, P::RunSync}},
        {R::TechnicalTeam, {P::TechnicalReview, P::RunSync}},
        {R::Head,
         {P::SignPermit, P::RejectCase, P::HandleComplaint, P::OverrideTriage, P::ApproveApip, P::ViewReports,
          P::ViewAudit, P::ViewPersonalData, P::RunSync, P::ResolveConflict}},
        {R::Supervisor,
         {P::RejectCase, P::HandleComplaint, P::OverrideTriage, P::ViewReports, P::ViewAudit, P::ViewPersonalData,
          P::ExportPersonalData, P::RunSync, P::ResolveConflict}},
        {R::Admin,
         {P::EditCatalog, P::EditCalendar, P::ManageUsers, P::ManageSettings, P::ViewAudit, P::RunSync, P::Backup}},
    };
    return table;
}

int g_counter = 0;

// The services that exist for an action, called as the given context. Each call either
// succeeds or throws Error::permission.
QList<std::function<void(const Context&)>> serviceCalls(Permission p)
{
    switch (p) {
    case P::ManageUsers:
        return {[](const Context& c) { UserService::list(c); },
                [](const Context& c) {
                    NewUser u;
                    u.username = QStringLiteral("u%1").arg(++g_counter);
                    u.displayName = QStringLiteral("Someone");
                    u.roles = {R::FrontDesk};
                    u.password = QStringLiteral("secret-pass-1");
                    UserService::create(c, u);
                },
                [](const Context& c) { UserService::setDisabled(c, QStringLiteral("target"), true); },
                [](const Context& c) {
                    UserService::resetPassword(c, QStringLiteral("target"), QStringLiteral("new-pass-12"));
                },
                [](const Context& c) { UserService::setRoles(c, QStringLiteral("target"), {R::BackOffice}); },
                [](const Context& c) { UserService::training(c, QStringLiteral("target")); }};
    case P::ViewAudit:
        return {[](const Context& c) { AuditTrail(c).verify(); }, [](const Context& c) { AuditTrail(c).query({}); },
                [](const Context& c) { AuditTrail(c).count({}); }};
    case P::ManageSettings:
        return {[](const Context& c) {
            SettingsRepository(c.database())
                .set(c, QStringLiteral("office.name"), QStringLiteral("Kantor %1").arg(++g_counter));
        }};
    case P::ExportPersonalData:
        return {[](const Context& c) {
            PersonalData::recordExport(c, QStringLiteral("cases"), 3, QStringLiteral("/tmp/x.csv"));
        }};
    default:
        return {};
    }
}
} // namespace

class TestPermissionMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRoleEveryAction_data();
    void everyRoleEveryAction();
    void servicesObeyTheMatrix_data();
    void servicesObeyTheMatrix();
    void severalRolesUnite();
    void nobodyMayDoAnythingAndSystemEverything();
    void staffRegisterForAdminsAndReportReaders();
    void refusalNamesActorAndAction();
};

void TestPermissionMatrix::everyRoleEveryAction_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("permission");
    QTest::addColumn<bool>("allowed");
    QCOMPARE(int(expected().size()), int(allRoles().size()));
    for (Role r : allRoles())
        for (Permission p : allPermissions())
            QTest::addRow("%s/%s", qPrintable(roleKey(r)), qPrintable(permissionKey(p)))
                << int(r) << int(p) << expected().at(r).contains(p);
}

void TestPermissionMatrix::everyRoleEveryAction()
{
    QFETCH(int, role);
    QFETCH(int, permission);
    QFETCH(bool, allowed);
    const Role r = Role(role);
    const Permission p = Permission(permission);
    QCOMPARE(PermissionMatrix::allows(r, p), allowed);
    QCOMPARE(PermissionMatrix::rolesAllowed(p).contains(r), allowed);
    const Actor actor = test::actorWith({r});
    QCOMPARE(actor.can(p), allowed);
    test::TestDatabase t;
    const Context ctx = t.context(actor);
    if (allowed) {
        ctx.require(p);
    } else {
        try {
            ctx.require(p);
            QFAIL("require() let a refused action through");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Permission);
        }
    }
}

void TestPermissionMatrix::servicesObeyTheMatrix_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("permission");
    for (Role r : allRoles())
        for (Permission p : allPermissions())
            if (!serviceCalls(p).isEmpty())
                QTest::addRow("%s/%s", qPrintable(roleKey(r)), qPrintable(permissionKey(p))) << int(r) << int(p);
}

void TestPermissionMatrix::servicesObeyTheMatrix()
{
    QFETCH(int, role);
    QFETCH(int, permission);
    const Role r = Role(role);
    const Permission p = Permission(permission);
    const bool allowed = expected().at(r).contains(p);
    const auto calls = serviceCalls(p);
    for (int i = 0; i < calls.size(); ++i) {
        test::TestDatabase t;
        NewUser target;
        target.username = QStringLiteral("target");
        target.displayName = QStringLiteral("Target");
        target.roles = {R::FrontDesk};
        target.password = QStringLiteral("target-pass-1");
        UserService::create(t.context(), target);
        const Context ctx = t.context(test::actorWith({r}, QStringLiteral("actor")));
        try {
            calls[i](ctx);
            QVERIFY2(allowed, qPrintable(QStringLiteral("call %1 was allowed").arg(i)));
        } catch (const Error& e) {
            QVERIFY2(!allowed, qPrintable(QStringLiteral("call %1 refused: %2").arg(i).arg(e.message())));
            QCOMPARE(e.kind(), Error::Kind::Permission);
        }
    }
}

void TestPermissionMatrix::severalRolesUnite()
{
    const Actor both = test::actorWith({R::FrontDesk, R::Admin});
    for (Permission p : allPermissions())
        QCOMPARE(both.can(p), expected().at(R::FrontDesk).contains(p) || expected().at(R::Admin).contains(p));
}

void TestPermissionMatrix::nobodyMayDoAnythingAndSystemEverything()
{
    const Actor nobody;
    for (Permission p : allPermissions()) {
        QVERIFY(!nobody.can(p));
        QVERIFY(Actor::systemActor().can(p));
    }
}

void TestPermissionMatrix::staffRegisterForAdminsAndReportReaders()
{
    test::TestDatabase t;
    for (Role r : allRoles()) {
        const bool allowed = expected().at(r).contains(P::ManageUsers) || expected().at(r).contains(P::ViewReports);
        try {
            StaffRegister::build(t.context(test::actorWith({r})));
            QVERIFY(allowed);
        } catch (const Error& e) {
            QVERIFY(!allowed);
            QCOMPARE(e.kind(), Error::Kind::Permission);
        }
    }
}

void TestPermissionMatrix::refusalNamesActorAndAction()
{
    test::TestDatabase t;
    try {
        UserService::list(t.context(test::actorWith({R::FrontDesk}, QStringLiteral("siti"))));
        QFAIL("front desk listed users");
    } catch (const Error& e) {
        QVERIFY2(e.message().contains(QStringLiteral("siti")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(permissionTitle(P::ManageUsers)), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(TestPermissionMatrix)
#include "test_permissionmatrix.moc"
