#include "ComplaintFixture.h"
#include "common/Error.h"
#include "complaints/ComplaintProcess.h"

#include <QtTest>

using namespace loket;
using test::ComplaintFixture;

// Review, the three resolution paths with their approvals and level reports, and closing.
class TestComplaintProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reviewChecklistAndClassification();
    void internalPathLevelByLevel();
    void technicalPathToTheOtherAgency();
    void apipNeedsTheHeadsApproval();
    void closingNeedsAnswerAndReport();
    void permissionsByRole();
    void datesAreChecked();

private:
    static QString newComplaint(ComplaintFixture& f);
    static void expectError(const std::function<void()>& call, Error::Kind kind, const QString& contains = {});
};

QString TestComplaintProcess::newComplaint(ComplaintFixture& f)
{
    Context front = f.as({Role::FrontDesk});
    return ComplaintService(front).intake(ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 9))).id;
}

void TestComplaintProcess::expectError(const std::function<void()>& call, Error::Kind kind, const QString& contains)
{
    try {
        call();
    } catch (const Error& e) {
        QCOMPARE(int(e.kind()), int(kind));
        if (!contains.isEmpty())
            QVERIFY2(e.message().contains(contains), qPrintable(e.message()));
        return;
    }
    QFAIL("no error");
}

void TestComplaintProcess::reviewChecklistAndClassification()
{
    ComplaintFixture f;
    const QString id = newComplaint(f);
    Context back = f.as({Role::BackOffice}, QStringLiteral("dewi"));
    ComplaintProcess process(back);
    const ComplaintHandling h = ComplaintService(back).handling(QStringLiteral("71205"));
    Complaint c = process.classify(id, QStringLiteral("Perizinan Jasa"), h.problemTypes.at(2));
    QCOMPARE(c.state, ComplaintStates::InReview);
    QCOMPARE(c.problemType, h.problemTypes.at(2));
    expectError([&] { process.classify(id, {}, QStringLiteral("Cuaca")); }, Error::Kind::Invalid);

    c = process.recordReviewStep(id, 0, QDate(2026, 3, 10), QStringLiteral("Waktu penyelesaian terlampaui"));
    QVERIFY(c.reviewSteps.at(0).done());
    QCOMPARE(c.reviewSteps.at(0).doneBy, QStringLiteral("dewi"));
    QCOMPARE(c.reviewSteps.at(0).note, QStringLiteral("Waktu penyelesaian terlampaui"));
    c = process.recordReviewStep(id, 0, QDate(), QStringLiteral("reopened"));
    QVERIFY(!c.reviewSteps.at(0).done());
    expectError([&] { process.recordReviewStep(id, 9, QDate(2026, 3, 10), {}); }, Error::Kind::Invalid);

    ComplaintPlan plan;
    plan.clarification = true;
    plan.research = true;
    c = process.setPlan(id, plan);
    QCOMPARE(c.plan, plan);
    c = process.recordClarification(id, QStringLiteral("Petugas verifikasi, Sdr. Andi"), QDate(2026, 3, 11));
    QVERIFY(c.clarificationDone);
    QCOMPARE(c.clarificationWith, QStringLiteral("Petugas verifikasi, Sdr. Andi"));
    QCOMPARE(f.auditCount(QStringLiteral("complaint.review_step")), 2);
}

void TestComplaintProcess::internalPathLevelByLevel()
{
    ComplaintFixture f;
    const QString id = newComplaint(f);
    Context back = f.as({Role::BackOffice});
    ComplaintProcess process(back);
    expectError([&] { process.addEscalation(id, QStringLiteral("Pelaksana"), QStringLiteral("Andi"), QDate(2026, 3, 10),
                                            QStringLiteral("r")); },
                Error::Kind::Conflict, QStringLiteral("resolution path"));
    Complaint c = process.chooseResolution(id, ResolutionPaths::Internal);
    QVERIFY(!process.pathNeedsApproval(c));
    expectError([&] { process.recordAnswer(id, QStringLiteral("Email"), QDate(2026, 3, 12), QStringLiteral("a")); },
                Error::Kind::Conflict, QStringLiteral("first level"));
    c = process.addEscalation(id, QStringLiteral("Pelaksana"), QStringLiteral("Andi"), QDate(2026, 3, 10),
                              QStringLiteral("Berkas diperiksa ulang."));
    QCOMPARE(c.state, ComplaintStates::Escalated);
    c = process.addEscalation(id, QStringLiteral("Kepala Bidang Pelayanan"), QStringLiteral("Rina"), QDate(2026, 3, 11),
                              QStringLiteral("Disetujui perbaikan SOP."));
    expectError([&] { process.addEscalation(id, QStringLiteral("Kepala DPMPTSP"), QStringLiteral("H. Asep"),
                                            QDate(2026, 3, 10), QStringLiteral("x")); },
                Error::Kind::Invalid); // before the level below reported
    expectError([&] { process.addEscalation(id, QStringLiteral("Kepala DPMPTSP"), QStringLiteral("H. Asep"),
                                            QDate(2026, 3, 12), QString()); },
                Error::Kind::Invalid); // no report
    c = process.addEscalation(id, QStringLiteral("Kepala DPMPTSP"), QStringLiteral("H. Asep"), QDate(2026, 3, 12),
                              QStringLiteral("Selesai."));
    QCOMPARE(c.escalations.size(), 3);
    QCOMPARE(c.escalations.at(2).level, 3);
    QCOMPARE(c.escalations.at(2).path, ResolutionPaths::Internal);
    c = process.recordAnswer(id, QStringLiteral("Email"), QDate(2026, 3, 13), QStringLiteral("Jawaban kami ..."));
    QCOMPARE(c.state, ComplaintStates::Answered);
    expectError([&] { process.chooseResolution(id, ResolutionPaths::Apip); }, Error::Kind::Conflict);
    QCOMPARE(ComplaintService(back).clockState(c), QStringLiteral("met"));
}

void TestComplaintProcess::technicalPathToTheOtherAgency()
{
    ComplaintFixture f;
    const QString id = newComplaint(f);
    Context back = f.as({Role::BackOffice});
    ComplaintProcess process(back);
    process.chooseResolution(id, ResolutionPaths::Technical);
    process.addEscalation(id, QStringLiteral("Tim Teknis"), QStringLiteral("Ir. Bambang"), QDate(2026, 3, 10),
                          QStringLiteral("Pemeriksaan lapangan ulang."));
    const Complaint c = process.addEscalation(id, QStringLiteral("Kepala Dinas Perindustrian"), QStringLiteral("Drs. Yayat"),
                                              QDate(2026, 3, 12), QStringLiteral("Rekomendasi teknis diterbitkan."));
    QCOMPARE(c.escalationsOn(ResolutionPaths::Technical).size(), 2);
    QCOMPARE(process.recordAnswer(id, QStringLiteral("Surat"), QDate(2026, 3, 13), QStringLiteral("Jawaban")).state,
             ComplaintStates::Answered);
}

void TestComplaintProcess::apipNeedsTheHeadsApproval()
{
    ComplaintFixture f;
    const QString id = newComplaint(f);
    Context back = f.as({Role::BackOffice});
    ComplaintProcess process(back);
    Complaint c = process.chooseResolution(id, ResolutionPaths::Apip);
    QVERIFY(process.pathNeedsApproval(c)); // from the standard's text, not hard-wired
    expectError([&] { process.addEscalation(id, QStringLiteral("Inspektorat"), QStringLiteral("Auditor"),
                                            QDate(2026, 3, 10), QStringLiteral("r")); },
                Error::Kind::Conflict, QStringLiteral("approval"));
    expectError([&] { process.recordAnswer(id, QStringLiteral("Email"), QDate(2026, 3, 12), QStringLiteral("a")); },
                Error::Kind::Conflict, QStringLiteral("approval"));
    expectError([&] { process.approveApip(id, QStringLiteral("ok")); }, Error::Kind::Permission);
    Context supervisor = f.as({Role::Supervisor});
    expectError([&] { ComplaintProcess(supervisor).approveApip(id, QStringLiteral("ok")); }, Error::Kind::Permission);
    Context head = f.as({Role::Head}, QStringLiteral("kepala"));
    c = ComplaintProcess(head).approveApip(id, QStringLiteral("Dilimpahkan ke Inspektorat"));
    QVERIFY(c.apipApproved());
    QCOMPARE(c.apipApprovedBy, QStringLiteral("kepala"));
    expectError([&] { ComplaintProcess(head).approveApip(id, {}); }, Error::Kind::Conflict);
    c = process.addEscalation(id, QStringLiteral("Inspektur Pembantu"), QStringLiteral("Auditor"), QDate(2026, 3, 11),
                              QStringLiteral("Pemeriksaan selesai."));
    QCOMPARE(c.escalations.size(), 1);
    QCOMPARE(f.auditCount(QStringLiteral("complaint.apip_approval")), 1);

    // A path that needs no approval cannot be "approved".
    const QString other = newComplaint(f);
    process.chooseResolution(other, ResolutionPaths::Internal);
    expectError([&] { ComplaintProcess(head).approveApip(other, {}); }, Error::Kind::Conflict);
}

void TestComplaintProcess::closingNeedsAnswerAndReport()
{
    ComplaintFixture f;
    const QString id = newComplaint(f);
    Context back = f.as({Role::BackOffice});
    ComplaintProcess process(back);
    expectError([&] { process.close(id); }, Error::Kind::Conflict, QStringLiteral("answer"));
    process.chooseResolution(id, ResolutionPaths::Internal);
    process.addEscalation(id, QStringLiteral("Pelaksana"), QStringLiteral("Andi"), QDate(2026, 3, 10),
                          QStringLiteral("Laporan"));
    process.recordAnswer(id, QStringLiteral("WhatsApp"), QDate(2026, 3, 12), QStringLiteral("Jawaban"));
    expectError([&] { process.close(id); }, Error::Kind::Conflict, QStringLiteral("superior"));
    const int before = f.auditCount(QStringLiteral("complaint.close"));
    process.recordSuperiorReport(id, QStringLiteral("Kepala Bidang Pelayanan"), QDate(2026, 3, 13),
                                 QStringLiteral("Laporan hasil tindak lanjut"));
    const Complaint c = process.close(id);
    QCOMPARE(c.state, ComplaintStates::Closed);
    QVERIFY(c.closedAt.isValid());
    QCOMPARE(f.auditCount(QStringLiteral("complaint.close")), before + 1);
    expectError([&] { process.setPlan(id, {}); }, Error::Kind::Conflict, QStringLiteral("closed"));
    expectError([&] { process.close(id); }, Error::Kind::Conflict);
    QVERIFY(ComplaintProcess::missingForClose(c).isEmpty());

    // Suggestions are not closed this way.
    Context front = f.as({Role::FrontDesk});
    const Complaint s = ComplaintService(front).intake(ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 9), {}));
    expectError([&] { process.close(s.id); }, Error::Kind::Conflict, QStringLiteral("suggestion"));
}

void TestComplaintProcess::permissionsByRole()
{
    ComplaintFixture f;
    const QString id = newComplaint(f);
    for (Role role : {Role::FrontDesk, Role::TechnicalTeam, Role::Admin}) {
        Context ctx = f.as({role});
        ComplaintProcess p(ctx);
        expectError([&] { p.classify(id, {}, {}); }, Error::Kind::Permission);
        expectError([&] { p.chooseResolution(id, ResolutionPaths::Internal); }, Error::Kind::Permission);
        expectError([&] { p.close(id); }, Error::Kind::Permission);
    }
    for (Role role : {Role::BackOffice, Role::Supervisor, Role::Head}) {
        Context ctx = f.as({role});
        QCOMPARE(ComplaintProcess(ctx).setPlan(id, {}).state, ComplaintStates::InReview);
    }
    // Nothing a refused call tried was written.
    QCOMPARE(f.auditCount(QStringLiteral("complaint.classify")), 0);
}

void TestComplaintProcess::datesAreChecked()
{
    ComplaintFixture f;
    const QString id = newComplaint(f);
    Context back = f.as({Role::BackOffice});
    ComplaintProcess process(back);
    expectError([&] { process.recordClarification(id, QStringLiteral("Andi"), QDate(2026, 3, 1)); }, Error::Kind::Invalid,
                QStringLiteral("before"));
    expectError([&] { process.recordClarification(id, QStringLiteral("Andi"), QDate(2026, 3, 30)); },
                Error::Kind::Invalid, QStringLiteral("future"));
    expectError([&] { process.recordClarification(id, QStringLiteral("Andi"), QDate()); }, Error::Kind::Invalid);
}

QTEST_GUILESS_MAIN(TestComplaintProcess)
#include "test_complaintprocess.moc"
