#include "TestDatabase.h"
#include "common/Permission.h"
#include "common/PermissionMatrix.h"
#include "common/Role.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace loket;

namespace {
const QString kAdminPassword = QStringLiteral("Admin-Loket-2026");

QString passwordOf(Role r)
{
    return QStringLiteral("pw-%1-2026").arg(roleKey(r));
}

QString userOf(Role r)
{
    return QStringLiteral("u_") + roleKey(r);
}

// A database with an admin and one user per role, through the CLI itself.
class CliOffice
{
public:
    // Returns what went wrong, or nothing. The office is built once through the CLI and copied.
    QString setUp()
    {
        static QTemporaryDir baseDir;
        static QString base;
        db = dir.filePath(QStringLiteral("office.sqlite"));
        if (base.isEmpty()) {
            const QString problem = build();
            if (!problem.isEmpty())
                return problem;
            base = baseDir.filePath(QStringLiteral("base.sqlite"));
            QFile::copy(db, base);
            return {};
        }
        return QFile::copy(base, db) ? QString() : QStringLiteral("cannot copy the office database");
    }

    QString build()
    {
        auto r = run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                     {QStringLiteral("LOKET_PASSWORD=") + kAdminPassword});
        if (r.exitCode != 0)
            return QString::fromUtf8(r.err);
        for (Role role : allRoles()) {
            r = asAdmin(
                {QStringLiteral("user"), QStringLiteral("add"), userOf(role), QStringLiteral("--role"), roleKey(role)},
                {QStringLiteral("LOKET_NEW_PASSWORD=") + passwordOf(role)});
            if (r.exitCode != 0)
                return QString::fromUtf8(r.err);
            // Someone for this role's user to act on in the matrix.
            r = asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("victim_") + roleKey(role),
                         QStringLiteral("--role"), QStringLiteral("front_desk")},
                        {QStringLiteral("LOKET_NEW_PASSWORD=victim-pass-1")});
            if (r.exitCode != 0)
                return QString::fromUtf8(r.err);
        }
        return {};
    }

    test::CliResult run(QStringList args, const QStringList& env = {}) const
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return test::runCli(args, QStringList{QStringLiteral("LOKET_LANG=en")} + env);
    }
    test::CliResult as(Role role, QStringList args, const QStringList& env = {}) const
    {
        return run(QStringList{QStringLiteral("--user"), userOf(role)} + args,
                   QStringList{QStringLiteral("LOKET_PASSWORD=") + passwordOf(role)} + env);
    }
    test::CliResult asAdmin(QStringList args, const QStringList& env = {}) const
    {
        return run(QStringList{QStringLiteral("--user"), QStringLiteral("admin")} + args,
                   QStringList{QStringLiteral("LOKET_PASSWORD=") + kAdminPassword} + env);
    }

    QTemporaryDir dir;
    QString db;
};

#define OFFICE(o)                                                                                                      \
    CliOffice o;                                                                                                       \
    {                                                                                                                  \
        const QString problem = o.setUp();                                                                             \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                                              \
    }
} // namespace

class TestUserCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initAdminOnlyOnce();
    void addListDisableResetJson();
    void badCredentialsExitThree();
    void withoutUserExitFive();
    void lockoutThroughTheCli();
    void lockoutIgnoresAMovedLoketNow();
    void passwordPromptOnATerminal();
    void readCommandsNeedNoUser();
    void permissionMatrixThroughTheCli_data();
    void permissionMatrixThroughTheCli();
    void competenceThroughTheCli();
};

void TestUserCli::initAdminOnlyOnce()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.sqlite"));
    auto r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"),
                           QStringLiteral("boss"), QStringLiteral("--name"), QStringLiteral("Ibu Kepala"),
                           QStringLiteral("--json")},
                          {QStringLiteral("LOKET_PASSWORD=") + kAdminPassword});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject admin = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("admin")).toObject();
    QCOMPARE(admin.value(QStringLiteral("username")).toString(), QStringLiteral("boss"));
    QCOMPARE(admin.value(QStringLiteral("display_name")).toString(), QStringLiteral("Ibu Kepala"));
    r = test::runCli(
        {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("other")},
        {QStringLiteral("LOKET_PASSWORD=") + kAdminPassword});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.err.isEmpty());
    // Without a password (no LOKET_PASSWORD, no terminal) nothing is created.
    const QString db2 = dir.filePath(QStringLiteral("y.sqlite"));
    r = test::runCli(
        {QStringLiteral("--db"), db2, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("boss")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("LOKET_PASSWORD"), r.err.constData());
    r = test::runCli(
        {QStringLiteral("--db"), db2, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("boss")},
        {QStringLiteral("LOKET_PASSWORD=short")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("8"), r.err.constData());
}

void TestUserCli::addListDisableResetJson()
{
    OFFICE(o);
    auto r = o.asAdmin({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray users = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(users.size(), 1 + 2 * int(allRoles().size()));
    for (const QJsonValue& v : users) {
        QVERIFY(!v.toObject().contains(QStringLiteral("password_hash")));
        QVERIFY(!r.out.contains("$argon2"));
    }
    r = o.asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("budi"), QStringLiteral("--role"),
                   QStringLiteral("loket,backoffice"), QStringLiteral("--name"), QStringLiteral("Budi Santoso"),
                   QStringLiteral("--json")},
                  {QStringLiteral("LOKET_NEW_PASSWORD=budi-pass-1")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject budi = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(budi.value(QStringLiteral("roles")).toArray(),
             (QJsonArray{QStringLiteral("front_desk"), QStringLiteral("back_office")}));
    QCOMPARE(budi.value(QStringLiteral("must_change_password")).toBool(), true);
    // Bad role: invalid input.
    r = o.asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x1"), QStringLiteral("--role"),
                   QStringLiteral("janitor")},
                  {QStringLiteral("LOKET_NEW_PASSWORD=budi-pass-1")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("janitor"));
    // Missing --role is a usage error.
    QCOMPARE(o.asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x2")}).exitCode, 2);

    const auto budiSignsIn = [&](const QString& password) {
        return o
            .run({QStringLiteral("--user"), QStringLiteral("budi"), QStringLiteral("audit"), QStringLiteral("verify")},
                 {QStringLiteral("LOKET_PASSWORD=") + password})
            .exitCode;
    };
    QCOMPARE(budiSignsIn(QStringLiteral("budi-pass-1")), 5); // signed in, but not allowed
    r = o.asAdmin({QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("budi")},
                  {QStringLiteral("LOKET_NEW_PASSWORD=budi-pass-2")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(budiSignsIn(QStringLiteral("budi-pass-1")), 3);
    QCOMPARE(budiSignsIn(QStringLiteral("budi-pass-2")), 5);
    // Own password change.
    r = o.run({QStringLiteral("--user"), QStringLiteral("budi"), QStringLiteral("user"), QStringLiteral("passwd")},
              {QStringLiteral("LOKET_PASSWORD=budi-pass-2"), QStringLiteral("LOKET_NEW_PASSWORD=budi-pass-3")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(budiSignsIn(QStringLiteral("budi-pass-3")), 5);

    r = o.asAdmin(
        {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("budi"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("disabled")).toBool(), true);
    QCOMPARE(budiSignsIn(QStringLiteral("budi-pass-3")), 3);
    r = o.asAdmin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("nobody")});
    QCOMPARE(r.exitCode, 3);
    r = o.asAdmin({QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY(r.out.contains("budi"));
    QVERIFY(r.out.contains("disabled"));

    // Training and the staff register.
    r = o.asAdmin({QStringLiteral("user"), QStringLiteral("training"), userOf(Role::FrontDesk),
                   QStringLiteral("--course"), QStringLiteral("diklat_oss"), QStringLiteral("--date"),
                   QStringLiteral("2025-05-02")});
    QCOMPARE(r.exitCode, 0);
    r = o.asAdmin({QStringLiteral("user"), QStringLiteral("register"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject reg = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(reg.value(QStringLiteral("required_count")).toInt(), 30);
    QCOMPARE(reg.value(QStringLiteral("active_count")).toInt(), 1 + 2 * int(allRoles().size()));
}

void TestUserCli::badCredentialsExitThree()
{
    OFFICE(o);
    auto r = o.run({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("list")},
                   {QStringLiteral("LOKET_PASSWORD=wrong-password")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Wrong user name or password"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    r = o.run({QStringLiteral("--user"), QStringLiteral("ghost"), QStringLiteral("user"), QStringLiteral("list")},
              {QStringLiteral("LOKET_PASSWORD=") + kAdminPassword});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("Wrong user name or password"));
    // No password and no terminal.
    r = o.run({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("LOKET_PASSWORD"));
    // Indonesian by default.
    r = test::runCli({QStringLiteral("--db"), o.db, QStringLiteral("--user"), QStringLiteral("admin"),
                      QStringLiteral("user"), QStringLiteral("list")},
                     {QStringLiteral("LOKET_PASSWORD=wrong-password"), QStringLiteral("LOKET_LANG=id")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(!r.err.contains("Wrong user name"), r.err.constData());
}

void TestUserCli::withoutUserExitFive()
{
    OFFICE(o);
    for (const QStringList& args : {QStringList{QStringLiteral("user"), QStringLiteral("list")},
                                    QStringList{QStringLiteral("audit"), QStringLiteral("verify")},
                                    QStringList{QStringLiteral("audit"), QStringLiteral("log")}}) {
        const auto r = o.run(args);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("--user"), r.err.constData());
    }
}

void TestUserCli::lockoutThroughTheCli()
{
    OFFICE(o);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(
            o.run({QStringLiteral("--user"), userOf(Role::Head), QStringLiteral("audit"), QStringLiteral("verify")},
                  {QStringLiteral("LOKET_PASSWORD=guess")})
                .exitCode,
            3);
    const auto r = o.as(Role::Head, {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("locked"), r.err.constData());
    QCOMPARE(o.asAdmin({QStringLiteral("user"), QStringLiteral("unlock"), userOf(Role::Head)}).exitCode, 0);
    QCOMPARE(o.as(Role::Head, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
}

// Issue 14: moving LOKET_NOW a day per try let every guess through the lockout. A lockout counts
// the system clock, which the user cannot set.
void TestUserCli::lockoutIgnoresAMovedLoketNow()
{
    OFFICE(o);
    const QDateTime start(QDate(2026, 12, 1), QTime(9, 0));
    auto at = [&](int day) { return QStringLiteral("LOKET_NOW=") + start.addDays(day).toString(Qt::ISODate); };
    for (int i = 0; i < 8; ++i)
        QCOMPARE(
            o.run({QStringLiteral("--user"), userOf(Role::Head), QStringLiteral("audit"), QStringLiteral("verify")},
                  {QStringLiteral("LOKET_PASSWORD=guess"), at(i)})
                .exitCode,
            3);
    // Ten days later by LOKET_NOW, the right password is still refused: the lock has not run out.
    const auto r = o.as(Role::Head, {QStringLiteral("audit"), QStringLiteral("verify")}, {at(10)});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(o.asAdmin({QStringLiteral("user"), QStringLiteral("unlock"), userOf(Role::Head)}, {at(10)}).exitCode, 0);
    QCOMPARE(o.as(Role::Head, {QStringLiteral("audit"), QStringLiteral("verify")}, {at(10)}).exitCode, 0);
}

void TestUserCli::passwordPromptOnATerminal()
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("util-linux script is not installed");
    OFFICE(o);
    // script(1) gives loket-cli a terminal; the password is typed, not echoed.
    const QString command =
        QStringLiteral("%1 --db %2 --user admin user list").arg(qEnvironmentVariable("LOKET_CLI"), o.db);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LOKET_LANG"), QStringLiteral("en"));
    env.remove(QStringLiteral("LOKET_PASSWORD"));
    p.setProcessEnvironment(env);
    p.start(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    QVERIFY(p.waitForStarted());
    QByteArray seen;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (seen += p.readAllStandardOutput() + p.readAllStandardError()).contains("Password for admin"), seen.constData(),
        20000);
    p.write(kAdminPassword.toUtf8() + "\n");
    QVERIFY(p.waitForFinished(60000));
    const QByteArray out = p.readAllStandardOutput();
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(out.contains("u_front_desk"), out.constData());
    QVERIFY2(!out.contains(kAdminPassword.toUtf8()), "the password was echoed");
}

void TestUserCli::readCommandsNeedNoUser()
{
    OFFICE(o);
    QCOMPARE(o.run({QStringLiteral("validate"), QStringLiteral("nik"), QStringLiteral("3214012505900001")}).exitCode ==
                 5,
             false);
    QCOMPARE(o.run({QStringLiteral("catalog"), QStringLiteral("list")}).exitCode, 0);
    QCOMPARE(o.run({QStringLiteral("calendar"), QStringLiteral("add-working-days"), QStringLiteral("2026-01-05"),
                    QStringLiteral("5")})
                 .exitCode,
             0);
    QCOMPARE(o.run({QStringLiteral("check")}).exitCode, 0);
}

void TestUserCli::permissionMatrixThroughTheCli_data()
{
    QTest::addColumn<int>("permission");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<bool>("ours"); // our own commands must also succeed when allowed
    const QStringList none;
    const QStringList newPw{QStringLiteral("LOKET_NEW_PASSWORD=another-pass-9")};
    using P = Permission;
    QTest::newRow("manage_users: user list")
        << int(P::ManageUsers) << QStringList{QStringLiteral("user"), QStringLiteral("list")} << none << true;
    QTest::newRow("manage_users: user add")
        << int(P::ManageUsers)
        << QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("new_%ROLE%"),
                       QStringLiteral("--role"), QStringLiteral("front_desk")}
        << newPw << true;
    QTest::newRow("manage_users: user disable")
        << int(P::ManageUsers)
        << QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("victim")} << none << true;
    QTest::newRow("manage_users: user reset-password")
        << int(P::ManageUsers)
        << QStringList{QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("victim")} << newPw
        << true;
    QTest::newRow("manage_users: user roles")
        << int(P::ManageUsers)
        << QStringList{QStringLiteral("user"), QStringLiteral("roles"), QStringLiteral("victim"),
                       QStringLiteral("--role"), QStringLiteral("head")}
        << none << true;
    QTest::newRow("view_audit: audit verify")
        << int(P::ViewAudit) << QStringList{QStringLiteral("audit"), QStringLiteral("verify")} << none << true;
    QTest::newRow("view_audit: audit log") << int(P::ViewAudit)
                                           << QStringList{QStringLiteral("audit"), QStringLiteral("log"),
                                                          QStringLiteral("--actor"), QStringLiteral("admin")}
                                           << none << true;
    // Other domains' commands: only the permission answer is checked here.
    QTest::newRow("manage_settings: sync configure")
        << int(P::ManageSettings)
        << QStringList{QStringLiteral("sync"),       QStringLiteral("configure"),  QStringLiteral("--host"),
                       QStringLiteral("db.example"), QStringLiteral("--database"), QStringLiteral("loket")}
        << none << false;
    QTest::newRow("edit_calendar: calendar set")
        << int(P::EditCalendar) << QStringList{QStringLiteral("calendar"),   QStringLiteral("set"),
                                               QStringLiteral("2026-03-02"), QStringLiteral("closure"),
                                               QStringLiteral("--name"),     QStringLiteral("Banjir"),
                                               QStringLiteral("--reason"),   QStringLiteral("Kantor tergenang")}
        << none << false;
}

void TestUserCli::permissionMatrixThroughTheCli()
{
    QFETCH(int, permission);
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(bool, ours);
    OFFICE(o);
    for (Role role : allRoles()) {
        const QString victim = QStringLiteral("victim_") + roleKey(role);
        QStringList roleArgs;
        for (const QString& a : args)
            roleArgs << (a == QLatin1String("victim") ? victim
                                                      : QString(a).replace(QStringLiteral("%ROLE%"), roleKey(role)));
        const bool allowed = PermissionMatrix::allows(role, Permission(permission));
        const auto r = o.as(role, roleArgs, env);
        const QString what = QStringLiteral("%1 as %2: exit %3, %4")
                                 .arg(roleArgs.join(QLatin1Char(' ')), roleKey(role))
                                 .arg(r.exitCode)
                                 .arg(QString::fromUtf8(r.err));
        if (allowed) {
            QVERIFY2(r.exitCode != 5, qPrintable(what));
            if (ours)
                QVERIFY2(r.exitCode == 0, qPrintable(what));
        } else {
            QVERIFY2(r.exitCode == 5, qPrintable(what));
            QVERIFY2(r.err.contains(userOf(role).toUtf8()), qPrintable(what)); // the refusal names who
        }
    }
}

// "user competence": the standard's competence items 3-9 per staff member, ticked and listed.
void TestUserCli::competenceThroughTheCli()
{
    OFFICE(o);
    auto r = o.asAdmin({QStringLiteral("user"), QStringLiteral("competence"), QStringLiteral("admin"),
                        QStringLiteral("--tick"), QStringLiteral("4"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray items = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 7);
    QCOMPARE(items[0].toObject().value(QStringLiteral("number")).toInt(), 3);
    QVERIFY(!items[0].toObject().value(QStringLiteral("ticked")).toBool());
    QVERIFY(items[1].toObject().value(QStringLiteral("ticked")).toBool());
    QVERIFY(items[1].toObject().value(QStringLiteral("item")).toString().startsWith(QStringLiteral("Memahami etika")));
    // Twice, or an item the list does not have: exit 3 naming it; not the admin's power: exit 5.
    r = o.asAdmin({QStringLiteral("user"), QStringLiteral("competence"), QStringLiteral("admin"),
                   QStringLiteral("--tick"), QStringLiteral("4")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("4"), r.err.constData());
    r = o.asAdmin({QStringLiteral("user"), QStringLiteral("competence"), QStringLiteral("admin"),
                   QStringLiteral("--tick"), QStringLiteral("12")});
    QCOMPARE(r.exitCode, 3);
    r = o.as(Role::FrontDesk, {QStringLiteral("user"), QStringLiteral("competence"), QStringLiteral("admin"),
                               QStringLiteral("--untick"), QStringLiteral("4")});
    QCOMPARE(r.exitCode, 5);
    r = o.asAdmin({QStringLiteral("user"), QStringLiteral("competence"), QStringLiteral("admin"),
                   QStringLiteral("--untick"), QStringLiteral("4")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("[ ] 4."), r.out.constData());
}

QTEST_GUILESS_MAIN(TestUserCli)
#include "test_usercli.moc"
