#include "CaseFixture.h"
#include "cases/ApplicantRepository.h"
#include "cases/CaseLifecycle.h"
#include "cases/CaseRepository.h"
#include "cases/CaseSnapshot.h"
#include "common/Error.h"
#include "common/PermissionMatrix.h"
#include "identity/KbliRegister.h"
#include "storage/SqlQuery.h"

#include <QtTest>

using namespace loket;
using namespace loket::test;

namespace {
int count(Database& db, const QString& sql)
{
    return SqlQuery(db.handle(), sql).scalar().toInt();
}

TransitionRequest requestFor(CaseAction action, const CaseFixture& f)
{
    TransitionRequest t;
    t.note = QStringLiteral("note");
    t.reason = QStringLiteral("because");
    switch (action) {
    case CaseAction::Resubmit: t.checklist = f.checklist(true); break;
    case CaseAction::Issue:
        t.nibNumber = QStringLiteral("9120000000777");
        t.permitNumber = QStringLiteral("503/77/IZIN/2026");
        break;
    default: break;
    }
    return t;
}
} // namespace

class TestCaseService : public QObject
{
    Q_OBJECT
private slots:
    void registerCompleteStartsClock();
    void registerIncompleteReturnsWithoutClock();
    void validationNamesTheField_data();
    void validationNamesTheField();
    void returningApplicantIsFoundByNik();
    void returningBusinessIsUpdatedOnlyWhenItChanged();
    void nikOfAnotherPersonIsRefused();
    void everyTransitionByEveryRole_data();
    void everyTransitionByEveryRole();
    void impossibleTransitionsAreRefused();
    void issueStopsClockAndGivesBusinessItsNib();
    void actionStartsFromTheStateTheLastActionSaved();
    void handOverAndReceiptData();
    void complaintWindowCountsFromTheServiceReceived();
    void fieldVisitNeedsDateAndOfficer();
    void officeKbliCodesAreAccepted();
};

void TestCaseService::registerCompleteStartsClock()
{
    CaseFixture f;
    const Context ctx = f.as({Role::FrontDesk}, QStringLiteral("siti"));
    const IntakeResult r = CaseService::registerCase(ctx, f.request());
    QVERIFY(r.registered);
    QVERIFY(r.unmet.isEmpty());
    QCOMPARE(r.record.stage, CaseStage::Registered);
    QCOMPARE(r.record.clock, QStringLiteral("running"));
    QCOMPARE(r.record.registrationNumber, QStringLiteral("DPMPTSP/71205/2026/C01/00001"));
    // Received Monday 5 January 2026 (day 0); 7 working days later is Wednesday 14 January.
    QCOMPARE(r.record.dueDate, QDate(2026, 1, 14));
    QCOMPARE(r.record.standardId, f.standard().id);
    QCOMPARE(r.record.business.scale, BusinessScale::Kecil);

    const CaseView v = CaseService::view(ctx, r.record.registrationNumber);
    QCOMPARE(v.completion.state, ClockState::OnTrack);
    QCOMPARE(v.completion.dueDate, QDate(2026, 1, 14));
    QCOMPARE(v.record.checklist.size(), f.standard().requirements.size());
    QCOMPARE(v.record.events.size(), 1);
    QCOMPARE(v.record.events.first().actorName, QStringLiteral("siti"));
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.register'")), 1);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'applicant.create'")), 1);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM case_clock_events")), 1);
}

void TestCaseService::registerIncompleteReturnsWithoutClock()
{
    CaseFixture f;
    const IntakeResult r = CaseService::registerCase(f.as({Role::FrontDesk}), f.request(1, false));
    QVERIFY(!r.registered);
    QCOMPARE(r.unmet.size(), 1);
    QCOMPARE(r.record.stage, CaseStage::Returned);
    QCOMPARE(r.record.clock, QStringLiteral("none"));
    QVERIFY(!r.record.dueDate.isValid());
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM case_clock_events")), 0);
    const ReceiptData slip = CaseService::receiptData(f.system(), r.record.registrationNumber, ReceiptKind::ReturnSlip);
    QCOMPARE(slip.missingItems.size(), 1);
    QVERIFY(!slip.expectedCompletion.isValid());
    QVERIFY_THROWS_EXCEPTION(Error, CaseService::receiptData(f.system(), r.record.registrationNumber,
                                                             ReceiptKind::FileReceipt));
}

void TestCaseService::validationNamesTheField_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    QTest::newRow("nik") << "nik" << "applicant.nik";
    QTest::newRow("name") << "name" << "applicant.name";
    QTest::newRow("phone") << "phone" << "applicant.phone";
    QTest::newRow("email") << "email" << "applicant.email";
    QTest::newRow("npwp") << "npwp" << "business.npwp";
    QTest::newRow("nib") << "nib" << "business.nib";
    QTest::newRow("kbli") << "kbli" << "business.kbli";
    QTest::newRow("kuasa") << "kuasa" << "representative.nik";
    QTest::newRow("checklist missing") << "checklist" << "checklist.U1";
    QTest::newRow("present without note") << "present" << "checklist.U1";
    QTest::newRow("service") << "service" << "service";
}

void TestCaseService::validationNamesTheField()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    CaseFixture f;
    IntakeRequest r = f.request();
    if (what == QLatin1String("nik"))
        r.applicant.nik = QStringLiteral("3214013203900001"); // 32 March
    else if (what == QLatin1String("name"))
        r.applicant.name = QStringLiteral(" ");
    else if (what == QLatin1String("phone"))
        r.applicant.phone = QStringLiteral("12");
    else if (what == QLatin1String("email"))
        r.applicant.email = QStringLiteral("budi@");
    else if (what == QLatin1String("npwp"))
        r.business.npwp = QStringLiteral("01.234.567.5-901.000");
    else if (what == QLatin1String("nib"))
        r.business.nib = QStringLiteral("12345");
    else if (what == QLatin1String("kbli"))
        r.business.kbliCodes = {QStringLiteral("99999")};
    else if (what == QLatin1String("kuasa")) {
        r.representativeName = QStringLiteral("Asep");
        r.representativeNik = QStringLiteral("123");
    } else if (what == QLatin1String("checklist"))
        r.checklist.removeFirst();
    else if (what == QLatin1String("present")) {
        r.checklist[0].status = ChecklistStatus::Present;
    } else if (what == QLatin1String("service"))
        r.standardId = QStringLiteral("nope");
    try {
        CaseService::registerCase(f.system(), r);
        QFAIL("registration was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Invalid);
        QCOMPARE(e.field(), field);
        QVERIFY(!e.message().isEmpty());
    }
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM cases")), 0);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM applicants")), 0);
}

void TestCaseService::returningApplicantIsFoundByNik()
{
    CaseFixture f;
    CaseService::registerCase(f.system(), f.request(1));
    IntakeRequest again = f.request(1);
    again.applicant.phone = QStringLiteral("+62 813 1111 2222");
    again.business.name = QStringLiteral("PT Kalibrasi Baru");
    const IntakeResult r = CaseService::registerCase(f.system(), again);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM applicants")), 1);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM businesses")), 2);
    QCOMPARE(r.record.applicant.phone, QStringLiteral("081311112222"));
    QCOMPARE(r.record.registrationNumber, QStringLiteral("DPMPTSP/71205/2026/C01/00002"));
    const QList<Applicant> found = ApplicantRepository(f.data().db().handle()).find(QStringLiteral("budi sant"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(ApplicantRepository(f.data().db().handle()).find(CaseFixture::nik(1).left(8)).size(), 1);
}

// A business that comes back by its NIB is saved (and audited) only when a field changed.
void TestCaseService::returningBusinessIsUpdatedOnlyWhenItChanged()
{
    CaseFixture f;
    IntakeRequest first = f.request(1);
    first.business.nib = QStringLiteral("9120000000101");
    CaseService::registerCase(f.system(), first);
    const QString updates = QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'business.update'");
    CaseService::registerCase(f.system(), first);
    QCOMPARE(count(f.data().db(), updates), 0);
    IntakeRequest moved = first;
    moved.business.address = QStringLiteral("Jl. Soekarno-Hatta 12, Bandung");
    CaseService::registerCase(f.system(), moved);
    QCOMPARE(count(f.data().db(), updates), 1);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM businesses")), 1);
    QCOMPARE(SqlQuery(f.data().db().handle(), QStringLiteral("SELECT address FROM businesses")).scalar().toString(),
             moved.business.address);
    IntakeRequest bigger = moved;
    bigger.business.capital = 6'000'000'000LL;
    CaseService::registerCase(f.system(), bigger);
    QCOMPARE(count(f.data().db(), updates), 2);
}

void TestCaseService::nikOfAnotherPersonIsRefused()
{
    CaseFixture f;
    CaseService::registerCase(f.system(), f.request(1));
    IntakeRequest other = f.request(2);
    other.applicant.nik = CaseFixture::nik(1);
    try {
        CaseService::registerCase(f.system(), other);
        QFAIL("accepted");
    } catch (const Error& e) {
        QCOMPARE(e.field(), QStringLiteral("applicant.nik"));
    }
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM cases")), 1);
}

void TestCaseService::everyTransitionByEveryRole_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("role");
    for (const CaseTransition& t : CaseLifecycle::transitions())
        for (Role role : allRoles())
            QTest::addRow("%s from %s by %s", qPrintable(CaseLifecycle::actionKey(t.action)),
                          qPrintable(caseStageKey(t.from)), qPrintable(roleKey(role)))
                << int(t.action) << int(t.from) << int(role);
}

void TestCaseService::everyTransitionByEveryRole()
{
    QFETCH(int, action);
    QFETCH(int, from);
    QFETCH(int, role);
    CaseFixture f;
    const CaseAction a = CaseAction(action);
    const CaseRecord c = f.caseAt(CaseStage(from));
    QCOMPARE(c.stage, CaseStage(from));
    const auto t = CaseLifecycle::find(a, CaseStage(from));
    QVERIFY(t);
    const bool allowed = PermissionMatrix::allows(Role(role), t->permission);
    const Context ctx = f.as({Role(role)}, QStringLiteral("user"));
    const int auditBefore = count(f.data().db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    try {
        const CaseRecord after = CaseService::act(ctx, c.registrationNumber, a, requestFor(a, f));
        QVERIFY2(allowed, "a refused role was let through");
        QCOMPARE(after.stage, t->to);
        const CaseRecord stored = CaseService::get(ctx, c.registrationNumber);
        QCOMPARE(stored.stage, t->to);
        QCOMPARE(stored.events.last().action, CaseLifecycle::actionKey(a));
        QCOMPARE(stored.events.last().actorName, QStringLiteral("user"));
        QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore + 1);
        QVERIFY(CaseLifecycle::allowedActions(ctx.actor(), CaseStage(from)).contains(a));
    } catch (const Error& e) {
        QVERIFY2(!allowed, qPrintable(e.message()));
        QCOMPARE(e.kind(), Error::Kind::Permission);
        QCOMPARE(CaseService::get(ctx, c.registrationNumber).stage, CaseStage(from));
        QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
        QVERIFY(!CaseLifecycle::allowedActions(ctx.actor(), CaseStage(from)).contains(a));
    }
}

void TestCaseService::impossibleTransitionsAreRefused()
{
    CaseFixture f;
    int serial = 1;
    for (CaseStage stage : allCaseStages()) {
        const CaseRecord c = f.caseAt(stage, serial++);
        for (CaseAction a : CaseLifecycle::allActions()) {
            if (CaseLifecycle::find(a, stage))
                continue;
            try {
                CaseService::act(f.system(), c.registrationNumber, a, requestFor(a, f));
                QFAIL(qPrintable(QStringLiteral("%1 from %2 was accepted").arg(CaseLifecycle::actionKey(a), caseStageKey(stage))));
            } catch (const Error& e) {
                QCOMPARE(e.kind(), Error::Kind::Conflict);
            }
        }
    }
}

void TestCaseService::issueStopsClockAndGivesBusinessItsNib()
{
    CaseFixture f;
    const CaseRecord c = f.caseAt(CaseStage::Signature);
    f.data().clock().advanceDays(3); // Thursday 8 January
    TransitionRequest t;
    t.nibNumber = QStringLiteral("9120 0000 00001");
    t.permitNumber = QStringLiteral("503/1/IZIN/2026");
    TransitionRequest bad = t;
    bad.nibNumber = QStringLiteral("123");
    QVERIFY_THROWS_EXCEPTION(Error, CaseService::act(f.as({Role::Head}), c.registrationNumber, CaseAction::Issue, bad));
    const CaseRecord issued = CaseService::act(f.as({Role::Head}), c.registrationNumber, CaseAction::Issue, t);
    QCOMPARE(issued.stage, CaseStage::Issued);
    QCOMPARE(issued.clock, QStringLiteral("stopped"));
    QCOMPARE(issued.nibNumber, QStringLiteral("9120000000001"));
    QCOMPARE(issued.signedDate, QDate(2026, 1, 8));
    const CaseView v = CaseService::view(f.system(), c.registrationNumber);
    QCOMPARE(v.completion.state, ClockState::Met);
    QCOMPARE(v.record.business.nib, QStringLiteral("9120000000001"));
}

// A pull cut off before a case's clock marks leaves the row without them (and its clock column
// as the row came, 'none'). An action goes from the state its last action saved: the rejection
// stops the running clock with mark 2, as on a PC that holds every row.
void TestCaseService::actionStartsFromTheStateTheLastActionSaved()
{
    CaseFixture f;
    const CaseRecord c = f.caseAt(CaseStage::Verification);
    QCOMPARE(c.clockMarks.size(), 1);
    SqlQuery(f.data().db().handle(), QStringLiteral("DELETE FROM case_clock_events WHERE case_id = :id"))
        .bind(QStringLiteral(":id"), c.id)
        .exec();
    SqlQuery(f.data().db().handle(), QStringLiteral("UPDATE cases SET clock = 'none', due_date = NULL WHERE id = :id"))
        .bind(QStringLiteral(":id"), c.id)
        .exec();
    TransitionRequest reject;
    reject.reason = QStringLiteral("dokumen palsu");
    const CaseRecord after =
        CaseService::act(f.as({Role::BackOffice}), c.registrationNumber, CaseAction::Reject, reject);
    QCOMPARE(after.clock, QStringLiteral("stopped"));
    QCOMPARE(after.clockMarks.size(), 2);
    QCOMPARE(after.clockMarks.at(1).kind, QStringLiteral("stop"));
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM case_clock_events WHERE seq = 2 AND kind = "
                                                 "'stop'")),
             1);
    // The action's saved state holds both marks, so every PC that replays it gets them.
    const auto snapshot = CaseRepository(f.data().db().handle()).snapshotOf(after.headEvent);
    QVERIFY(snapshot.has_value());
    CaseRecord replayed;
    QVERIFY(CaseSnapshot::apply(*snapshot, replayed));
    QCOMPARE(replayed.clockMarks.size(), 2);
}

void TestCaseService::handOverAndReceiptData()
{
    CaseFixture f;
    const CaseRecord c = f.caseAt(CaseStage::Issued);
    f.data().clock().advanceDays(1);
    CaseService::act(f.as({Role::FrontDesk}, QStringLiteral("rina")), c.registrationNumber, CaseAction::HandOver, {});
    const ReceiptData d = CaseService::receiptData(f.system(), c.registrationNumber, ReceiptKind::HandOver);
    QCOMPARE(d.handOverDate, QDate(2026, 1, 6));
    QCOMPARE(d.officerName, QStringLiteral("rina"));
    QCOMPARE(d.fee, QStringLiteral("Gratis"));
    QCOMPARE(d.receiverName, c.applicant.name);
    QVERIFY(!d.verificationCode.isEmpty());
    QVERIFY(d.qrPayload.contains(c.registrationNumber));
    QCOMPARE(d.complaintChannels.size(), f.standard().complaints.channels.size());
    QVERIFY(!d.applicantNik.contains(c.applicant.nik));
    const ReceiptData file = CaseService::receiptData(f.system(), c.registrationNumber, ReceiptKind::FileReceipt);
    QCOMPARE(file.expectedCompletion, QDate(2026, 1, 14));
    QCOMPARE(file.checklist.size(), f.standard().requirements.size());
}

// "30 hari kalender sejak pemohon menerima pelayanan": the case screen shows the window from the
// rejection as well as from the hand-over, and none while the file is being worked on.
void TestCaseService::complaintWindowCountsFromTheServiceReceived()
{
    CaseFixture f;
    const CaseRecord working = f.caseAt(CaseStage::Verification);
    QVERIFY(!CaseService::view(f.system(), working.registrationNumber).complaintWindowEnd.isValid());

    TransitionRequest reject;
    reject.reason = QStringLiteral("dokumen palsu");
    f.data().clock().advanceDays(2);
    CaseService::act(f.as({Role::BackOffice}), working.registrationNumber, CaseAction::Reject, reject);
    const QDate rejectedOn = f.data().clock().today();
    QCOMPARE(CaseService::view(f.system(), working.registrationNumber).complaintWindowEnd, rejectedOn.addDays(30));

    const CaseRecord issued = f.caseAt(CaseStage::Issued);
    f.data().clock().advanceDays(1);
    CaseService::act(f.as({Role::FrontDesk}), issued.registrationNumber, CaseAction::HandOver, {});
    const CaseView handedOver = CaseService::view(f.system(), issued.registrationNumber);
    QCOMPARE(handedOver.complaintWindowEnd, handedOver.record.handedOverDate.addDays(30));
}

void TestCaseService::fieldVisitNeedsDateAndOfficer()
{
    CaseFixture f;
    const CaseRecord c = f.caseAt(CaseStage::Technical);
    f.data().clock().advanceDays(2);
    const Context tech = f.as({Role::TechnicalTeam});
    TransitionRequest t;
    t.fieldVisitDate = QDate(2026, 1, 6);
    QVERIFY_THROWS_EXCEPTION(Error, CaseService::act(tech, c.registrationNumber, CaseAction::CompleteTechnical, t));
    t.fieldVisitDate = QDate(2026, 1, 9);
    t.fieldOfficer = QStringLiteral("Ir. Dedi");
    QVERIFY_THROWS_EXCEPTION(Error, CaseService::act(tech, c.registrationNumber, CaseAction::CompleteTechnical, t));
    t.fieldVisitDate = QDate(2026, 1, 6);
    const CaseRecord done = CaseService::act(tech, c.registrationNumber, CaseAction::CompleteTechnical, t);
    QCOMPARE(done.stage, CaseStage::Signature);
    QCOMPARE(CaseService::get(tech, c.registrationNumber).fieldOfficer, QStringLiteral("Ir. Dedi"));
}

void TestCaseService::officeKbliCodesAreAccepted()
{
    // 62011 is KBLI 2020 but not in the built-in list: refused until the admin imports it.
    CaseFixture f;
    IntakeRequest r = f.request();
    r.business.kbliCodes = {QStringLiteral("62011")};
    QVERIFY_THROWS_EXCEPTION(Error, CaseService::registerCase(f.system(), r));
    QVERIFY(KbliRegister::importCsv(f.as({Role::Admin}), "code,title\n62011,Aktivitas Pengembangan Video Game\n",
                                    QStringLiteral("kbli.csv"))
                .written);
    const CaseRecord c = CaseService::registerCase(f.system(), r).record;
    QVERIFY(c.business.kbliCodes.contains(QStringLiteral("62011")));
}

QTEST_GUILESS_MAIN(TestCaseService)
#include "test_caseservice.moc"
