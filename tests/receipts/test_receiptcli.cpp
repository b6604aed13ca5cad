#include "ReceiptTestTools.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace loket;

class TestReceiptCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validateExitCodes_data();
    void validateExitCodes();
    void validateJsonDetails();
    void validateNeedsNoDatabase();
    void validateUsage();
    void sampleNeverVerifies_data();
    void sampleNeverVerifies();
    void verifyRejects();
    void receiptUsage();
    void receiptOfRealCases();

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }
};

void TestReceiptCli::validateExitCodes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("exit");
    QTest::newRow("nik ok") << "nik" << "3214015503900002" << 0;
    QTest::newRow("nik bad month") << "nik" << "3214011513900001" << 3;
    QTest::newRow("nik bad province") << "nik" << "9914011503900001" << 3;
    QTest::newRow("npwp ok") << "npwp" << "09.254.294.3-407.000" << 0;
    QTest::newRow("npwp luhn") << "npwp" << "09.254.294.4-407.000" << 3;
    QTest::newRow("npwp nik") << "npwp" << "3214011503900001" << 0;
    QTest::newRow("nib ok") << "nib" << "9120001234567" << 0;
    QTest::newRow("nib short") << "nib" << "912000123456" << 3;
    QTest::newRow("kbli ok") << "kbli" << "71205" << 0;
    QTest::newRow("kbli unknown") << "kbli" << "99999" << 3;
    QTest::newRow("upper-case type") << "KBLI" << "71205" << 0;
}

void TestReceiptCli::validateExitCodes()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(int, exit);
    const auto r = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("validate"), type, value});
    QCOMPARE(r.exitCode, exit);
    // Indonesian is the default language.
    QVERIFY2(r.out.startsWith(exit == 0 ? "sah: " : "tidak sah: "), r.out.constData());
    const auto en = test::runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("validate"), type, value});
    QCOMPARE(en.exitCode, exit);
    QVERIFY2(en.out.startsWith(exit == 0 ? "valid: " : "invalid: "), en.out.constData());
}

void TestReceiptCli::validateJsonDetails()
{
    auto r = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("--json"), QStringLiteral("validate"),
                           QStringLiteral("nik"), QStringLiteral("3214-0155-0390-0002")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
    const QJsonObject d = o.value(QStringLiteral("details")).toObject();
    QCOMPARE(d.value(QStringLiteral("sex")).toString(), QStringLiteral("female"));
    QCOMPARE(d.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1990-03-15"));
    QCOMPARE(d.value(QStringLiteral("regency_code")).toString(), QStringLiteral("32.14"));

    r = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("validate"), QStringLiteral("kbli"),
                      QStringLiteral("71299"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(), false);
    QVERIFY(o.value(QStringLiteral("reason")).toString().contains(QStringLiteral("71299")));
}

void TestReceiptCli::validateNeedsNoDatabase()
{
    // A database path that cannot be created: validate must not touch it.
    const auto r = test::runCli({QStringLiteral("--db"), QStringLiteral("/nonexistent/dir/x.sqlite"),
                                 QStringLiteral("validate"), QStringLiteral("nib"), QStringLiteral("9120001234567")});
    QCOMPARE(r.exitCode, 0);
}

void TestReceiptCli::validateUsage()
{
    QCOMPARE(test::runCli({QStringLiteral("--db"), db(), QStringLiteral("validate")}).exitCode, 2);
    QCOMPARE(test::runCli({QStringLiteral("--db"), db(), QStringLiteral("validate"), QStringLiteral("nik")}).exitCode, 2);
    QCOMPARE(test::runCli({QStringLiteral("--db"), db(), QStringLiteral("validate"), QStringLiteral("ktp"),
                           QStringLiteral("1")})
                 .exitCode,
             2);
}

void TestReceiptCli::sampleNeverVerifies_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("layout");
    QTest::newRow("file a4") << "file" << "a4";
    QTest::newRow("return thermal") << "return" << "thermal";
    QTest::newRow("handover thermal") << "handover" << "thermal";
}

// A sample for checking a printer is signed with a throw-away key: it is marked as a sample and
// verifies nowhere, and the workstation's own key is neither made nor used.
void TestReceiptCli::sampleNeverVerifies()
{
    QFETCH(QString, kind);
    QFETCH(QString, layout);
    // Only init creates a database (issue 14); validate above must not have made one.
    if (!QFileInfo::exists(db())) {
        const auto init = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
    }
    const QString pdf = m_dir.filePath(QStringLiteral("sample-%1-%2.pdf").arg(kind, layout));
    auto r = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("--json"), QStringLiteral("receipt"),
                           QStringLiteral("sample"), QStringLiteral("--pdf"), pdf, QStringLiteral("--kind"), kind,
                           QStringLiteral("--layout"), layout});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QString reg = o.value(QStringLiteral("registration_number")).toString();
    const QString payload = o.value(QStringLiteral("qr_payload")).toString();
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), kind);
    QCOMPARE(o.value(QStringLiteral("layout")).toString(), layout);
    QCOMPARE(o.value(QStringLiteral("sample")).toBool(), true);
    QVERIFY(reg.startsWith(QStringLiteral("CONTOH/")));
    QVERIFY(QFile::exists(pdf));
    QVERIFY(payload.startsWith(QStringLiteral("LK1:") + reg + u':'));
    if (test::hasTool(QStringLiteral("pdftotext"))) {
        const QString text =
            QString::fromUtf8(test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out);
        QVERIFY2(text.contains(reg), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("CONTOH — TIDAK SAH")), qPrintable(text));
    }

    r = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("--json"), QStringLiteral("receipt"),
                      QStringLiteral("verify"), payload});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject v = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(v.value(QStringLiteral("valid")).toBool(), false);
    QVERIFY2(v.value(QStringLiteral("reason")).toString().contains(QStringLiteral("tanda terima contoh")),
             r.out.constData());
    // The typed code and the scanned text in lower case are refused too.
    r = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("receipt"), QStringLiteral("verify"), reg,
                      o.value(QStringLiteral("verification_code")).toString()});
    QCOMPARE(r.exitCode, 1);
    r = test::runCli(
        {QStringLiteral("--db"), db(), QStringLiteral("receipt"), QStringLiteral("verify"), payload.toLower()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith("tidak sah: "), r.out.constData());

    // No key of this workstation was made or published for it.
    QVERIFY(!QFile::exists(db() + QStringLiteral(".receipt-key")));
    r = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("--json"), QStringLiteral("receipt"),
                      QStringLiteral("keys"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
}

void TestReceiptCli::verifyRejects()
{
    const QString pdf = m_dir.filePath(QStringLiteral("v.pdf"));
    auto r = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("--json"), QStringLiteral("receipt"),
                           QStringLiteral("sample"), QStringLiteral("--pdf"), pdf});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QString reg = o.value(QStringLiteral("registration_number")).toString();
    const QString code = o.value(QStringLiteral("verification_code")).toString();

    // A changed registration number with the genuine signature.
    QString tampered = o.value(QStringLiteral("qr_payload")).toString();
    tampered.replace(QStringLiteral("000001"), QStringLiteral("000002"));
    r = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("--json"), QStringLiteral("receipt"),
                      QStringLiteral("verify"), tampered});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("valid")).toBool(), false);

    // Another office's database has another secret.
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    r = test::runCli({QStringLiteral("--db"), other, QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = test::runCli({QStringLiteral("--db"), other, QStringLiteral("receipt"), QStringLiteral("verify"), reg, code});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.startsWith("tidak sah: "));

    // Not a receipt code at all.
    r = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("receipt"), QStringLiteral("verify"),
                      QStringLiteral("hello")});
    QCOMPARE(r.exitCode, 3);
}

void TestReceiptCli::receiptUsage()
{
    QCOMPARE(test::runCli({QStringLiteral("--db"), db(), QStringLiteral("receipt")}).exitCode, 2);
    QCOMPARE(test::runCli({QStringLiteral("--db"), db(), QStringLiteral("receipt"), QStringLiteral("X/1")}).exitCode, 2);
    QCOMPARE(test::runCli({QStringLiteral("--db"), db(), QStringLiteral("receipt"), QStringLiteral("sample"),
                           QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("u.pdf")), QStringLiteral("--layout"),
                           QStringLiteral("a5")})
                 .exitCode,
             2);
    QCOMPARE(test::runCli({QStringLiteral("--db"), db(), QStringLiteral("receipt"), QStringLiteral("verify")}).exitCode,
             2);
    // No such case.
    const auto r = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("receipt"), QStringLiteral("NOPE/1"),
                                 QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("n.pdf"))});
    QVERIFY2(r.exitCode == 3 || r.exitCode == 5, r.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("n.pdf"))));
}

void TestReceiptCli::receiptOfRealCases()
{
    // A demo database (demo applications go nowhere else) with an officer and demo applications.
    const QString path = m_dir.filePath(QStringLiteral("cases.sqlite"));
    const QStringList env{QStringLiteral("LOKET_NOW=2026-01-05T09:30"), QStringLiteral("LOKET_PASSWORD=admin-demo-1")};
    const QStringList officerEnv{QStringLiteral("LOKET_NOW=2026-01-05T09:30"),
                                 QStringLiteral("LOKET_PASSWORD=Rahasia-Petugas-2026!")};
    auto r = test::runCli(
        {QStringLiteral("--db"), path, QStringLiteral("demo-setup"), QStringLiteral("--cases"), QStringLiteral("0")},
        env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = test::runCli({QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("admin"),
                      QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("petugas"), QStringLiteral("--role"),
                      QStringLiteral("front_desk,back_office,technical_team,head")},
                     env + QStringList{QStringLiteral("LOKET_NEW_PASSWORD=Rahasia-Petugas-2026!")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList asOfficer{QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("petugas")};
    r = test::runCli(asOfficer + QStringList{QStringLiteral("demo-data"), QStringLiteral("--cases"),
                                             QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("3")},
                     officerEnv);
    QVERIFY2(r.exitCode == 0, r.err.constData());

    struct Want {
        QString stage, kind;
    };
    for (const Want& w : {Want{QStringLiteral("handed_over"), QStringLiteral("handover")},
                          Want{QStringLiteral("returned"), QStringLiteral("return")},
                          Want{QStringLiteral("handed_over"), QStringLiteral("file")}}) {
        r = test::runCli(asOfficer + QStringList{QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list"),
                                                 QStringLiteral("--stage"), w.stage, QStringLiteral("--limit"),
                                                 QStringLiteral("1")},
                         officerEnv);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        if (rows.isEmpty())
            continue; // the seed made no case in this stage
        const QString reg = rows.first().toObject().value(QStringLiteral("registration_number")).toString();
        const QString pdf = m_dir.filePath(QStringLiteral("real-%1.pdf").arg(w.kind));
        r = test::runCli(asOfficer + QStringList{QStringLiteral("--json"), QStringLiteral("receipt"), reg,
                                                 QStringLiteral("--pdf"), pdf, QStringLiteral("--kind"), w.kind,
                                                 QStringLiteral("--layout"), QStringLiteral("thermal")},
                         officerEnv);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        if (test::hasTool(QStringLiteral("pdftotext")))
            QVERIFY(QString::fromUtf8(test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out)
                        .remove(QRegularExpression(QStringLiteral("\\s+")))
                        .contains(reg));
        const QString payload = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("qr_payload")).toString();
        r = test::runCli({QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("receipt"),
                          QStringLiteral("verify"), payload},
                         officerEnv);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject v = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(v.value(QStringLiteral("kind")).toString(), w.kind);
        bool logged = false; // the print was logged under its kind
        for (const QJsonValue& p : v.value(QStringLiteral("printed")).toArray())
            logged = logged || p.toObject().value(QStringLiteral("kind")).toString() == w.kind;
        QVERIFY(logged);
    }

    // A return slip for a case that was never returned: refused, no file.
    r = test::runCli(asOfficer + QStringList{QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list"),
                                             QStringLiteral("--stage"), QStringLiteral("handed_over"),
                                             QStringLiteral("--limit"), QStringLiteral("1")},
                     officerEnv);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    if (!rows.isEmpty()) {
        const QString reg = rows.first().toObject().value(QStringLiteral("registration_number")).toString();
        const QString pdf = m_dir.filePath(QStringLiteral("refused.pdf"));
        r = test::runCli(asOfficer + QStringList{QStringLiteral("receipt"), reg, QStringLiteral("--pdf"), pdf,
                                                 QStringLiteral("--kind"), QStringLiteral("return")},
                         officerEnv);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFile::exists(pdf));
    }
}

QTEST_GUILESS_MAIN(TestReceiptCli)
#include "test_receiptcli.moc"
