#include "CaseFixture.h"
#include "cases/CaseQueries.h"
#include "storage/SqlQuery.h"

#include <QtTest>

using namespace loket;
using namespace loket::test;

namespace {
QStringList numbers(const QList<CaseRow>& rows)
{
    QStringList out;
    for (const CaseRow& r : rows)
        out << r.registrationNumber;
    return out;
}

// Takes a registered case through verification to an issued permit numbered n.
void issue(const Context& ctx, const QString& registration, int n)
{
    CaseService::act(ctx, registration, CaseAction::StartVerification, {});
    CaseService::act(ctx, registration, CaseAction::ForwardToSignature, {});
    TransitionRequest t;
    t.nibNumber = QStringLiteral("9120000000%1").arg(n);
    t.permitNumber = QStringLiteral("503/%1/IZIN/2026").arg(n);
    CaseService::act(ctx, registration, CaseAction::Issue, t);
}
} // namespace

class TestCaseQueries : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void searchByRegistrationNumber();
    void searchByNikAndNib();
    void searchByNames();
    void filtersByStageOfficerDatesAndService();
    void clockStatesFromTheCalendar();
    void pagingAndCount();
    void scanResolvesPayloadsAndNumbers();
    void dueTodayIsRunningOrStoppedToday(); // last: it issues case 2

private:
    std::unique_ptr<CaseFixture> m_f;
    QStringList m_reg; // registered on 5, 6, 7, 8, 9 January 2026 (Mon..Fri)
};

void TestCaseQueries::initTestCase()
{
    m_f = std::make_unique<CaseFixture>();
    for (int i = 1; i <= 5; ++i) {
        IntakeRequest r = m_f->request(i, i != 3);
        if (i == 4)
            r.business.name = QStringLiteral("PT Ukur Presisi Wanayasa");
        const Context ctx = m_f->as({Role::FrontDesk}, i % 2 ? QStringLiteral("siti") : QStringLiteral("yusuf"));
        m_reg << CaseService::registerCase(ctx, r).record.registrationNumber;
        m_f->data().clock().advanceDays(1);
    }
    // Case 1 goes on to be issued with a NIB.
    issue(m_f->system(), m_reg[0], 555);
}

void TestCaseQueries::searchByRegistrationNumber()
{
    CaseQueries q(m_f->system());
    CaseFilter f;
    f.search = m_reg[3];
    QCOMPARE(numbers(q.page(f, 0, 50)), QStringList{m_reg[3]});
    f.search = QStringLiteral("DPMPTSP/71205/2026/C01/0000");
    QCOMPARE(q.page(f, 0, 50).size(), 5);
    f.search = QStringLiteral("DPMPTSP/71205/2025/");
    QVERIFY(q.page(f, 0, 50).isEmpty());
}

void TestCaseQueries::searchByNikAndNib()
{
    CaseQueries q(m_f->system());
    CaseFilter f;
    f.search = CaseFixture::nik(2);
    QCOMPARE(numbers(q.page(f, 0, 50)), QStringList{m_reg[1]});
    f.search = QStringLiteral("3214 0115 0390 0004"); // typed with spaces
    QCOMPARE(numbers(q.page(f, 0, 50)), QStringList{m_reg[3]});
    f.search = QStringLiteral("9120000000555");
    QCOMPARE(numbers(q.page(f, 0, 50)), QStringList{m_reg[0]});
    f.search = QStringLiteral("32140115"); // the first digits of every NIK here
    QCOMPARE(q.page(f, 0, 50).size(), 5);
}

void TestCaseQueries::searchByNames()
{
    CaseQueries q(m_f->system());
    CaseFilter f;
    f.search = QStringLiteral("budi santoso 5");
    QCOMPARE(numbers(q.page(f, 0, 50)), QStringList{m_reg[4]});
    f.search = QStringLiteral("ukur presisi"); // a business name
    QCOMPARE(numbers(q.page(f, 0, 50)), QStringList{m_reg[3]});
    f.search = QStringLiteral("kalib");
    QCOMPARE(q.page(f, 0, 50).size(), 4);
    f.search = QStringLiteral("\"; DROP TABLE cases; --");
    QVERIFY(q.page(f, 0, 50).isEmpty());
}

void TestCaseQueries::filtersByStageOfficerDatesAndService()
{
    CaseQueries q(m_f->system());
    CaseFilter f;
    f.stage = CaseStage::Returned;
    QCOMPARE(numbers(q.page(f, 0, 50)), QStringList{m_reg[2]});
    f = CaseFilter{};
    f.officer = QStringLiteral("yusuf");
    QCOMPARE(q.page(f, 0, 50).size(), 2);
    f = CaseFilter{};
    f.receivedFrom = QDate(2026, 1, 6);
    f.receivedTo = QDate(2026, 1, 7);
    f.sort = CaseSort::ReceivedOldest;
    QCOMPARE(numbers(q.page(f, 0, 50)), (QStringList{m_reg[1], m_reg[2]}));
    f = CaseFilter{};
    f.kbli = QStringLiteral("71205");
    QCOMPARE(q.page(f, 0, 50).size(), 5);
    f.kbli = QStringLiteral("10710");
    QVERIFY(q.page(f, 0, 50).isEmpty());
    f = CaseFilter{};
    f.serviceId = m_f->standard().serviceId;
    QCOMPARE(q.count(f), 5);
    // "Per officer" is who holds the case now (must act next): case 1 was moved on by the system.
    QCOMPARE(q.officers(), (QStringList{QStringLiteral("siti"), QStringLiteral("system"), QStringLiteral("yusuf")}));
    f = CaseFilter{};
    f.officer = QStringLiteral("system");
    QCOMPARE(numbers(q.page(f, 0, 50)), QStringList{m_reg[0]});
}

void TestCaseQueries::clockStatesFromTheCalendar()
{
    // Today is Saturday 10 January. Due dates (7 working days; 16 January is Isra Mikraj): 14, 15,
    // -, 20, 21 January; case 1 has stopped, case 3 never started.
    auto pick = [this](CaseClockFilter clock) {
        CaseQueries q(m_f->system());
        CaseFilter f;
        f.clock = clock;
        f.sort = CaseSort::RegistrationNumber;
        return numbers(q.page(f, 0, 50));
    };
    QCOMPARE(pick(CaseClockFilter::OnTrack), (QStringList{m_reg[1], m_reg[3], m_reg[4]}));
    QCOMPARE(pick(CaseClockFilter::NotStarted), QStringList{m_reg[2]});
    QCOMPARE(pick(CaseClockFilter::Stopped), QStringList{m_reg[0]});
    QVERIFY(pick(CaseClockFilter::Overdue).isEmpty());
    const QDateTime saved = m_f->data().clock().now();
    m_f->data().clock().set(QDateTime(QDate(2026, 1, 14), QTime(9, 0), Clock::zone()));
    QCOMPARE(pick(CaseClockFilter::AtRisk), QStringList{m_reg[1]});              // 1 working day left
    QCOMPARE(pick(CaseClockFilter::OnTrack), (QStringList{m_reg[3], m_reg[4]})); // 3 and 4 left
    m_f->data().clock().set(QDateTime(QDate(2026, 1, 19), QTime(9, 0), Clock::zone()));
    QCOMPARE(pick(CaseClockFilter::Overdue), QStringList{m_reg[1]});
    QCOMPARE(pick(CaseClockFilter::AtRisk), (QStringList{m_reg[3], m_reg[4]}));
    CaseQueries q(m_f->system());
    CaseFilter f;
    f.search = m_reg[1];
    const CaseRow row = q.page(f, 0, 1).first();
    QCOMPARE(row.clock.state, ClockState::Overdue);
    QCOMPARE(row.clock.dueDate, QDate(2026, 1, 15));
    m_f->data().clock().set(saved);
}

void TestCaseQueries::pagingAndCount()
{
    CaseQueries q(m_f->system());
    CaseFilter f;
    const QStringList all = numbers(q.page(f, 0, 50));
    QCOMPARE(all.size(), 5);
    QCOMPARE(all.first(), m_reg[4]); // newest first
    QCOMPARE(numbers(q.page(f, 2, 2)), all.mid(2, 2));
    QCOMPARE(q.count(f), 5);
    QCOMPARE(q.count(f, 3), 4); // capped: "more than 3"
}

void TestCaseQueries::scanResolvesPayloadsAndNumbers()
{
    CaseQueries q(m_f->system());
    const ReceiptData d = CaseService::receiptData(m_f->system(), m_reg[1], ReceiptKind::FileReceipt);
    bool genuine = false;
    QCOMPARE(q.resolveScan(d.qrPayload, &genuine), m_reg[1]);
    QVERIFY(genuine);
    QCOMPARE(q.resolveScan(QStringLiteral("  %1 ").arg(m_reg[2]), &genuine), m_reg[2]);
    QVERIFY(!genuine);
    QVERIFY(q.resolveScan(QStringLiteral("nothing")).isEmpty());
}

void TestCaseQueries::dueTodayIsRunningOrStoppedToday()
{
    auto dueOn = [this](QDate day) {
        m_f->data().clock().set(QDateTime(day, QTime(9, 0), Clock::zone()));
        CaseQueries q(m_f->system());
        CaseFilter f;
        f.clock = CaseClockFilter::DueToday;
        return numbers(q.page(f, 0, 50));
    };
    const QDateTime saved = m_f->data().clock().now();
    // Case 1 was due on 14 January but its clock stopped on the 10th: not due that day (schema 27
    // reads stopped clocks by their stop day). Case 2 runs and is due on the 15th.
    QVERIFY(dueOn(QDate(2026, 1, 14)).isEmpty());
    QCOMPARE(dueOn(QDate(2026, 1, 15)), QStringList{m_reg[1]});
    // Issued on its last day, case 2 is still due today, as a stopped clock.
    issue(m_f->system(), m_reg[1], 556);
    QCOMPARE(dueOn(QDate(2026, 1, 15)), QStringList{m_reg[1]});
    QVERIFY(dueOn(QDate(2026, 1, 16)).isEmpty());
    m_f->data().clock().set(saved);
}

QTEST_GUILESS_MAIN(TestCaseQueries)
#include "test_casequeries.moc"
