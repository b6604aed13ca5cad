#include "ReceiptTestTools.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace loket;

// Signed receipts end to end through loket-cli: the PDFs' QR codes read back by a real decoder
// (zbarimg), verified at another workstation and with only the exported key file.
class TestSignedReceiptCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void caseReceiptsDecodeAndVerify_data();
    void caseReceiptsDecodeAndVerify();
    void complaintReceipt_data();
    void complaintReceipt();
    void reprintIsMarkedCopyOfTheSameReceipt();
    void complaintReprintIsTheStoredReceipt();
    void verificationDeskAndRevocation();

private:
    test::CliResult run(const QString& db, QStringList args, const QString& user = QStringLiteral("petugas"),
                        const QString& now = QStringLiteral("2026-03-17T10:00"));
    QString handedOverCase();
    // Renders the first page to PNG and returns what zbarimg reads from it.
    QStringList decode(const QString& pdf);

    QTemporaryDir m_dir;
    QString m_db;
    QString m_keys;
    QStringList m_payloads; // every QR text printed, for the verification desk
};

test::CliResult TestSignedReceiptCli::run(const QString& db, QStringList args, const QString& user, const QString& now)
{
    QStringList all{QStringLiteral("--db"), db};
    if (!user.isEmpty())
        all << QStringLiteral("--user") << user;
    // demo-setup makes the admin account with its demo password.
    const QString password =
        user == QLatin1String("admin") ? QStringLiteral("admin-demo-1") : QStringLiteral("Rahasia-2026!");
    return test::runCli(all + args, {QStringLiteral("LOKET_NOW=") + now, QStringLiteral("LOKET_PASSWORD=") + password,
                                     QStringLiteral("LOKET_NEW_PASSWORD=Rahasia-2026!")});
}

void TestSignedReceiptCli::initTestCase()
{
    if (!test::hasTool(QStringLiteral("zbarimg")) || !test::hasTool(QStringLiteral("pdftoppm")))
        QFAIL("zbarimg (zbar-tools) and pdftoppm (poppler-utils) are needed: run scripts/deps");
    m_db = m_dir.filePath(QStringLiteral("c01.sqlite"));
    auto r = run(m_db,
                 {QStringLiteral("demo-setup"), QStringLiteral("--cases"), QStringLiteral("30"),
                  QStringLiteral("--seed"), QStringLiteral("5")},
                 {}, QStringLiteral("2026-03-16T08:00"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(m_db,
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("petugas"), QStringLiteral("--role"),
             QStringLiteral("front_desk,back_office,technical_team,head")},
            QStringLiteral("admin"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

QString TestSignedReceiptCli::handedOverCase()
{
    const auto r =
        run(m_db, {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--stage"),
                   QStringLiteral("handed_over"), QStringLiteral("--limit"), QStringLiteral("1")});
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    return rows.isEmpty() ? QString() : rows.first().toObject().value(QStringLiteral("registration_number")).toString();
}

QStringList TestSignedReceiptCli::decode(const QString& pdf)
{
    const QString prefix = pdf.chopped(4);
    test::runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("150"),
                                               QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                               QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, prefix});
    return test::decodeQr(prefix + QStringLiteral(".png"));
}

void TestSignedReceiptCli::caseReceiptsDecodeAndVerify_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("layout");
    QTest::newRow("file a4") << "file"
                             << "a4";
    QTest::newRow("file thermal") << "file"
                                  << "thermal";
    QTest::newRow("handover a4") << "handover"
                                 << "a4";
    QTest::newRow("handover thermal") << "handover"
                                      << "thermal";
}

void TestSignedReceiptCli::caseReceiptsDecodeAndVerify()
{
    QFETCH(QString, kind);
    QFETCH(QString, layout);
    const QString reg = handedOverCase();
    QVERIFY(!reg.isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("case-%1-%2.pdf").arg(kind, layout));
    auto r = run(m_db, {QStringLiteral("--json"), QStringLiteral("receipt"), reg, QStringLiteral("--pdf"), pdf,
                        QStringLiteral("--kind"), kind, QStringLiteral("--layout"), layout});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString payload = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("qr_payload")).toString();
    QVERIFY(payload.startsWith(QStringLiteral("LK1:")));
    const QStringList decoded = decode(pdf);
    QCOMPARE(decoded, QStringList{payload});
    m_payloads << decoded.first();
    r = run(m_db, {QStringLiteral("--json"), QStringLiteral("receipt"), QStringLiteral("verify"), decoded.first()}, {});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("kind")).toString(), kind);
}

void TestSignedReceiptCli::complaintReceipt_data()
{
    QTest::addColumn<QString>("layout");
    QTest::newRow("a4") << "a4";
    QTest::newRow("thermal") << "thermal";
}

void TestSignedReceiptCli::complaintReceipt()
{
    QFETCH(QString, layout);
    auto r = run(m_db, {QStringLiteral("--json"), QStringLiteral("complaint"), QStringLiteral("add"),
                        QStringLiteral("--channel"), QStringLiteral("g"), QStringLiteral("--received"),
                        QStringLiteral("2026-03-17 09:00"), QStringLiteral("--name"), QStringLiteral("Budi Santoso"),
                        QStringLiteral("--contact"), QStringLiteral("0812 3456 7890"), QStringLiteral("--object"),
                        QStringLiteral("Antrian terlalu lama")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString number = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("number")).toString();
    QVERIFY(!number.isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("complaint-%1.pdf").arg(layout));
    r = run(m_db, {QStringLiteral("--json"), QStringLiteral("complaint"), QStringLiteral("receipt"), number,
                   QStringLiteral("--pdf"), pdf, QStringLiteral("--layout"), layout});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("complaint"));
    const QStringList decoded = decode(pdf);
    QCOMPARE(decoded, QStringList{o.value(QStringLiteral("qr_payload")).toString()});
    m_payloads << decoded.first();
    const QString text =
        QString::fromUtf8(test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out).simplified();
    QVERIFY2(text.contains(number), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("TANDA TERIMA PENGADUAN")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Pengaduan")), qPrintable(text));     // registered as a complaint
    QVERIFY2(text.contains(QStringLiteral("14 April 2026")), qPrintable(text)); // 14 working days (Idul Fitri leave)
    // The line under the QR code is about following up this complaint, not an application.
    QVERIFY2(!text.contains(QStringLiteral("menelusuri permohonan")), qPrintable(text));
    QString compact = text;
    compact.remove(u' ');
    QVERIFY2(compact.contains(QStringLiteral("menindaklanjutipengaduan,sebutkannomorpengaduan") + number),
             qPrintable(text));
    r = run(m_db, {QStringLiteral("--json"), QStringLiteral("receipt"), QStringLiteral("verify"), decoded.first()}, {});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("registration_number")).toString(), number);
    // Without a signed-in user there is no receipt (it carries personal data and is logged).
    r = run(m_db,
            {QStringLiteral("complaint"), QStringLiteral("receipt"), number, QStringLiteral("--pdf"),
             m_dir.filePath(QStringLiteral("nobody.pdf"))},
            {});
    QCOMPARE(r.exitCode, 5);
}

void TestSignedReceiptCli::reprintIsMarkedCopyOfTheSameReceipt()
{
    const QString reg = handedOverCase();
    const QString first = m_dir.filePath(QStringLiteral("first.pdf"));
    const QString again = m_dir.filePath(QStringLiteral("again.pdf"));
    auto r = run(m_db, {QStringLiteral("--json"), QStringLiteral("receipt"), reg, QStringLiteral("--pdf"), first});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject a = QJsonDocument::fromJson(r.out).object();
    r = run(m_db, {QStringLiteral("--json"), QStringLiteral("receipt"), reg, QStringLiteral("--pdf"), again},
            QStringLiteral("petugas"), QStringLiteral("2026-03-20T15:45"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject b = QJsonDocument::fromJson(r.out).object();
    QVERIFY(b.value(QStringLiteral("copy")).toBool());
    QCOMPARE(b.value(QStringLiteral("qr_payload")), a.value(QStringLiteral("qr_payload")));
    QCOMPARE(b.value(QStringLiteral("verification_code")), a.value(QStringLiteral("verification_code")));
    const QString text =
        QString::fromUtf8(test::runTool(QStringLiteral("pdftotext"), {again, QStringLiteral("-")}).out);
    QVERIFY2(text.contains(QStringLiteral("SALINAN")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("20 Maret 2026, 15.45")), qPrintable(text));
    // The typed code of the stored receipt verifies, lower case and all.
    r = run(m_db,
            {QStringLiteral("receipt"), QStringLiteral("verify"), reg,
             a.value(QStringLiteral("verification_code")).toString().toLower()},
            {});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("sah: "), r.out.constData());
}

void TestSignedReceiptCli::complaintReprintIsTheStoredReceipt()
{
    auto r = run(m_db, {QStringLiteral("--json"), QStringLiteral("complaint"), QStringLiteral("add"),
                        QStringLiteral("--channel"), QStringLiteral("g"), QStringLiteral("--received"),
                        QStringLiteral("2026-03-17 09:40"), QStringLiteral("--name"), QStringLiteral("Rina Marlina"),
                        QStringLiteral("--contact"), QStringLiteral("0813 1111 2222"), QStringLiteral("--object"),
                        QStringLiteral("Petugas tidak menjelaskan persyaratan")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString number = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("number")).toString();
    QVERIFY(!number.isEmpty());
    const QString first = m_dir.filePath(QStringLiteral("pgd-first.pdf"));
    const QString again = m_dir.filePath(QStringLiteral("pgd-again.pdf"));
    r = run(m_db, {QStringLiteral("--json"), QStringLiteral("complaint"), QStringLiteral("receipt"), number,
                   QStringLiteral("--pdf"), first});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject a = QJsonDocument::fromJson(r.out).object();
    QVERIFY(!a.value(QStringLiteral("copy")).toBool());
    // Printed again three days later, by another officer.
    r = run(m_db,
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dewi"), QStringLiteral("--role"),
             QStringLiteral("front_desk"), QStringLiteral("--name"), QStringLiteral("Dewi Lestari")},
            QStringLiteral("admin"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(m_db,
            {QStringLiteral("--json"), QStringLiteral("complaint"), QStringLiteral("receipt"), number,
             QStringLiteral("--pdf"), again},
            QStringLiteral("dewi"), QStringLiteral("2026-03-20T15:45"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject b = QJsonDocument::fromJson(r.out).object();
    QVERIFY(b.value(QStringLiteral("copy")).toBool());
    QCOMPARE(b.value(QStringLiteral("qr_payload")), a.value(QStringLiteral("qr_payload")));
    QCOMPARE(b.value(QStringLiteral("verification_code")), a.value(QStringLiteral("verification_code")));
    QCOMPARE(b.value(QStringLiteral("key_id")), a.value(QStringLiteral("key_id")));
    QCOMPARE(decode(again), decode(first)); // the same signed QR code, read back by zbarimg
    // The same content, plus the copy marks: SALINAN under the title, and when and by whom.
    auto lines = [](const QString& pdf) {
        QStringList out;
        const QString text =
            QString::fromUtf8(test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out);
        for (const QString& line : text.split(u'\n'))
            if (!line.trimmed().isEmpty())
                out << line.trimmed();
        return out;
    };
    const QStringList original = lines(first);
    QStringList copy = lines(again);
    QVERIFY2(copy.removeAll(QStringLiteral("SALINAN")) == 1, qPrintable(copy.join(u'\n')));
    const qsizetype marks = copy.removeIf([](const QString& l) {
        return l == QStringLiteral("Salinan dicetak 20 Maret 2026, 15.45 WIB oleh Dewi Lestari");
    });
    QVERIFY2(marks == 1, qPrintable(copy.join(u'\n')));
    QCOMPARE(copy, original);
    QVERIFY2(original.join(u' ').contains(QStringLiteral("17 Maret 2026")), qPrintable(original.join(u'\n')));
    // Both prints are in the receipt log, the second as a copy.
    r = run(m_db,
            {QStringLiteral("--json"), QStringLiteral("receipt"), QStringLiteral("verify"), decode(again).value(0)},
            {});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray printed = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("printed")).toArray();
    QCOMPARE(printed.size(), 2);
    QCOMPARE(printed.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("complaint"));
    QCOMPARE(printed.at(0).toObject().value(QStringLiteral("copy")).toBool(), false);
    QCOMPARE(printed.at(1).toObject().value(QStringLiteral("copy")).toBool(), true);
}

void TestSignedReceiptCli::verificationDeskAndRevocation()
{
    QVERIFY(m_payloads.size() >= 6);
    m_keys = m_dir.filePath(QStringLiteral("office-keys.json"));
    auto r = run(
        m_db,
        {QStringLiteral("--json"), QStringLiteral("receipt"), QStringLiteral("keys"), QStringLiteral("export"), m_keys},
        {});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("keys")).toInt(), 1);
    // A verification desk: no database at all (a path that cannot exist).
    const QString none = QStringLiteral("/nonexistent/dir/x.sqlite");
    for (const QString& payload : m_payloads) {
        r = run(none, {QStringLiteral("receipt"), QStringLiteral("verify"), QStringLiteral("--keys"), m_keys, payload},
                {});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    QString changed = m_payloads.first();
    changed.replace(QStringLiteral(":F:"), QStringLiteral(":H:"));
    r = run(none, {QStringLiteral("receipt"), QStringLiteral("verify"), QStringLiteral("--keys"), m_keys, changed}, {});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith("tidak sah: "), r.out.constData());

    // The admin revokes the key from 18 March: receipts signed on the 17th still verify.
    r = run(m_db, {QStringLiteral("--json"), QStringLiteral("receipt"), QStringLiteral("keys"), QStringLiteral("list")},
            {});
    const QString keyId =
        QJsonDocument::fromJson(r.out).array().first().toObject().value(QStringLiteral("key_id")).toString();
    r = run(m_db,
            {QStringLiteral("receipt"), QStringLiteral("keys"), QStringLiteral("revoke"), keyId, QStringLiteral("--at"),
             QStringLiteral("2026-03-18 00:00")},
            QStringLiteral("petugas"), QStringLiteral("2026-03-21T08:00"));
    QCOMPARE(r.exitCode, 5); // not an admin
    r = run(m_db,
            {QStringLiteral("receipt"), QStringLiteral("keys"), QStringLiteral("revoke"), keyId, QStringLiteral("--at"),
             QStringLiteral("2026-03-18 00:00"), QStringLiteral("--reason"), QStringLiteral("PC dicuri")},
            QStringLiteral("admin"), QStringLiteral("2026-03-21T08:00"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(m_db, {QStringLiteral("receipt"), QStringLiteral("verify"), m_payloads.first()}, {});
    QCOMPARE(r.exitCode, 0);
    // The reprint of 20 March reused the receipt signed on the 17th; a receipt signed now uses a new key.
    const QString pdf = m_dir.filePath(QStringLiteral("after.pdf"));
    r = run(m_db,
            {QStringLiteral("--json"), QStringLiteral("complaint"), QStringLiteral("add"), QStringLiteral("--channel"),
             QStringLiteral("g"), QStringLiteral("--received"), QStringLiteral("2026-03-21 08:30"),
             QStringLiteral("--name"), QStringLiteral("Asep Sunandar"), QStringLiteral("--contact"),
             QStringLiteral("0812 9999 0000"), QStringLiteral("--object"), QStringLiteral("Formulir tidak tersedia")},
            QStringLiteral("petugas"), QStringLiteral("2026-03-21T09:00"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(m_db,
            {QStringLiteral("--json"), QStringLiteral("complaint"), QStringLiteral("receipt"),
             QJsonDocument::fromJson(r.out).object().value(QStringLiteral("number")).toString(),
             QStringLiteral("--pdf"), pdf},
            QStringLiteral("petugas"), QStringLiteral("2026-03-21T09:00"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString fresh = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("key_id")).toString();
    QVERIFY(fresh != keyId);
    r = run(m_db, {QStringLiteral("receipt"), QStringLiteral("keys"), QStringLiteral("export"), m_keys}, {});
    QCOMPARE(r.exitCode, 0);
    r = run(none,
            {QStringLiteral("receipt"), QStringLiteral("verify"), QStringLiteral("--keys"), m_keys, m_payloads.first()},
            {});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(test::runCli({QStringLiteral("receipt"), QStringLiteral("verify"), QStringLiteral("--keys"),
                           m_dir.filePath(QStringLiteral("missing.json")), m_payloads.first()})
                 .exitCode,
             3);
}

QTEST_GUILESS_MAIN(TestSignedReceiptCli)
#include "test_signedreceiptcli.moc"
