#include "DemoUsers.h"

#include "UserRepository.h"
#include "UserService.h"
#include "common/Context.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

namespace loket {

namespace {
struct DemoProfile
{
    StaffProfile profile;
    QList<TrainingCourse> training;
};

// Varied on purpose so the staff register shows people who meet the standard and who do not.
DemoProfile demoProfile(Role role)
{
    using C = TrainingCourse;
    switch (role) {
    case Role::FrontDesk:
        return {{QStringLiteral("Petugas Loket"), Education::SMA, 2, 4, false},
                {C::DiklatPtsp, C::DiklatOss, C::DiklatKepribadian}};
    case Role::BackOffice:
        return {{QStringLiteral("Verifikator Back Office"), Education::S1, 6, 3, true}, {C::DiklatPtsp, C::DiklatOss}};
    case Role::TechnicalTeam:
        return {{QStringLiteral("Tim Teknis"), Education::D3, 1, 0, false}, {C::DiklatPtsp}};
    case Role::Head:
        return {{QStringLiteral("Kepala DPMPTSP"), Education::S2, 22, 6, true},
                {C::DiklatPtsp, C::DiklatOss, C::DiklatKepribadian}};
    case Role::Supervisor:
        return {{QStringLiteral("Kepala Bidang Pelayanan"), Education::S1, 15, 5, true},
                {C::DiklatPtsp, C::DiklatOss, C::DiklatKepribadian}};
    case Role::Admin:
        return {{QStringLiteral("Pranata Komputer"), Education::S1, 4, 2, true}, {C::DiklatKepribadian}};
    }
    return {};
}
} // namespace

const QList<DemoUsers::Account>& DemoUsers::accounts()
{
    static const QList<Account> list{
        {QStringLiteral("admin"), QStringLiteral("admin-demo-1"), QStringLiteral("Andi Pratama, S.Kom."), Role::Admin},
        {QStringLiteral("loket"), QStringLiteral("loket-demo-1"), QStringLiteral("Siti Rahmawati"), Role::FrontDesk},
        {QStringLiteral("backoffice"), QStringLiteral("backoffice-demo-1"), QStringLiteral("Dedi Kurniawan, S.H."),
         Role::BackOffice},
        {QStringLiteral("teknis"), QStringLiteral("teknis-demo-1"), QStringLiteral("Agus Setiawan, A.Md."),
         Role::TechnicalTeam},
        {QStringLiteral("kepala"), QStringLiteral("kepala-demo-1"), QStringLiteral("Dr. H. Bambang Sutrisno, M.Si."),
         Role::Head},
        {QStringLiteral("supervisor"), QStringLiteral("supervisor-demo-1"), QStringLiteral("Rina Marlina, S.E."),
         Role::Supervisor},
    };
    return list;
}

int DemoUsers::create(const Context& ctx)
{
    // The demo sets itself up as the system, whoever runs it.
    const Context system(ctx.database(), ctx.clock(), Actor::systemActor());
    UserRepository repo(ctx.db());
    int created = 0;
    for (const Account& a : accounts()) {
        if (repo.findByName(a.username))
            continue;
        const DemoProfile demo = demoProfile(a.role);
        NewUser u;
        u.username = a.username;
        u.displayName = a.displayName;
        u.roles = {a.role};
        u.password = a.password;
        u.profile = demo.profile;
        u.mustChangePassword = false;
        UserService::create(system, u);
        int month = 2;
        for (TrainingCourse course : demo.training) {
            TrainingRecord t;
            t.course = course;
            t.completedOn = QDate(2024, month, 12);
            t.provider = QStringLiteral("BPSDM Provinsi Jawa Barat");
            t.certificateNo = QStringLiteral("BPSDM/%1/2024").arg(300 + created * 10 + month);
            UserService::addTraining(system, a.username, t);
            month += 3;
        }
        ++created;
    }
    SettingsRepository(ctx.database()).set(system, QStringLiteral("demo.enabled"), QStringLiteral("1"), true);
    return created;
}

bool DemoUsers::isDemo(const Database& db)
{
    return SettingsRepository(db).value(QStringLiteral("demo.enabled")) == QLatin1String("1");
}

} // namespace loket
