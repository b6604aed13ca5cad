#include "ComplaintFixture.h"
#include "common/Error.h"

#include <QtTest>

using namespace loket;
using test::ComplaintFixture;

// Component 6, item 2 of the standard: "Pengaduan dapat disampaikan ... paling lambat 30 (tiga
// puluh) hari kalender sejak pemohon menerima pelayanan". The window runs from the day the
// applicant received the service: the hand-over, the rejection or return letter, the withdrawal,
// or the visit when there is no case.
class TestComplaintWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void receivedTheDayBeforeTheHandOverIsAComplaint();
    void day30And31AfterARejection();
    void visitWithAServiceDate();
    void visitWithoutAServiceDate();
    void serviceDateIsChecked();

private:
    // Registers a case on `registered` and rejects it on `rejected`; returns its number.
    static QString rejectedCase(ComplaintFixture& f, QDate registered, QDate rejected);
};

QString TestComplaintWindow::rejectedCase(ComplaintFixture& f, QDate registered, QDate rejected)
{
    const QDateTime now = f.tdb().clock().now();
    f.tdb().clock().set(QDateTime(registered, QTime(9, 0), Clock::zone()));
    const Context ctx = f.tdb().context();
    const ServiceStandard s = *CatalogRepository(f.tdb().db()).currentByKbli(QStringLiteral("71205"));
    IntakeRequest r;
    r.standardId = s.id;
    r.applicant.name = QStringLiteral("Budi Santoso");
    r.applicant.nik = QStringLiteral("3214015503900077");
    r.applicant.phone = QStringLiteral("0812-1111-2222");
    r.applicant.address = QStringLiteral("Jl. Veteran No. 9, Purwakarta");
    r.business.name = QStringLiteral("CV Ukur Tepat");
    r.business.npwp = QStringLiteral("01.234.567.4-901.000");
    r.business.capital = 2'500'000'000LL;
    r.business.siinasAccount = QStringLiteral("siinas-77");
    for (const Requirement& req : s.requirements)
        r.checklist.append(ChecklistItem{req.key, {}, ChecklistStatus::Valid, {}});
    const QString reg = CaseService::registerCase(ctx, r).record.registrationNumber;
    f.tdb().clock().set(QDateTime(rejected, QTime(10, 0), Clock::zone()));
    TransitionRequest reject;
    reject.reason = QStringLiteral("Lokasi di luar kawasan industri");
    CaseService::act(ctx, reg, CaseAction::Reject, reject);
    f.tdb().clock().set(now);
    return reg;
}

// "Diterima -2 hari ... setelah" was the old reading: a complaint received before the service
// date is early, not late.
void TestComplaintWindow::receivedTheDayBeforeTheHandOverIsAComplaint()
{
    ComplaintFixture f(QDate(2026, 3, 16));
    const QString reg = f.handedOverCase(QDate(2026, 2, 2));
    Context front = f.as({Role::FrontDesk});
    ComplaintIntake in = ComplaintFixture::intake(ComplaintFixture::at(2026, 2, 1, 9));
    in.caseRegNumber = reg;
    const Complaint c = ComplaintService::intake(front, in);
    QCOMPARE(c.kind, ComplaintKind::Complaint);
    QCOMPARE(c.triageRule, ComplaintTriage::RuleBeforeService);
    const TriageResult t = ComplaintService::triageOf(c);
    QCOMPARE(t.daysSinceService, -1);
    QVERIFY2(!t.explanation().contains(QStringLiteral("-1")), qPrintable(t.explanation()));
    QVERIFY2(t.explanation().contains(QStringLiteral("before")), qPrintable(t.explanation()));
}

// "sejak pemohon menerima pelayanan": a rejection letter is the service received.
void TestComplaintWindow::day30And31AfterARejection()
{
    ComplaintFixture f(QDate(2026, 3, 16));
    const QString reg = rejectedCase(f, QDate(2026, 1, 26), QDate(2026, 2, 2));
    Context front = f.as({Role::FrontDesk});
    ComplaintIntake in = ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 4, 16)); // day 30
    in.caseRegNumber = reg;
    const ComplaintPreview p = ComplaintService::preview(front, in);
    QCOMPARE(p.relatedCase.serviceReceivedOn, QDate(2026, 2, 2));
    QCOMPARE(p.relatedCase.serviceEvent, QStringLiteral("rejected"));
    QCOMPARE(p.triage.rule, ComplaintTriage::RuleWithinWindow);
    QCOMPARE(p.triage.daysSinceService, 30);
    in.receivedAt = ComplaintFixture::at(2026, 3, 5, 8); // day 31
    const Complaint day31 = ComplaintService::intake(front, in);
    QCOMPARE(day31.kind, ComplaintKind::Suggestion);
    QCOMPARE(day31.triageRule, ComplaintTriage::RuleAfterWindow);
    QCOMPARE(day31.caseHandedOverOn, QDate(2026, 2, 2));
}

void TestComplaintWindow::visitWithAServiceDate()
{
    ComplaintFixture f(QDate(2026, 3, 16));
    Context front = f.as({Role::FrontDesk});
    ComplaintIntake in = ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 4, 16));
    in.serviceDate = QDate(2026, 2, 2); // day 30 after the visit
    Complaint c = ComplaintService::intake(front, in);
    QCOMPARE(c.kind, ComplaintKind::Complaint);
    QCOMPARE(c.triageRule, ComplaintTriage::RuleWithinWindow);
    QCOMPARE(c.caseHandedOverOn, QDate(2026, 2, 2));
    in.receivedAt = ComplaintFixture::at(2026, 3, 5, 8); // day 31
    c = ComplaintService::intake(front, in);
    QCOMPARE(c.kind, ComplaintKind::Suggestion);
    QCOMPARE(c.triageRule, ComplaintTriage::RuleAfterWindow);
}

void TestComplaintWindow::visitWithoutAServiceDate()
{
    ComplaintFixture f(QDate(2026, 3, 16));
    Context front = f.as({Role::FrontDesk});
    const Complaint c = ComplaintService::intake(front, ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 4, 16)));
    QCOMPARE(c.kind, ComplaintKind::Complaint);
    QCOMPARE(c.triageRule, ComplaintTriage::RuleNoRelatedCase);
    QVERIFY(!c.caseHandedOverOn.isValid());
    QVERIFY(ComplaintService::triageOf(c).explanation().contains(QStringLiteral("service date")));
}

void TestComplaintWindow::serviceDateIsChecked()
{
    ComplaintFixture f(QDate(2026, 3, 16));
    const QString reg = f.handedOverCase(QDate(2026, 2, 2));
    Context front = f.as({Role::FrontDesk});
    ComplaintIntake in = ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 4, 16));
    in.serviceDate = QDate(2026, 3, 5); // after the complaint
    try {
        ComplaintService::intake(front, in);
        QFAIL("a service date after the complaint was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.field(), QStringLiteral("service_date"));
    }
    in.serviceDate = QDate(2026, 2, 2);
    in.caseRegNumber = reg; // the case gives the date
    try {
        ComplaintService::intake(front, in);
        QFAIL("a service date beside a case was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.field(), QStringLiteral("service_date"));
    }
    QCOMPARE(f.complaintRows(), 0);
}

QTEST_GUILESS_MAIN(TestComplaintWindow)
#include "test_complaintwindow.moc"
