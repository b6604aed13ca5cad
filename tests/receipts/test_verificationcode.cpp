#include "TestDatabase.h"
#include "common/Error.h"
#include "receipts/ReceiptService.h"
#include "receipts/VerificationCode.h"
#include "settings/SettingsRepository.h"
#include "storage/SqlQuery.h"

#include <QRegularExpression>
#include <QtTest>

using namespace loket;

namespace {
const QByteArray kSecret("0123456789abcdef0123456789abcdef");
const QString kReg = QStringLiteral("503/C01/2026/000123");
} // namespace

class TestVerificationCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codeShape();
    void deterministicAndKindBound();
    void rejectsTamperedNumber();
    void rejectsWrongSecret();
    void rejectsTamperedCode();
    void normalizesTypedCode();
    void payloadRoundTrip();
    void payloadWithColonsInNumber();
    void badPayloads();
    void serviceStampAndVerify();
    void serviceRejectsOtherOffice();
    void printLogAndPermission();
};

void TestVerificationCode::codeShape()
{
    const QString code = VerificationCode::compute(kSecret, kReg, ReceiptKind::FileReceipt);
    QVERIFY2(QRegularExpression(QStringLiteral("^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$")).match(code).hasMatch(),
             qPrintable(code));
    // No ambiguous characters.
    for (QChar c : QStringLiteral("01IO"))
        QVERIFY(!code.contains(c));
}

void TestVerificationCode::deterministicAndKindBound()
{
    const QString a = VerificationCode::compute(kSecret, kReg, ReceiptKind::FileReceipt);
    QCOMPARE(VerificationCode::compute(kSecret, kReg, ReceiptKind::FileReceipt), a);
    QCOMPARE(VerificationCode::compute(kSecret, QStringLiteral("  503/c01/2026/000123 "), ReceiptKind::FileReceipt), a);
    const QString ret = VerificationCode::compute(kSecret, kReg, ReceiptKind::ReturnSlip);
    const QString hand = VerificationCode::compute(kSecret, kReg, ReceiptKind::HandOver);
    QVERIFY(a != ret && a != hand && ret != hand);
    auto check = VerificationCode::verify(kSecret, kReg, hand);
    QVERIFY(check.valid);
    QCOMPARE(*check.kind, ReceiptKind::HandOver);
    check = VerificationCode::verify(kSecret, kReg, a);
    QCOMPARE(*check.kind, ReceiptKind::FileReceipt);
}

void TestVerificationCode::rejectsTamperedNumber()
{
    const QString code = VerificationCode::compute(kSecret, kReg, ReceiptKind::FileReceipt);
    QVERIFY(VerificationCode::verify(kSecret, kReg, code).valid);
    for (const QString& tampered : {QStringLiteral("503/C01/2026/000124"), QStringLiteral("503/C02/2026/000123"),
                                    QStringLiteral("503/C01/2025/000123"), QStringLiteral("503/C01/2026/00012"),
                                    QStringLiteral("503/C01/2026/0001233")}) {
        const auto check = VerificationCode::verify(kSecret, tampered, code);
        QVERIFY2(!check.valid, qPrintable(tampered));
        QVERIFY(!check.kind.has_value());
    }
}

void TestVerificationCode::rejectsWrongSecret()
{
    const QString code = VerificationCode::compute(kSecret, kReg, ReceiptKind::FileReceipt);
    QVERIFY(!VerificationCode::verify(QByteArray("another office secret"), kReg, code).valid);
    QVERIFY(!VerificationCode::verify(QByteArray(), kReg, code).valid);
    QVERIFY(VerificationCode::compute(QByteArray("another office secret"), kReg, ReceiptKind::FileReceipt) != code);
}

void TestVerificationCode::rejectsTamperedCode()
{
    const QString code = VerificationCode::compute(kSecret, kReg, ReceiptKind::FileReceipt);
    QString changed = code;
    changed[0] = changed[0] == u'A' ? u'B' : u'A';
    QVERIFY(!VerificationCode::verify(kSecret, kReg, changed).valid);
    QVERIFY(!VerificationCode::verify(kSecret, kReg, code.left(9)).valid);
    QVERIFY(!VerificationCode::verify(kSecret, kReg, QString()).valid);
}

void TestVerificationCode::normalizesTypedCode()
{
    const QString code = VerificationCode::compute(kSecret, kReg, ReceiptKind::ReturnSlip);
    const QString typed = code.toLower().remove(u'-').insert(3, u' ');
    QVERIFY(VerificationCode::verify(kSecret, kReg, typed).valid);
    QCOMPARE(VerificationCode::normalizeCode(QStringLiteral("abcde-fghjk")), QStringLiteral("ABCDEFGHJK"));
    QVERIFY(VerificationCode::normalizeCode(QStringLiteral("ABCDE-FGHI0")).isEmpty()); // I and 0 are not used
    QVERIFY(VerificationCode::normalizeCode(QStringLiteral("ABCD")).isEmpty());
}

void TestVerificationCode::payloadRoundTrip()
{
    const QString code = VerificationCode::compute(kSecret, kReg, ReceiptKind::FileReceipt);
    const QString payload = VerificationCode::qrPayload(kReg, code);
    QCOMPARE(payload, QStringLiteral("LOKET:%1:%2").arg(kReg, code));
    const auto p = VerificationCode::parsePayload(payload);
    QVERIFY(p.ok);
    QCOMPARE(p.registrationNumber, kReg);
    QCOMPARE(p.code, code);
    // A scanner in lower-case mode.
    QVERIFY(VerificationCode::parsePayload(payload.toLower()).ok);
}

void TestVerificationCode::payloadWithColonsInNumber()
{
    const QString reg = QStringLiteral("DPM:C01:2026:7");
    const QString code = VerificationCode::compute(kSecret, reg, ReceiptKind::HandOver);
    const auto p = VerificationCode::parsePayload(VerificationCode::qrPayload(reg, code));
    QVERIFY(p.ok);
    QCOMPARE(p.registrationNumber, reg);
    QVERIFY(VerificationCode::verify(kSecret, p.registrationNumber, p.code).valid);
}

void TestVerificationCode::badPayloads()
{
    QVERIFY(!VerificationCode::parsePayload(QStringLiteral("503/C01/2026/000123")).ok);
    QVERIFY(!VerificationCode::parsePayload(QStringLiteral("LOKET:")).ok);
    QVERIFY(!VerificationCode::parsePayload(QStringLiteral("LOKET::ABCDE-FGHJK")).ok);
    QVERIFY(!VerificationCode::parsePayload(QStringLiteral("LOKET:503:XYZ")).ok);
    QVERIFY(!VerificationCode::parsePayload(QStringLiteral("HTTP://503:ABCDE-FGHJK")).ok);
}

void TestVerificationCode::serviceStampAndVerify()
{
    test::TestDatabase t;
    ReceiptData d;
    d.kind = ReceiptKind::ReturnSlip;
    d.registrationNumber = kReg;
    const Context clerk = t.context(test::actorWith({Role::FrontDesk}, QStringLiteral("clerk")));
    ReceiptService::stamp(clerk, d);
    QCOMPARE(d.verificationCode.size(), 11);
    // Signed receipts (schema 13): "LK1:REG:KIND:TIME:KEY:SIGNATURE".
    QVERIFY(d.qrPayload.startsWith(QStringLiteral("LK1:") + kReg + QStringLiteral(":R:")));
    auto check = ReceiptService::verify(t.db(), d.qrPayload);
    QVERIFY(check.valid);
    QCOMPARE(*check.kind, ReceiptKind::ReturnSlip);
    // A typed code names the stored receipt: it verifies once the receipt was printed.
    QVERIFY(!ReceiptService::verify(t.db(), kReg, d.verificationCode).valid);
    ReceiptService::recordPrint(clerk, d, QStringLiteral("a4"), QStringLiteral("pdf"));
    check = ReceiptService::verify(t.db(), kReg, d.verificationCode);
    QVERIFY(check.valid);
    // The registration number in the scanned text was changed by hand.
    QString tampered = d.qrPayload;
    tampered.replace(QStringLiteral("000123"), QStringLiteral("000128"));
    QVERIFY(!ReceiptService::verify(t.db(), tampered).valid);
    QVERIFY_THROWS_EXCEPTION(Error, ReceiptService::verify(t.db(), QStringLiteral("not a payload")));
    ReceiptData empty;
    QVERIFY_THROWS_EXCEPTION(Error, ReceiptService::stamp(clerk, empty));
}

void TestVerificationCode::serviceRejectsOtherOffice()
{
    test::TestDatabase office1;
    test::TestDatabase office2;
    QVERIFY(ReceiptService::officeSecret(office1.db()) != ReceiptService::officeSecret(office2.db()));
    ReceiptData d;
    d.registrationNumber = kReg;
    ReceiptService::stamp(office1.context(), d);
    QVERIFY(ReceiptService::verify(office1.db(), d.qrPayload).valid);
    QVERIFY(!ReceiptService::verify(office2.db(), d.qrPayload).valid);
}

void TestVerificationCode::printLogAndPermission()
{
    test::TestDatabase t;
    const Context clerk = t.context(test::actorWith({Role::FrontDesk}, QStringLiteral("clerk")));
    ReceiptData d = ReceiptService::sample(clerk, ReceiptKind::FileReceipt);
    QVERIFY(d.registrationNumber.startsWith(QStringLiteral("CONTOH")));
    ReceiptService::recordPrint(clerk, d, QStringLiteral("thermal"), QStringLiteral("printer"));
    ReceiptService::recordPrint(clerk, d, QStringLiteral("a4"), QStringLiteral("pdf"));
    const QList<ReceiptPrint> log = ReceiptService::prints(t.db(), d.registrationNumber);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).layout, QStringLiteral("thermal"));
    QCOMPARE(log.at(0).printedBy, QStringLiteral("clerk"));
    QCOMPARE(log.at(1).target, QStringLiteral("pdf"));
    QVERIFY_THROWS_EXCEPTION(Error, ReceiptService::recordPrint(clerk, d, QStringLiteral("a5"), QStringLiteral("pdf")));
    // The print is audited in the same transaction.
    SqlQuery q(t.db().handle(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'receipt.print'"));
    QCOMPARE(q.scalar().toInt(), 2);

    const Context nobody = t.context(test::actorWith({}, QStringLiteral("guest")));
    try {
        ReceiptService::recordPrint(nobody, d, QStringLiteral("a4"), QStringLiteral("pdf"));
        QFAIL("printing without a role was allowed");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Permission);
    }
    QCOMPARE(ReceiptService::prints(t.db(), d.registrationNumber).size(), 2);
}

QTEST_GUILESS_MAIN(TestVerificationCode)
#include "test_verificationcode.moc"
