#include "cases/CaseRecord.h"
#include "cases/CaseSnapshot.h"
#include "common/Clock.h"

#include <QtTest>

using namespace loket;

// CaseSnapshot::toJson writes the snapshot by hand (issue 16: building it through QJsonObject took
// an eighth of a 100,000-row import); the text must be the very one QJsonDocument writes, since
// every workstation stores and compares it.
class TestCaseSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameTextAsQJsonDocument_data();
    void sameTextAsQJsonDocument();
};

namespace {
CaseRecord record(int variant)
{
    CaseRecord c;
    const QDateTime at(QDate(2026, 2, 3), QTime(9, 15, 30, 250), Clock::zone());
    c.stage = static_cast<CaseStage>(variant % 9);
    c.stageSince = variant % 3 ? at : QDateTime();
    c.completeAt = variant % 2 ? at.addDays(1) : QDateTime();
    c.returnedFrom = variant % 4 == 1 ? QStringLiteral("technical") : QString();
    c.fieldVisitDate = variant % 5 == 2 ? QDate(2026, 2, 9) : QDate();
    c.fieldOfficer = variant % 5 == 2 ? QStringLiteral("lapangan1") : QString();
    c.signedDate = variant % 6 == 3 ? QDate(2026, 2, 20) : QDate();
    c.handedOverDate = variant % 6 == 3 ? QDate(2026, 2, 21) : QDate();
    c.nibNumber = variant % 6 == 3 ? QStringLiteral("1234567890123") : QString();
    c.permitNumber = variant % 6 == 3 ? QStringLiteral("503/IUMK/II/2026") : QString();
    c.rejectionReason = variant % 7 == 4 ? QStringLiteral("Tidak sesuai tata ruang") : QString();
    c.withdrawalReason = variant % 7 == 5 ? QString::fromUtf8("Pemohon mundur") : QString();
    c.returnCount = variant % 4;
    c.representativeName = variant % 2 ? QStringLiteral("Budi Santoso") : QString();
    c.representativeNik = variant % 2 ? QStringLiteral("3273010101900001") : QString();
    c.holder = QStringLiteral("petugas%1").arg(variant);
    for (int i = 0; i < variant % 6; ++i)
        c.checklist.append(ChecklistItem{QStringLiteral("U%1").arg(i + 1), QStringLiteral("text"),
                                         static_cast<ChecklistStatus>(i % 3),
                                         i == 2 ? QStringLiteral("kurang cap") : QString()});
    for (int i = 0; i < variant % 3; ++i)
        c.clockMarks.append(CaseClockMark{i ? QStringLiteral("stop") : QStringLiteral("start"), at.addDays(i),
                                          i ? QStringLiteral("ditandatangani") : QString()});
    return c;
}
} // namespace

void TestCaseSnapshot::sameTextAsQJsonDocument_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("odd"); // a text QJsonDocument escapes or writes as UTF-8
    for (int v = 0; v < 40; ++v)
        QTest::addRow("plain %d", v) << v << QString();
    const QStringList odd{QStringLiteral("kata \"kutip\""),
                          QStringLiteral("garis\\miring"),
                          QStringLiteral("baris\nbaru"),
                          QString::fromUtf8("Ciamis \xc3\xa9t\xc3\xa9"),
                          QString::fromUtf8("\xf0\x9f\x98\x80"),
                          QStringLiteral("tab\there"),
                          QString(QChar(0x7f))};
    for (int i = 0; i < odd.size(); ++i)
        QTest::addRow("odd %d", i) << i << odd.at(i);
}

void TestCaseSnapshot::sameTextAsQJsonDocument()
{
    QFETCH(int, variant);
    QFETCH(QString, odd);
    CaseRecord c = record(variant);
    if (!odd.isNull()) {
        c = record(7);
        c.representativeName = odd;
        c.checklist.append(ChecklistItem{QStringLiteral("K1"), {}, ChecklistStatus::Missing, odd});
    }
    const QString json = CaseSnapshot::toJson(c);
    QCOMPARE(json, CaseSnapshot::toJsonDocument(c));
    CaseRecord back;
    QVERIFY(CaseSnapshot::apply(json, back));
    QCOMPARE(back.stage, c.stage);
    QCOMPARE(back.holder, c.holder);
    QCOMPARE(back.checklist.size(), c.checklist.size());
    QCOMPARE(back.clockMarks.size(), c.clockMarks.size());
}

QTEST_GUILESS_MAIN(TestCaseSnapshot)
#include "test_casesnapshot.moc"
