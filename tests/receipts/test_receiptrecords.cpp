#include "CaseFixture.h"
#include "cases/CaseService.h"
#include "receipts/ReceiptContent.h"
#include "receipts/ReceiptService.h"

#include <QtTest>

using namespace loket;

namespace {
QDateTime at(int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute, second), Clock::zone());
}
} // namespace

// Receipts as records: every receipt of a case takes its times from the case's recorded events,
// and a reprint is the stored receipt, marked as a copy.
class TestReceiptRecords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileAndHandOverReceiptsAgreeOnTimes();
    void reprintHasSameContentAndSignature();

private:
    // Registered incomplete at 21:56:30, complete at 21:57:10 the same evening, then handed over.
    QString walkCase(test::CaseFixture& f, bool printFileReceipt);
};

QString TestReceiptRecords::walkCase(test::CaseFixture& f, bool printFileReceipt)
{
    f.data().clock().set(at(2, 21, 56, 30));
    const Context ctx = f.system();
    const CaseRecord c = CaseService::registerCase(ctx, f.request(1, false)).record;
    const QString reg = c.registrationNumber;
    f.data().clock().set(at(2, 21, 57, 10));
    TransitionRequest resubmit;
    resubmit.checklist = f.checklist(true);
    CaseService::act(ctx, reg, CaseAction::Resubmit, resubmit);
    if (printFileReceipt) {
        f.data().clock().set(at(2, 21, 58));
        const ReceiptData first = CaseService::receiptData(ctx, reg, ReceiptKind::FileReceipt);
        ReceiptService::recordPrint(ctx, first, QStringLiteral("a4"), QStringLiteral("printer"));
    }
    f.data().clock().set(at(3, 9, 0));
    CaseService::act(ctx, reg, CaseAction::StartVerification, {});
    CaseService::act(ctx, reg, CaseAction::ForwardToSignature, {});
    TransitionRequest issue;
    issue.nibNumber = QStringLiteral("9120000000017");
    issue.permitNumber = QStringLiteral("503/1/IZIN/2026");
    f.data().clock().set(at(4, 10, 0));
    CaseService::act(ctx, reg, CaseAction::Issue, issue);
    f.data().clock().set(at(5, 11, 15));
    CaseService::act(ctx, reg, CaseAction::HandOver, {});
    return reg;
}

void TestReceiptRecords::fileAndHandOverReceiptsAgreeOnTimes()
{
    test::CaseFixture f;
    const QString reg = walkCase(f, false);
    const Context ctx = f.system();
    f.data().clock().set(at(6, 8, 0));
    const ReceiptData file = CaseService::receiptData(ctx, reg, ReceiptKind::FileReceipt);
    const ReceiptData handOver = CaseService::receiptData(ctx, reg, ReceiptKind::HandOver);
    // Both print when the complete file came in (21:57), not the first visit (21:56).
    QCOMPARE(file.receivedAt, at(2, 21, 57, 10));
    QCOMPARE(handOver.receivedAt, file.receivedAt);
    QCOMPARE(handOver.handOverDate, QDate(2026, 3, 5));
    QCOMPARE(handOver.eventAt, at(5, 11, 15));
    // The NIB issued on the 4th is on the hand-over receipt, not on the file receipt.
    QCOMPARE(handOver.handOverNib, QStringLiteral("9120000000017"));
    QCOMPARE(file.businessNib, QString());
}

void TestReceiptRecords::reprintHasSameContentAndSignature()
{
    test::CaseFixture f;
    const QString reg = walkCase(f, true);
    const Context clerk = f.as({Role::FrontDesk}, QStringLiteral("rina"));
    f.data().clock().set(at(9, 14, 30));
    const ReceiptData copy = CaseService::receiptData(clerk, reg, ReceiptKind::FileReceipt);
    QVERIFY(copy.copy);
    QCOMPARE(copy.copyPrintedAt, at(9, 14, 30));
    QVERIFY(!copy.copyPrintedBy.isEmpty());
    // The original as printed on the evening of the 2nd: same content, signature and code.
    QCOMPARE(copy.printedAt, at(2, 21, 58));
    QCOMPARE(copy.businessNib, QString());
    const QList<ReceiptPrint> log = ReceiptService::prints(f.data().db(), reg);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().verificationCode, copy.verificationCode);
    ReceiptService::recordPrint(clerk, copy, QStringLiteral("thermal"), QStringLiteral("pdf"));
    const QList<ReceiptPrint> after = ReceiptService::prints(f.data().db(), reg);
    QCOMPARE(after.size(), 2);
    QVERIFY(after.last().copy);
    const ReceiptData again = CaseService::receiptData(clerk, reg, ReceiptKind::FileReceipt);
    QCOMPARE(ReceiptContent::toJson(again), ReceiptContent::toJson(copy));
    QCOMPARE(again.qrPayload, copy.qrPayload);
    QCOMPARE(again.signature, copy.signature);
    const ReceiptCheck check = ReceiptService::verify(f.data().db(), copy.qrPayload);
    QVERIFY(check.valid);
    QCOMPARE(check.signedAt, at(2, 21, 58));
}

QTEST_GUILESS_MAIN(TestReceiptRecords)
#include "test_receiptrecords.moc"
