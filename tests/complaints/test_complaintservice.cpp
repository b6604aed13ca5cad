#include "ComplaintFixture.h"
#include "common/Error.h"
#include "calendar/CalendarService.h"
#include "calendar/ClockStateText.h"
#include "complaints/ComplaintAttachmentStore.h"

#include <QFile>
#include <QtTest>

using namespace loket;
using test::ComplaintFixture;

// Intake, triage override, suggestions and the registers of ComplaintService.
class TestComplaintService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void channelsComeFromTheStandard();
    void intakeWithoutCaseIsComplaintDueAfterIdulfitri();
    void missingIdentityOrObjectIsSuggestion();
    void badInputWritesNothing();
    void intakePermissions();
    void overrideNeedsPermissionAndReason();
    void overrideSuggestionToComplaintStartsTheClock();
    void suggestionsAreNotedNotAnswered();
    void registerFiltersByKindChannelAndClock();
    void registerPagesLazily();
    void registerPagesSeekPastTies();
    void registerSearchesNumberNameAndCase();
    void attachmentsAreCopiedWithTheirHash();
    void earlierComplaintsAreRelated();
    void relatedCaseWindowDay30And31();
    void relatedCaseAcrossMonthEnd();
    void relatedCaseHistoryIsPriorInformation();
    void unknownCaseIsKeptByNumber();
    void calendarChangeMovesTheAnswer();
};

void TestComplaintService::channelsComeFromTheStandard()
{
    ComplaintFixture f;
    Context ctx = f.as({Role::FrontDesk});
    const ComplaintHandling h = ComplaintService::handling(ctx.database(), QStringLiteral("71205"));
    QCOMPARE(h.channels.size(), 13);
    QCOMPARE(h.channels.first().key, QStringLiteral("a"));
    QCOMPARE(h.channels.last().key, QStringLiteral("m"));
    QCOMPARE(h.windowCalendarDays, 30);
    QCOMPARE(h.answerWorkingDays, 14);
    QCOMPARE(h.reviewSteps.size(), 5);
    QVERIFY(h.problemTypes.size() >= 7);
}

void TestComplaintService::intakeWithoutCaseIsComplaintDueAfterIdulfitri()
{
    // Received Tuesday 17 March 2026, the day before Nyepi and Idulfitri (18-24 March are
    // holidays and cuti bersama, 3 April is Good Friday): 14 working days end on 14 April.
    ComplaintFixture f(QDate(2026, 3, 17));
    Context ctx = f.as({Role::FrontDesk});
    const Complaint c = ComplaintService::intake(ctx, ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 17)));
    QCOMPARE(c.kind, ComplaintKind::Complaint);
    QCOMPARE(c.triageRule, ComplaintTriage::RuleNoRelatedCase);
    QCOMPARE(c.state, ComplaintStates::Received);
    QCOMPARE(c.number, QStringLiteral("PGD-C01-2026-00001"));
    QCOMPARE(c.channelLabel.isEmpty(), false);
    QCOMPARE(c.dueOn, QDate(2026, 4, 14));
    QCOMPARE(ComplaintService::answerClock(ctx, c).dueDate, QDate(2026, 4, 14));
    QCOMPARE(c.reviewSteps.size(), 5);
    QCOMPARE(f.auditCount(QStringLiteral("complaint.intake")), 1);

    const Complaint second =
        ComplaintService::intake(ctx, ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 17, 11)));
    QCOMPARE(second.number, QStringLiteral("PGD-C01-2026-00002"));
}

void TestComplaintService::missingIdentityOrObjectIsSuggestion()
{
    ComplaintFixture f;
    Context ctx = f.as({Role::FrontDesk});
    const Complaint anonymous =
        ComplaintService::intake(ctx, ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 16), {}));
    QCOMPARE(anonymous.kind, ComplaintKind::Suggestion);
    QCOMPARE(anonymous.triageRule, ComplaintTriage::RuleNoIdentity);
    QCOMPARE(anonymous.state, ComplaintStates::Registered);
    QVERIFY(!anonymous.dueOn.isValid());
    QVERIFY(anonymous.reviewSteps.isEmpty());

    const Complaint noObject = ComplaintService::intake(
        ctx, ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 16), QStringLiteral("Budi"), {}));
    QCOMPARE(noObject.kind, ComplaintKind::Suggestion);
    QCOMPARE(noObject.triageRule, ComplaintTriage::RuleNoObject);

    const ComplaintPreview p = ComplaintService::preview(
        ctx, ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 16), QStringLiteral("Budi"), {}));
    QCOMPARE(p.triage.rule, ComplaintTriage::RuleNoObject);
    QVERIFY(!p.triage.explanation().isEmpty());
    QCOMPARE(f.complaintRows(), 2); // the preview saved nothing
}

void TestComplaintService::badInputWritesNothing()
{
    ComplaintFixture f;
    Context ctx = f.as({Role::FrontDesk});
    ComplaintIntake in = ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 16));
    in.channelKey = QStringLiteral("z");
    try {
        ComplaintService::intake(ctx, in);
        QFAIL("an unknown channel was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Invalid);
        QCOMPARE(e.field(), QStringLiteral("channel"));
    }
    in = ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 20));
    QVERIFY_THROWS_EXCEPTION(Error, ComplaintService::intake(ctx, in)); // in the future
    in = ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 16));
    in.serviceKbli = QStringLiteral("99999");
    QVERIFY_THROWS_EXCEPTION(Error, ComplaintService::intake(ctx, in));
    in = ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 16));
    in.attachmentPaths << QStringLiteral("/nonexistent/file.pdf");
    QVERIFY_THROWS_EXCEPTION(Error, ComplaintService::intake(ctx, in));
    QCOMPARE(f.complaintRows(), 0);
    QCOMPARE(f.auditCount(QStringLiteral("complaint.intake")), 0);
}

void TestComplaintService::intakePermissions()
{
    ComplaintFixture f;
    const ComplaintIntake in = ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 16));
    Context tech = f.as({Role::TechnicalTeam});
    try {
        ComplaintService::intake(tech, in);
        QFAIL("the technical team registered a complaint");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Permission);
    }
    Context admin = f.as({Role::Admin});
    QVERIFY_THROWS_EXCEPTION(Error, ComplaintService::count(admin, {}));
    Context front = f.as({Role::FrontDesk});
    QCOMPARE(ComplaintService::intake(front, in).kind, ComplaintKind::Complaint);
    Context back = f.as({Role::BackOffice});
    QCOMPARE(ComplaintService::intake(back, in).kind, ComplaintKind::Complaint);
    Context head = f.as({Role::Head});
    QCOMPARE(ComplaintService::count(head, {}), 2); // the head reads the register
}

void TestComplaintService::overrideNeedsPermissionAndReason()
{
    ComplaintFixture f;
    Context front = f.as({Role::FrontDesk});
    const Complaint c = ComplaintService::intake(front, ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 16)));
    Context back = f.as({Role::BackOffice});
    try {
        ComplaintService::overrideTriage(back, c.id, ComplaintKind::Suggestion, QStringLiteral("duplicate"));
        QFAIL("the back office overrode the triage");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Permission);
    }
    Context supervisor = f.as({Role::Supervisor}, QStringLiteral("supervisor"));
    QVERIFY_THROWS_EXCEPTION(
        Error, ComplaintService::overrideTriage(supervisor, c.id, ComplaintKind::Suggestion, QStringLiteral("  ")));
    const Complaint o = ComplaintService::overrideTriage(supervisor, c.number, ComplaintKind::Suggestion,
                                                         QStringLiteral("Same matter as PGD-00003"));
    QCOMPARE(o.kind, ComplaintKind::Suggestion);
    QCOMPARE(o.triageKind, ComplaintKind::Complaint);
    QVERIFY(o.overridden);
    QCOMPARE(o.overrideBy, QStringLiteral("supervisor"));
    QCOMPARE(o.state, ComplaintStates::Registered);
    QVERIFY(!o.dueOn.isValid());
    const QString note = SqlQuery(f.tdb().db().handle(),
                                  QStringLiteral("SELECT note FROM audit_log WHERE action = 'complaint.override_triage'"))
                             .scalar()
                             .toString();
    QCOMPARE(note, QStringLiteral("Same matter as PGD-00003"));
    QVERIFY_THROWS_EXCEPTION(
        Error, ComplaintService::overrideTriage(supervisor, c.id, ComplaintKind::Suggestion, QStringLiteral("again")));
}

void TestComplaintService::overrideSuggestionToComplaintStartsTheClock()
{
    ComplaintFixture f;
    Context front = f.as({Role::FrontDesk});
    const Complaint s =
        ComplaintService::intake(front, ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 16), QString()));
    QCOMPARE(s.kind, ComplaintKind::Suggestion);
    Context head = f.as({Role::Head});
    const Complaint c = ComplaintService::overrideTriage(head, s.id, ComplaintKind::Complaint,
                                                         QStringLiteral("Caller known by phone, identity on file"));
    QCOMPARE(c.kind, ComplaintKind::Complaint);
    QCOMPARE(c.state, ComplaintStates::Received);
    QVERIFY(c.dueOn.isValid());
    QCOMPARE(c.reviewSteps.size(), 5);
}

void TestComplaintService::suggestionsAreNotedNotAnswered()
{
    ComplaintFixture f;
    Context front = f.as({Role::FrontDesk});
    const Complaint s =
        ComplaintService::intake(front, ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 16), QString()));
    QVERIFY_THROWS_EXCEPTION(Error, ComplaintService::noteSuggestion(front, s.id, QStringLiteral("x")));
    Context back = f.as({Role::BackOffice});
    QVERIFY_THROWS_EXCEPTION(Error, ComplaintService::noteSuggestion(back, s.id, QString()));
    const Complaint noted =
        ComplaintService::noteSuggestion(back, s.id, QStringLiteral("Forwarded to the facilities section"));
    QCOMPARE(noted.state, ComplaintStates::Noted);
    ComplaintFilter filter;
    filter.kind = ComplaintKind::Suggestion;
    QCOMPARE(ComplaintService::count(back, filter), 1);
}

void TestComplaintService::registerFiltersByKindChannelAndClock()
{
    ComplaintFixture f(QDate(2026, 2, 2));
    Context front = f.as({Role::FrontDesk});
    ComplaintService::intake(front, ComplaintFixture::intake(ComplaintFixture::at(2026, 1, 5))); // due 26 Jan: overdue
    ComplaintIntake phone = ComplaintFixture::intake(ComplaintFixture::at(2026, 1, 12));
    phone.channelKey = QStringLiteral("d");
    ComplaintService::intake(front, phone);                                                      // due 2 Feb: at risk
    ComplaintService::intake(front, ComplaintFixture::intake(ComplaintFixture::at(2026, 2, 2))); // on track
    ComplaintService::intake(front, ComplaintFixture::intake(ComplaintFixture::at(2026, 2, 2), {})); // suggestion

    ComplaintFilter all;
    QCOMPARE(ComplaintService::count(front, all), 4);
    ComplaintFilter kind;
    kind.kind = ComplaintKind::Complaint;
    QCOMPARE(ComplaintService::count(front, kind), 3);
    ComplaintFilter channel;
    channel.channelKey = QStringLiteral("d");
    QCOMPARE(ComplaintService::count(front, channel), 1);
    for (const auto& [state, expected] : {std::pair{QStringLiteral("overdue"), 1}, std::pair{QStringLiteral("at_risk"), 1},
                                          std::pair{QStringLiteral("on_track"), 1}}) {
        ComplaintFilter clock;
        clock.clockState = state;
        QCOMPARE(ComplaintService::count(front, clock), expected);
        const QList<Complaint> rows = ComplaintService::page(front, clock, {}, 10);
        QCOMPARE(rows.size(), expected);
        QCOMPARE(ComplaintService::clockState(front, rows.first()), state);
        // The stored clock agrees with the live clock of the calendar.
        QCOMPARE(ClockStateText::key(ComplaintService::answerClock(front, rows.first()).state), state);
    }
    ComplaintFilter period;
    period.from = QDate(2026, 1, 12);
    period.to = QDate(2026, 1, 31);
    QCOMPARE(ComplaintService::count(front, period), 1);
}

void TestComplaintService::registerPagesLazily()
{
    ComplaintFixture f;
    Context front = f.as({Role::FrontDesk});
    for (int i = 0; i < 25; ++i)
        ComplaintService::intake(front, ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 2).addSecs(i * 600)));
    QList<Complaint> seen;
    ComplaintCursor cursor;
    for (;;) {
        const QList<Complaint> page = ComplaintService::page(front, {}, cursor, 10);
        if (page.isEmpty())
            break;
        seen += page;
        cursor = ComplaintCursor::after(page.last());
    }
    QCOMPARE(seen.size(), 25);
    QVERIFY(seen.first().receivedAt > seen.last().receivedAt);
}

// Keyset paging with many complaints received in the same minute, complaints and suggestions
// mixed: walking page after page from each page's last row gives exactly the rows of one long
// page, in the same order, none lost or repeated; the cursor of a suggestion seeks in the
// complaints' register too (the CLI's --after takes any number).
void TestComplaintService::registerPagesSeekPastTies()
{
    ComplaintFixture f;
    Context front = f.as({Role::FrontDesk});
    for (int i = 0; i < 23; ++i) {
        ComplaintIntake in = ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 2, 8, (i / 5) * 10));
        if (i % 4 == 3)
            in.complainantName.clear(); // a suggestion
        ComplaintService::intake(front, in);
    }
    for (const std::optional<ComplaintKind>& kind :
         {std::optional<ComplaintKind>{}, std::optional<ComplaintKind>{ComplaintKind::Complaint}}) {
        ComplaintFilter filter;
        filter.kind = kind;
        const QList<Complaint> all = ComplaintService::page(front, filter, {}, 100);
        QCOMPARE(all.size(), ComplaintService::count(front, filter));
        QVERIFY(all.size() >= 15);
        for (int size : {1, 3, 5, 7}) {
            QList<Complaint> walked;
            ComplaintCursor cursor;
            for (;;) {
                const QList<Complaint> page = ComplaintService::page(front, filter, cursor, size);
                walked += page;
                if (page.size() < size)
                    break;
                cursor = ComplaintCursor::after(page.last());
            }
            QCOMPARE(walked.size(), all.size());
            for (int i = 0; i < all.size(); ++i)
                QCOMPARE(walked[i].id, all[i].id);
        }
    }
    // Page N+1 after any row of the mixed register: exactly the complaints that follow it.
    ComplaintFilter complaints;
    complaints.kind = ComplaintKind::Complaint;
    const QList<Complaint> mixed = ComplaintService::page(front, {}, {}, 100);
    const QList<Complaint> onlyComplaints = ComplaintService::page(front, complaints, {}, 100);
    for (const Complaint& c : mixed) {
        const QList<Complaint> next = ComplaintService::page(
            front, complaints, ComplaintCursor::after(ComplaintService::get(front, c.number)), 100);
        QList<Complaint> expected;
        bool past = false;
        for (const Complaint& m : mixed) {
            if (past && m.kind == ComplaintKind::Complaint)
                expected.append(m);
            past = past || m.id == c.id;
        }
        QCOMPARE(next.size(), expected.size());
        for (int i = 0; i < next.size(); ++i)
            QCOMPARE(next[i].id, expected[i].id);
    }
    QVERIFY(!onlyComplaints.isEmpty());
}

void TestComplaintService::registerSearchesNumberNameAndCase()
{
    ComplaintFixture f;
    Context front = f.as({Role::FrontDesk});
    ComplaintService::intake(front,
                             ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 2), QStringLiteral("Siti Rahma")));
    ComplaintIntake other = ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 3), QStringLiteral("Budi Santoso"));
    other.caseRegNumber = QStringLiteral("C09-2025-00077");
    ComplaintService::intake(front, other);
    auto found = [&](const QString& text) {
        ComplaintFilter filter;
        filter.search = text;
        return ComplaintService::count(front, filter);
    };
    QCOMPARE(found(QStringLiteral("PGD-C01-2026-00002")), 1);
    QCOMPARE(found(QStringLiteral("pgd-c01-2026")), 2);
    QCOMPARE(found(QStringLiteral("budi")), 1);
    QCOMPARE(found(QStringLiteral("Siti R")), 1);
    QCOMPARE(found(QStringLiteral("c09-2025")), 1);
    QCOMPARE(found(QStringLiteral("Rahma")), 0); // a prefix, not any part of the name
    QCOMPARE(found(QStringLiteral("%")), 0);
}

void TestComplaintService::attachmentsAreCopiedWithTheirHash()
{
    ComplaintFixture f;
    const QString source = f.tdb().dir() + QStringLiteral("/surat pengaduan.txt");
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Yth. Kepala DPMPTSP ...");
    file.close();
    Context front = f.as({Role::FrontDesk});
    ComplaintIntake in = ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 16));
    in.attachmentPaths << source;
    const Complaint c = ComplaintService::intake(front, in);
    QCOMPARE(c.attachments.size(), 1);
    QCOMPARE(c.attachments.first().fileName, QStringLiteral("surat pengaduan.txt"));
    QCOMPARE(c.attachments.first().sha256, ComplaintAttachmentStore::sha256Of(source));
    const ComplaintAttachmentStore store(f.tdb().db());
    QVERIFY(QFile::exists(store.absolutePath(c.attachments.first())));
    QVERIFY(store.verify(c.attachments.first()));
}

void TestComplaintService::earlierComplaintsAreRelated()
{
    ComplaintFixture f;
    Context front = f.as({Role::FrontDesk});
    ComplaintIntake first = ComplaintFixture::intake(ComplaintFixture::at(2026, 2, 2));
    first.complainantIdNumber = QStringLiteral("3214011501900001");
    ComplaintService::intake(front, first);
    ComplaintService::intake(front,
                             ComplaintFixture::intake(ComplaintFixture::at(2026, 2, 3), QStringLiteral("Orang Lain")));
    ComplaintIntake later = ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 2), QStringLiteral("S. Rahma"));
    later.complainantIdNumber = QStringLiteral("3214011501900001");
    const Complaint c = ComplaintService::intake(front, later);
    const ComplaintPriorInfo prior = ComplaintService::prior(front, c);
    QCOMPARE(prior.earlier.size(), 1);
    QVERIFY(prior.earlier.first().sameApplicant);
}

void TestComplaintService::relatedCaseWindowDay30And31()
{
    ComplaintFixture f(QDate(2026, 3, 16));
    const QString reg = f.handedOverCase(QDate(2026, 2, 2));
    Context front = f.as({Role::FrontDesk});
    ComplaintIntake in = ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 4, 16));
    in.caseRegNumber = reg;
    const Complaint day30 = ComplaintService::intake(front, in);
    QCOMPARE(day30.caseHandedOverOn, QDate(2026, 2, 2));
    QCOMPARE(day30.kind, ComplaintKind::Complaint);
    QCOMPARE(day30.triageRule, ComplaintTriage::RuleWithinWindow);
    QCOMPARE(day30.serviceKbli, QStringLiteral("71205")); // taken from the case
    QCOMPARE(ComplaintService::triageOf(day30).daysSinceService, 30);

    in.receivedAt = ComplaintFixture::at(2026, 3, 5, 8);
    const Complaint day31 = ComplaintService::intake(front, in);
    QCOMPARE(day31.kind, ComplaintKind::Suggestion);
    QCOMPARE(day31.triageRule, ComplaintTriage::RuleAfterWindow);
    QVERIFY(ComplaintService::triageOf(day31).explanation().contains(QStringLiteral("31")));
}

void TestComplaintService::relatedCaseAcrossMonthEnd()
{
    ComplaintFixture f(QDate(2026, 3, 16));
    const QString reg = f.handedOverCase(QDate(2026, 1, 29));
    Context front = f.as({Role::FrontDesk});
    ComplaintIntake in = ComplaintFixture::intake(ComplaintFixture::at(2026, 2, 28, 9)); // day 30
    in.caseRegNumber = reg;
    QCOMPARE(ComplaintService::preview(front, in).triage.rule, ComplaintTriage::RuleWithinWindow);
    in.receivedAt = ComplaintFixture::at(2026, 3, 1, 9); // day 31, February has 28 days
    QCOMPARE(ComplaintService::preview(front, in).triage.rule, ComplaintTriage::RuleAfterWindow);
    QCOMPARE(ComplaintService::preview(front, in).triage.windowEnd, QDate(2026, 2, 28));
}

void TestComplaintService::relatedCaseHistoryIsPriorInformation()
{
    ComplaintFixture f(QDate(2026, 3, 16));
    const QString reg = f.handedOverCase(QDate(2026, 3, 2));
    Context front = f.as({Role::FrontDesk});
    ComplaintIntake in = ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 9));
    in.caseRegNumber = reg;
    ComplaintService::intake(front, in);
    in.receivedAt = ComplaintFixture::at(2026, 3, 10);
    in.complainantName = QStringLiteral("Kuasa Pemohon");
    const Complaint second = ComplaintService::intake(front, in);
    const ComplaintPriorInfo prior = ComplaintService::prior(front, second);
    QVERIFY(prior.relatedCase.found);
    QVERIFY(prior.relatedCase.history.size() >= 4); // register, verification, signature, issue, hand-over
    QCOMPARE(prior.earlier.size(), 1);
    QVERIFY(prior.earlier.first().sameCase);
}

void TestComplaintService::unknownCaseIsKeptByNumber()
{
    ComplaintFixture f;
    Context front = f.as({Role::FrontDesk});
    ComplaintIntake in = ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 16));
    in.caseRegNumber = QStringLiteral("C09-2025-00077");
    const Complaint c = ComplaintService::intake(front, in);
    QCOMPARE(c.kind, ComplaintKind::Complaint);
    QCOMPARE(c.triageRule, ComplaintTriage::RuleCaseUnknown);
    QCOMPARE(c.caseRegNumber, QStringLiteral("C09-2025-00077"));
}

void TestComplaintService::calendarChangeMovesTheAnswer()
{
    ComplaintFixture f(QDate(2026, 2, 2));
    Context front = f.as({Role::FrontDesk});
    const Complaint c = ComplaintService::intake(front, ComplaintFixture::intake(ComplaintFixture::at(2026, 2, 2, 8)));
    QCOMPARE(c.dueOn, QDate(2026, 2, 24)); // 16 and 17 February are Imlek
    // The office closes on 10 February: the calendar reports the moved answer, the register follows.
    Context admin = f.as({Role::Admin});
    const CalendarChangeResult r = CalendarService::setDay(
        admin, QDate(2026, 2, 10), DayKind::LocalClosure, QStringLiteral("Banjir"), QStringLiteral("Kantor tergenang"));
    bool moved = false;
    for (const MovedDeadline& m : r.moved)
        moved = moved || (m.recordType == QLatin1String("complaint") && m.recordId == c.id && m.after == QDate(2026, 2, 25));
    QVERIFY(moved);
    const QList<Complaint> rows = ComplaintService::page(front, {}, {}, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().dueOn, QDate(2026, 2, 25));
}

QTEST_GUILESS_MAIN(TestComplaintService)
#include "test_complaintservice.moc"
