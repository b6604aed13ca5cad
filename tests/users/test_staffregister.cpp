#include "TestDatabase.h"
#include "common/Error.h"
#include "settings/SettingsRepository.h"
#include "setup/Bootstrap.h"
#include "storage/SqlQuery.h"
#include "users/AuthService.h"
#include "users/DemoUsers.h"
#include "users/StaffCompetence.h"
#include "users/StaffRegister.h"
#include "users/UserService.h"

#include <QJsonArray>
#include <QtTest>
#include <functional>

using namespace loket;

class TestStaffRegister : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void educationRule_data();
    void educationRule();
    void needsAllThreeCourses();
    void countsActiveStaffAgainstTheStandard();
    void demoUsersOnePerRole();
    void competenceChecklistPerStaffMember();
};

void TestStaffRegister::educationRule_data()
{
    QTest::addColumn<int>("education");
    QTest::addColumn<int>("gov");
    QTest::addColumn<int>("ptsp");
    QTest::addColumn<bool>("technical");
    QTest::addColumn<bool>("meets");
    QTest::newRow("S1") << int(Education::S1) << 0 << 0 << false << true;
    QTest::newRow("S3") << int(Education::S3) << 0 << 0 << false << true;
    QTest::newRow("D4 is Sarjana Terapan") << int(Education::D4) << 0 << 0 << false << true;
    QTest::newRow("D3 alone") << int(Education::D3) << 0 << 0 << false << false;
    QTest::newRow("SMA alone") << int(Education::SMA) << 4 << 2 << false << false;
    QTest::newRow("SMA + 5y government") << int(Education::SMA) << 5 << 0 << false << true;
    QTest::newRow("SMA + 3y PTSP") << int(Education::SMA) << 0 << 3 << false << true;
    QTest::newRow("SMA + technical") << int(Education::SMA) << 0 << 0 << true << true;
    QTest::newRow("SMP + 10y government") << int(Education::SMP) << 10 << 10 << true << false;
    QTest::newRow("not recorded") << int(Education::None) << 0 << 0 << false << false;
}

void TestStaffRegister::educationRule()
{
    QFETCH(int, education);
    QFETCH(int, gov);
    QFETCH(int, ptsp);
    QFETCH(bool, technical);
    QFETCH(bool, meets);
    StaffProfile p;
    p.education = Education(education);
    p.govExperienceYears = gov;
    p.ptspExperienceYears = ptsp;
    p.technicalCompetence = technical;
    QCOMPARE(p.meetsEducationStandard(), meets);
}

void TestStaffRegister::needsAllThreeCourses()
{
    UserRecord u;
    u.profile.education = Education::S1;
    QList<TrainingRecord> training;
    for (TrainingCourse c : {TrainingCourse::DiklatPtsp, TrainingCourse::DiklatOss, TrainingCourse::Other}) {
        TrainingRecord r;
        r.course = c;
        training << r;
    }
    StaffRegister::Row row = StaffRegister::evaluate(u, training);
    QVERIFY(!row.meetsStandard());
    QCOMPARE(row.missing, QStringList{trainingCourseTitle(TrainingCourse::DiklatKepribadian)});
    training[2].course = TrainingCourse::DiklatKepribadian;
    row = StaffRegister::evaluate(u, training);
    QVERIFY(row.meetsStandard());
    QCOMPARE(row.completed.size(), 3);
    u.profile.education = Education::SMA;
    QCOMPARE(StaffRegister::evaluate(u, training).missing.size(), 1);
}

void TestStaffRegister::countsActiveStaffAgainstTheStandard()
{
    test::TestDatabase t;
    QCOMPARE(DemoUsers::create(t.context()), 6);
    UserService::setDisabled(t.context(), QStringLiteral("teknis"), true);
    StaffRegister::Report report = StaffRegister::build(t.context());
    QCOMPARE(report.requiredCount, 0); // no standard states a count yet
    // Component 11 of the standard: "Jumlah Pelaksana : 30 Orang", read from the catalogue.
    Bootstrap::ensureBuiltins(t.db(), t.clock());
    report = StaffRegister::build(t.context());
    QCOMPARE(report.requiredCount, 30);
    QCOMPARE(report.activeCount, 5);
    // Demo: front desk, head and supervisor meet the standard; back office and admin miss courses.
    QCOMPARE(report.meetingCount, 3);
    SettingsRepository(t.db()).set(t.context(), QStringLiteral("staff.required_count"), QStringLiteral("12"));
    report = StaffRegister::build(t.context());
    QCOMPARE(report.requiredCount, 12);
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("active_count")).toInt(), 5);
    QCOMPARE(json.value(QStringLiteral("staff")).toArray().size(), 5);
}

void TestStaffRegister::demoUsersOnePerRole()
{
    test::TestDatabase t;
    QVERIFY(!DemoUsers::isDemo(t.db()));
    QCOMPARE(DemoUsers::create(t.context()), int(allRoles().size()));
    QCOMPARE(DemoUsers::create(t.context()), 0); // idempotent
    QVERIFY(DemoUsers::isDemo(t.db()));
    Roles covered;
    for (const DemoUsers::Account& a : DemoUsers::accounts()) {
        const Actor actor = AuthService::signIn(t.db(), t.clock(), a.username, a.password);
        QCOMPARE(actor.roles, Roles{a.role});
        covered << a.role;
    }
    for (Role r : allRoles())
        QVERIFY(covered.contains(r));
}

namespace {
Error::Kind refusal(const std::function<void()>& f, QString* field = nullptr)
{
    try {
        f();
    } catch (const Error& e) {
        if (field)
            *field = e.field();
        return e.kind();
    }
    return Error::Kind(-1);
}
} // namespace

// Component 9, "Kompetensi Pelaksana": beside education (1) and training (2), items 3-9 ("Memiliki
// sikap ramah, komunikatif, bertanggung jawab dan sabar" ... "Berorientasi terhadap kepuasan
// pelanggan") are a checklist per staff member.
void TestStaffRegister::competenceChecklistPerStaffMember()
{
    test::TestDatabase t;
    DemoUsers::create(t.context());
    const Context admin = t.context(test::actorWith({Role::Admin}, QStringLiteral("it")));
    QVERIFY(StaffCompetence::items(t.db()).isEmpty()); // no standard yet
    QString field;
    QCOMPARE(refusal([&] { StaffCompetence::tick(admin, QStringLiteral("loket"), 3); }, &field), Error::Kind::Invalid);
    QCOMPARE(field, QStringLiteral("item"));

    Bootstrap::ensureBuiltins(t.db(), t.clock());
    const QList<CompetenceItem> items = StaffCompetence::items(t.db());
    QCOMPARE(items.size(), 7);
    QCOMPARE(items.first().number, 3);
    QCOMPARE(items.first().text, QStringLiteral("Memiliki sikap ramah, komunikatif, bertanggung jawab dan sabar"));
    QCOMPARE(items.last().number, 9);
    QCOMPARE(items.last().text, QStringLiteral("Berorientasi terhadap kepuasan pelanggan"));

    QList<StaffCompetence::Line> lines = StaffCompetence::checklist(admin, QStringLiteral("loket"));
    QCOMPARE(lines.size(), 7);
    for (const StaffCompetence::Line& l : lines)
        QVERIFY(!l.ticked);
    StaffCompetence::tick(admin, QStringLiteral("loket"), 7, QStringLiteral("uji praktik"));
    lines = StaffCompetence::checklist(admin, QStringLiteral("loket"));
    QVERIFY(lines[4].ticked);
    QCOMPARE(lines[4].item.number, 7);
    QCOMPARE(lines[4].confirmedOn, t.clock().today());
    QCOMPARE(lines[4].note, QStringLiteral("uji praktik"));
    QVERIFY(!lines[3].ticked);
    QVERIFY(!StaffCompetence::checklist(admin, QStringLiteral("kepala"))[4].ticked); // per person

    // Refusals name the field: ticked twice, items 1-2 (education, training) and past the list.
    for (int bad : {7, 2, 10}) {
        field.clear();
        QCOMPARE(refusal([&] { StaffCompetence::tick(admin, QStringLiteral("loket"), bad); }, &field),
                 Error::Kind::Invalid);
        QCOMPARE(field, QStringLiteral("item"));
    }
    QCOMPARE(refusal([&] { StaffCompetence::tick(admin, QStringLiteral("nobody"), 3); }), Error::Kind::NotFound);
    const Context counter = t.context(test::actorWith({Role::FrontDesk}));
    QCOMPARE(refusal([&] { StaffCompetence::tick(counter, QStringLiteral("loket"), 3); }), Error::Kind::Permission);
    QCOMPARE(refusal([&] { StaffCompetence::checklist(counter, QStringLiteral("loket")); }), Error::Kind::Permission);

    // Unticked: a tombstone that syncs, and an audit entry each way.
    StaffCompetence::untick(admin, QStringLiteral("loket"), 7);
    QVERIFY(!StaffCompetence::checklist(admin, QStringLiteral("loket"))[4].ticked);
    QCOMPARE(refusal([&] { StaffCompetence::untick(admin, QStringLiteral("loket"), 7); }), Error::Kind::Invalid);
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("SELECT count(*) FROM staff_competences WHERE deleted_at IS "
                                                      "NOT NULL AND row_version = 2"))
                 .scalar()
                 .toInt(),
             1);
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE "
                                                      "'user.competence_%'"))
                 .scalar()
                 .toInt(),
             2);
    // Sync-ready (docs/SYNC.md): id, updated_at, workstation, row_version.
    QStringList columns;
    SqlQuery cols(t.db().handle(), QStringLiteral("SELECT name FROM pragma_table_info('staff_competences')"));
    cols.exec();
    while (cols.next())
        columns << cols.value(0).toString();
    for (const char* c : {"id", "created_at", "updated_at", "workstation", "row_version", "deleted_at"})
        QVERIFY2(columns.contains(QLatin1String(c)), c);
}

QTEST_GUILESS_MAIN(TestStaffRegister)
#include "test_staffregister.moc"
