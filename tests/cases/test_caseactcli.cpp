#include "TestDatabase.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace loket::test;

// loket-cli case act REG ACTION: the lifecycle of an application through the command line, with
// the demo accounts' roles, and the exit codes of a refused step.
class TestCaseActCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void walkFromRegistrationToHandOver();
    void refusals();
    void usageErrors();
    void resubmitWithChecklist();

private:
    // Runs loket-cli as `user` (demo account, its demo password) on 5 March 2026; no user when empty.
    CliResult act(const QString& user, const QStringList& words);
    CliResult cli(const QString& user, const QStringList& args, const QString& now = QStringLiteral("2026-03-05T10:00"),
                  const QString& lang = QStringLiteral("en"));
    QJsonObject show(const QString& reg);
    static QJsonObject json(const CliResult& r) { return QJsonDocument::fromJson(r.out).object(); }
    // The n-th number of the import (the demo office numbers DPMPTSP-PWK/71205/2026/C01/00001, ...).
    QString reg(int n) const { return m_prefix + QStringLiteral("%1").arg(n, 5, 10, QLatin1Char('0')); }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_prefix;
};

CliResult TestCaseActCli::cli(const QString& user, const QStringList& args, const QString& now, const QString& lang)
{
    QStringList head{QStringLiteral("--db"), m_db, QStringLiteral("--lang"), lang};
    QStringList env{QStringLiteral("LOKET_NOW=") + now};
    if (!user.isEmpty()) {
        head << QStringLiteral("--user") << user;
        env << QStringLiteral("LOKET_PASSWORD=%1-demo-1").arg(user);
    }
    return runCli(head + args, env);
}

CliResult TestCaseActCli::act(const QString& user, const QStringList& words)
{
    return cli(user, QStringList{QStringLiteral("case"), QStringLiteral("act")} + words);
}

QJsonObject TestCaseActCli::show(const QString& number)
{
    const CliResult r = cli(QStringLiteral("supervisor"),
                            {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), number});
    if (r.exitCode != 0)
        qWarning("case show %s: %s", qPrintable(number), r.err.constData());
    return json(r);
}

void TestCaseActCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("act.sqlite"));
    CliResult r = cli({}, {QStringLiteral("demo-setup"), QStringLiteral("--cases"), QStringLiteral("0")},
                      QStringLiteral("2026-03-02T08:00"));
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // Registration at the counter: three files handed in on 2 March, the third without U2.
    const QString csv = m_dir.filePath(QStringLiteral("cases.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("kbli,received_date,applicant_name,applicant_nik,applicant_phone,business_name,business_capital,missing\n"
            "71205,2026-03-02,Asep Suryana,3214011503900001,081234567890,CV Maju Jaya,1000000,\n"
            "71205,2026-03-02,Euis Nurhayati,3214015503900002,081234567891,CV Sinar,1000000,\n"
            "71205,2026-03-02,Asep Suryana,3214011503900001,081234567890,CV Lancar,1000000,U2\n");
    f.close();
    r = cli(QStringLiteral("loket"), {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("import"), csv},
            QStringLiteral("2026-03-02T10:00"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString first = json(r).value(QStringLiteral("first")).toString();
    QVERIFY2(first.endsWith(QLatin1String("/71205/2026/C01/00001")), qPrintable(first));
    m_prefix = first.chopped(5);
    QCOMPARE(json(r).value(QStringLiteral("last")).toString(), reg(3));
    QCOMPARE(json(r).value(QStringLiteral("returned")).toInt(), 1);
}

void TestCaseActCli::walkFromRegistrationToHandOver()
{
    const QString number = reg(1);
    QCOMPARE(show(number).value(QStringLiteral("stage")).toString(), QStringLiteral("registered"));

    CliResult r = act(QStringLiteral("backoffice"), {number, QStringLiteral("start_verification")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QString::fromUtf8(r.out).trimmed(),
             QStringLiteral("%1: Registered → Back-office verification").arg(number));

    r = act(QStringLiteral("backoffice"), {QStringLiteral("--json"), number, QStringLiteral("to_technical"),
                                           QStringLiteral("--note"), QStringLiteral("Perlu cek lapangan")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject o = json(r);
    QCOMPARE(o.value(QStringLiteral("registration_number")).toString(), number);
    QCOMPARE(o.value(QStringLiteral("action")).toString(), QStringLiteral("to_technical"));
    QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("verification"));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("technical"));
    QCOMPARE(o.value(QStringLiteral("clock")).toString(), QStringLiteral("running"));
    QCOMPARE(o.value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-03-11")); // 7 working days
    QCOMPARE(o.value(QStringLiteral("note")).toString(), QStringLiteral("Perlu cek lapangan"));
    QVERIFY(r.err.isEmpty());

    // The technical team: a field officer without a date is refused and names the field.
    r = act(QStringLiteral("teknis"), {number, QStringLiteral("complete_technical"), QStringLiteral("--field-officer"),
                                       QStringLiteral("Agus Setiawan")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("field visit"), r.err.constData());
    r = act(QStringLiteral("teknis"),
            {QStringLiteral("--json"), number, QStringLiteral("complete_technical"), QStringLiteral("--field-visit"),
             QStringLiteral("2026-03-04"), QStringLiteral("--field-officer"), QStringLiteral("Agus Setiawan")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    o = json(r);
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("signature"));
    QCOMPARE(o.value(QStringLiteral("field_visit_date")).toString(), QStringLiteral("2026-03-04"));
    QCOMPARE(o.value(QStringLiteral("field_officer")).toString(), QStringLiteral("Agus Setiawan"));

    // The head signs: a bad NIB first (exit 3, nothing written), then the real one.
    r = act(QStringLiteral("kepala"), {number, QStringLiteral("issue"), QStringLiteral("--nib"), QStringLiteral("123"),
                                       QStringLiteral("--permit"), QStringLiteral("503/0001/DPMPTSP/2026")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("NIB"), r.err.constData());
    QCOMPARE(show(number).value(QStringLiteral("stage")).toString(), QStringLiteral("signature"));
    r = act(QStringLiteral("kepala"),
            {QStringLiteral("--json"), number, QStringLiteral("issue"), QStringLiteral("--nib"),
             QStringLiteral("9120001234567"), QStringLiteral("--permit"), QStringLiteral("503/0001/DPMPTSP/2026"),
             QStringLiteral("--date"), QStringLiteral("2026-03-04")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    o = json(r);
    QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("signature"));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("issued"));
    QCOMPARE(o.value(QStringLiteral("clock")).toString(), QStringLiteral("stopped"));
    QCOMPARE(o.value(QStringLiteral("nib_number")).toString(), QStringLiteral("9120001234567"));
    QCOMPARE(o.value(QStringLiteral("permit_number")).toString(), QStringLiteral("503/0001/DPMPTSP/2026"));
    QCOMPARE(o.value(QStringLiteral("signed_date")).toString(), QStringLiteral("2026-03-04"));

    // The counter hands it over; a date before the signature is refused.
    r = act(QStringLiteral("loket"),
            {number, QStringLiteral("hand_over"), QStringLiteral("--date"), QStringLiteral("2026-03-03")});
    QCOMPARE(r.exitCode, 3);
    r = act(QStringLiteral("loket"),
            {QStringLiteral("--json"), number, QStringLiteral("hand_over"), QStringLiteral("--date=2026-03-05")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    o = json(r);
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("handed_over"));
    QCOMPARE(o.value(QStringLiteral("handed_over_date")).toString(), QStringLiteral("2026-03-05"));
    QCOMPARE(o.value(QStringLiteral("allowed_actions")).toArray(), QJsonArray());

    const QJsonObject c = show(number);
    QCOMPARE(c.value(QStringLiteral("stage")).toString(), QStringLiteral("handed_over"));
    QStringList timeline;
    for (const QJsonValue& e : c.value(QStringLiteral("events")).toArray())
        timeline << e.toObject().value(QStringLiteral("action")).toString();
    QCOMPARE(timeline, (QStringList{QStringLiteral("import"), QStringLiteral("start_verification"),
                                    QStringLiteral("to_technical"), QStringLiteral("complete_technical"),
                                    QStringLiteral("issue"), QStringLiteral("hand_over")}));
}

void TestCaseActCli::refusals()
{
    const QString number = reg(2);
    // Wrong role: the counter may not verify (exit 5), nothing changes.
    CliResult r = act(QStringLiteral("loket"), {number, QStringLiteral("start_verification")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
    // Without --user: not permitted either.
    QCOMPARE(act({}, {number, QStringLiteral("start_verification")}).exitCode, 5);
    // Wrong stage: a registered file cannot be issued (exit 3, the stage named).
    r = act(QStringLiteral("kepala"),
            {number, QStringLiteral("issue"), QStringLiteral("--nib"), QStringLiteral("9120001234568"),
             QStringLiteral("--permit"), QStringLiteral("X")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Registered"), r.err.constData());
    QCOMPARE(show(number).value(QStringLiteral("stage")).toString(), QStringLiteral("registered"));
    // Reject without a reason: exit 3, the message asks for the reason.
    r = act(QStringLiteral("backoffice"), {number, QStringLiteral("reject")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("reason"), r.err.constData());
    r = act(QStringLiteral("backoffice"),
            {number, QStringLiteral("reject"), QStringLiteral("--reason"), QStringLiteral("  ")});
    QCOMPARE(r.exitCode, 3);
    // A bad date is invalid input naming the option.
    r = act(QStringLiteral("kepala"),
            {number, QStringLiteral("issue"), QStringLiteral("--date"), QStringLiteral("5/3/2026")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("--date"), r.err.constData());

    r = act(QStringLiteral("backoffice"),
            {QStringLiteral("--json"), number, QStringLiteral("reject"), QStringLiteral("--reason"),
             QStringLiteral("Lokasi usaha tidak sesuai tata ruang")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = json(r);
    QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("registered"));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("rejected"));
    QCOMPARE(o.value(QStringLiteral("clock")).toString(), QStringLiteral("stopped"));
    QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("Lokasi usaha tidak sesuai tata ruang"));
    // Closed: any further action is a wrong stage.
    QCOMPARE(act(QStringLiteral("loket"),
                 {number, QStringLiteral("withdraw"), QStringLiteral("--reason"), QStringLiteral("x")})
                 .exitCode,
             3);
    // An unknown registration number.
    QCOMPARE(
        act(QStringLiteral("backoffice"), {QStringLiteral("NOPE/1"), QStringLiteral("start_verification")}).exitCode,
        3);
}

void TestCaseActCli::usageErrors()
{
    const QString number = reg(3);
    CliResult r = act(QStringLiteral("backoffice"), {number, QStringLiteral("approve")});
    QCOMPARE(r.exitCode, 2);
    for (const char* key : {"start_verification", "to_technical", "to_signature", "complete_technical", "return",
                            "issue", "hand_over", "reject", "withdraw", "resubmit"})
        QVERIFY2(r.err.contains(key), r.err.constData());
    QCOMPARE(act(QStringLiteral("backoffice"), {number}).exitCode, 2);
    QCOMPARE(act(QStringLiteral("backoffice"), {}).exitCode, 2);
    // --date only for issue and hand_over; other options only where the action uses them.
    r = act(QStringLiteral("backoffice"),
            {number, QStringLiteral("start_verification"), QStringLiteral("--date"), QStringLiteral("2026-03-05")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--date"), r.err.constData());
    QCOMPARE(act(QStringLiteral("backoffice"),
                 {number, QStringLiteral("reject"), QStringLiteral("--reason"), QStringLiteral("x"),
                  QStringLiteral("--nib"), QStringLiteral("9120001234567")})
                 .exitCode,
             2);
    QCOMPARE(act(QStringLiteral("loket"),
                 {number, QStringLiteral("hand_over"), QStringLiteral("--reason"), QStringLiteral("x")})
                 .exitCode,
             2);
    QCOMPARE(act(QStringLiteral("loket"), {number, QStringLiteral("resubmit"), QStringLiteral("--bogus")}).exitCode, 2);
    QCOMPARE(act(QStringLiteral("loket"),
                 {number, QStringLiteral("resubmit"), QStringLiteral("extra"), QStringLiteral("words")})
                 .exitCode,
             2);
    QCOMPARE(show(number).value(QStringLiteral("stage")).toString(), QStringLiteral("returned"));
}

void TestCaseActCli::resubmitWithChecklist()
{
    const QString number = reg(3);
    QStringList keys;
    for (const QJsonValue& i : show(number).value(QStringLiteral("checklist")).toArray())
        keys << i.toObject().value(QStringLiteral("key")).toString();
    QVERIFY(keys.contains(QStringLiteral("U2")));
    auto checklist = [&](const QString& u2) {
        QStringList items;
        for (const QString& k : keys)
            items << (k == QLatin1String("U2") ? u2 : k + QStringLiteral("=valid"));
        return items.join(QLatin1Char(','));
    };

    // Not the counter's job of the back office (exit 5); a key left out, a bad status, an unknown key (exit 3).
    QCOMPARE(act(QStringLiteral("backoffice"), {number, QStringLiteral("resubmit"), QStringLiteral("--checklist"),
                                                checklist(QStringLiteral("U2=valid"))})
                 .exitCode,
             5);
    CliResult r = act(QStringLiteral("loket"), {number, QStringLiteral("resubmit")});
    QCOMPARE(r.exitCode, 3);
    r = act(QStringLiteral("loket"),
            {number, QStringLiteral("resubmit"), QStringLiteral("--checklist"), QStringLiteral("U1=valid")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("U2"), r.err.constData());
    r = act(QStringLiteral("loket"),
            {number, QStringLiteral("resubmit"), QStringLiteral("--checklist"), checklist(QStringLiteral("U2=ok"))});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("U2") && r.err.contains("valid, present or missing"), r.err.constData());
    r = act(QStringLiteral("loket"), {number, QStringLiteral("resubmit"), QStringLiteral("--checklist"),
                                      checklist(QStringLiteral("U2=valid")) + QStringLiteral(",Z9=valid")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Z9"), r.err.constData());

    // Handed in but still wrong (a note with a comma): stays returned, the unmet item listed.
    r = act(QStringLiteral("loket"),
            {QStringLiteral("--json"), number, QStringLiteral("resubmit"), QStringLiteral("--checklist"),
             checklist(QStringLiteral("U2=present:fotokopi buram, ulangi"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject o = json(r);
    QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("returned"));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("returned"));
    const QJsonArray unmet = o.value(QStringLiteral("unmet")).toArray();
    QCOMPARE(unmet.size(), 1);
    QCOMPARE(unmet.first()[QStringLiteral("key")].toString(), QStringLiteral("U2"));
    QCOMPARE(unmet.first()[QStringLiteral("status")].toString(), QStringLiteral("present"));
    QCOMPARE(unmet.first()[QStringLiteral("note")].toString(), QStringLiteral("fotokopi buram, ulangi"));
    QVERIFY2(r.err.contains("U2"), r.err.constData());

    // A document that cannot be read refuses the whole step.
    r = act(QStringLiteral("loket"),
            {number, QStringLiteral("resubmit"), QStringLiteral("--checklist"), checklist(QStringLiteral("U2=valid")),
             QStringLiteral("--document"), m_dir.filePath(QStringLiteral("nope.pdf"))});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(show(number).value(QStringLiteral("stage")).toString(), QStringLiteral("returned"));

    // Complete now, with the scanned copy: registered, the clock starts.
    const QString scan = m_dir.filePath(QStringLiteral("u2.pdf"));
    QFile f(scan);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.4 scan of U2\n");
    f.close();
    r = act(QStringLiteral("loket"),
            {QStringLiteral("--json"), number, QStringLiteral("resubmit"), QStringLiteral("--checklist"),
             checklist(QStringLiteral("u2 = Valid")), QStringLiteral("--document"), scan});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    o = json(r);
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("registered"));
    QCOMPARE(o.value(QStringLiteral("clock")).toString(), QStringLiteral("running"));
    QCOMPARE(o.value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-03-16")); // 5 March + 7 working days
    QCOMPARE(o.value(QStringLiteral("unmet")).toArray().size(), 0);
    const QJsonArray documents = show(number).value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.first()[QStringLiteral("file_name")].toString(), QStringLiteral("u2.pdf"));

    // Returned again from verification with a reason; the text line in Indonesian.
    QCOMPARE(act(QStringLiteral("backoffice"), {number, QStringLiteral("start_verification")}).exitCode, 0);
    const CliResult id = cli(QStringLiteral("backoffice"),
                             {QStringLiteral("case"), QStringLiteral("act"), number, QStringLiteral("return"),
                              QStringLiteral("--reason"), QStringLiteral("NPWP tidak terbaca")},
                             QStringLiteral("2026-03-05T10:00"), QStringLiteral("id"));
    QVERIFY2(id.exitCode == 0, id.err.constData());
    QVERIFY2(id.out.startsWith(number.toUtf8() + ": ") && id.out.contains("\xe2\x86\x92"), id.out.constData());
    QVERIFY2(!id.out.contains("Back-office verification"), id.out.constData()); // the stage titles in Indonesian
    const QJsonObject c = show(number);
    QCOMPARE(c.value(QStringLiteral("stage")).toString(), QStringLiteral("returned"));
    QCOMPARE(c.value(QStringLiteral("return_count")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestCaseActCli)
#include "test_caseactcli.moc"
