#include "ComplaintFixture.h"
#include "common/Error.h"
#include "complaints/ComplaintLevels.h"
#include "complaints/ComplaintOrder.h"
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
    void reviewStepsGoInTheStandardsOrder();
    void noResultBeforeTheWholeReview();
    void internalPathLevelByLevel();
    void officeListOfPosts();
    void technicalPathToTheOtherAgency();
    void apipNeedsTheHeadsApproval();
    void closingNeedsAnswerAndReport();
    void otherProblemTypeIsCountedSeparately();
    void permissionsByRole();
    void datesAreChecked();

private:
    static QString newComplaint(ComplaintFixture& f);
    // Items 5c and 6a-e of the standard, in order, so that the result may follow.
    static Complaint reviewed(ComplaintProcess& process, const QString& id, int steps = 5);
    // Every level of the default list, from the officer up to the head, with its report.
    static Complaint climb(ComplaintProcess& process, const QString& id);
    static void expectError(const std::function<void()>& call, Error::Kind kind, const QString& contains = {});
};

QString TestComplaintProcess::newComplaint(ComplaintFixture& f)
{
    Context front = f.as({Role::FrontDesk});
    return ComplaintService(front).intake(ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 9))).id;
}

Complaint TestComplaintProcess::reviewed(ComplaintProcess& process, const QString& id, int steps)
{
    Complaint c = process.classify(id, QStringLiteral("Perizinan Jasa"), QStringLiteral("Jangka waktu penyelesaian"));
    for (int i = 0; i < steps; ++i) {
        if (i == 3) {
            ComplaintPlan plan;
            plan.clarification = true;
            process.setPlan(id, plan);
        }
        c = process.recordReviewStep(id, i, QDate(2026, 3, 10), QStringLiteral("Langkah %1").arg(i + 1));
    }
    return c;
}

Complaint TestComplaintProcess::climb(ComplaintProcess& process, const QString& id)
{
    Complaint c;
    for (const QString& post : ComplaintLevels::defaults())
        c = process.addEscalation(id, post, QStringLiteral("Pejabat %1").arg(post), QDate(2026, 3, 11),
                                  QStringLiteral("Laporan tertulis ke pejabat di atasnya."));
    return c;
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

    for (int i = 0; i < 3; ++i)
        process.recordReviewStep(id, i, QDate(2026, 3, 10), QStringLiteral("ok"));
    ComplaintPlan plan;
    plan.clarification = true;
    plan.research = true;
    c = process.setPlan(id, plan);
    QCOMPARE(c.plan, plan);
    process.recordReviewStep(id, 3, QDate(2026, 3, 10), QStringLiteral("Rencana: klarifikasi dan penelitian"));
    c = process.recordClarification(id, QStringLiteral("Petugas verifikasi, Sdr. Andi"), QDate(2026, 3, 11));
    QVERIFY(c.clarificationDone);
    QCOMPARE(c.clarificationWith, QStringLiteral("Petugas verifikasi, Sdr. Andi"));
    QCOMPARE(f.auditCount(QStringLiteral("complaint.review_step")), 6);
}

// Item 5: "Petugas menindaklanjuti pengaduan dengan melakukan langkah-langkah sebagai berikut: a.
// Pencatatan pengaduan ... c. Menelaah dan mengelompokan pengaduan berdasarkan: 1)
// Bidang/Sektor/Jenis Pelayanan; 2) Jenis masalah"; item 6: "Langkah-langkah penelaahan materi
// pengaduan masyarakat meliputi": a to e, d being "Merumuskan rencana penanganan".
void TestComplaintProcess::reviewStepsGoInTheStandardsOrder()
{
    ComplaintFixture f;
    const QString id = newComplaint(f);
    Context back = f.as({Role::BackOffice});
    ComplaintProcess process(back);
    Complaint c = ComplaintService(back).get(id);
    QVERIFY(ComplaintOrder::nextStep(c).contains(QStringLiteral("5c")));
    // 6a before 5c: refused, the reason names the rule.
    expectError([&] { process.recordReviewStep(id, 0, QDate(2026, 3, 10), {}); }, Error::Kind::Conflict,
                ComplaintOrder::RuleClassificationFirst);
    expectError([&] { process.classify(id, QStringLiteral("Perizinan Jasa"), {}); }, Error::Kind::Invalid);
    expectError([&] { process.classify(id, {}, QStringLiteral("Biaya/tarif")); }, Error::Kind::Invalid);
    process.classify(id, QStringLiteral("Perizinan Jasa"), QStringLiteral("Biaya/tarif"));
    // 6b before 6a: refused.
    expectError([&] { process.recordReviewStep(id, 1, QDate(2026, 3, 10), {}); }, Error::Kind::Conflict,
                ComplaintOrder::RuleReviewOrder);
    c = process.recordReviewStep(id, 0, QDate(2026, 3, 10), QStringLiteral("Inti masalah"));
    QVERIFY(ComplaintOrder::nextStep(c).contains(QStringLiteral("6b")));
    process.recordReviewStep(id, 1, QDate(2026, 3, 10), QStringLiteral("SP komponen 4"));
    // Reopening 6a while 6b stands: refused.
    expectError([&] { process.recordReviewStep(id, 0, QDate(), {}); }, Error::Kind::Conflict,
                ComplaintOrder::RuleReviewOrder);
    // The plan is step d's content: not before 6c.
    ComplaintPlan plan;
    plan.confirmation = true;
    expectError([&] { process.setPlan(id, plan); }, Error::Kind::Conflict, ComplaintOrder::RulePlanInStepD);
    process.recordReviewStep(id, 2, QDate(2026, 3, 11), QStringLiteral("Berkas kasus diperiksa"));
    // 6d without a plan: refused; the clarification of 6e before 6d: refused.
    expectError([&] { process.recordReviewStep(id, 3, QDate(2026, 3, 11), {}); }, Error::Kind::Conflict,
                ComplaintOrder::RulePlanInStepD);
    expectError([&] { process.recordClarification(id, QStringLiteral("Andi"), QDate(2026, 3, 11)); },
                Error::Kind::Conflict, ComplaintOrder::RuleReviewOrder);
    process.setPlan(id, plan);
    c = process.recordReviewStep(id, 3, QDate(2026, 3, 11), QStringLiteral("Konfirmasi ke bidang"));
    expectError([&] { process.setPlan(id, {}); }, Error::Kind::Conflict, ComplaintOrder::RulePlanInStepD);
    c = process.recordClarification(id, QStringLiteral("Kepala Seksi Verifikasi"), QDate(2026, 3, 12));
    c = process.recordReviewStep(id, 4, QDate(2026, 3, 12), QStringLiteral("Konfirmasi selesai"));
    QVERIFY(ComplaintOrder::reviewComplete(c));
    QVERIFY(ComplaintOrder::nextStep(c).contains(QStringLiteral("item 7")));
    // Reopening the last step is allowed while no result rests on it.
    c = process.recordReviewStep(id, 4, QDate(), QStringLiteral("diulang"));
    QVERIFY(!ComplaintOrder::reviewComplete(c));
}

// Item 7: "Hasil penelahaan pengaduan masyarakat tersebut, dikelompokkan dalam 3 (tiga) kategori":
// no result, answer or closing before the whole review. Boundary: 4 of the 5 review steps.
void TestComplaintProcess::noResultBeforeTheWholeReview()
{
    ComplaintFixture f;
    const QString id = newComplaint(f);
    Context back = f.as({Role::BackOffice});
    ComplaintProcess process(back);
    expectError([&] { process.chooseResolution(id, ResolutionPaths::Internal); }, Error::Kind::Conflict,
                ComplaintOrder::RuleClassificationFirst);
    Complaint c = reviewed(process, id, 4);
    QCOMPARE(ComplaintOrder::nextReviewStep(c), 4);
    expectError([&] { process.chooseResolution(id, ResolutionPaths::Internal); }, Error::Kind::Conflict,
                ComplaintOrder::RuleReviewBeforeResult);
    expectError([&] { process.recordAnswer(id, QStringLiteral("Email"), QDate(2026, 3, 12), QStringLiteral("a")); },
                Error::Kind::Conflict, QStringLiteral("resolution path"));
    process.recordSuperiorReport(id, QStringLiteral("Kepala Bidang"), QDate(2026, 3, 12), QStringLiteral("Laporan"));
    expectError([&] { process.close(id); }, Error::Kind::Conflict, ComplaintOrder::RuleReviewBeforeResult);
    QVERIFY(ComplaintProcess::missingForClose(ComplaintService(back).get(id))
                .join(QLatin1Char(' '))
                .contains(QStringLiteral("review steps")));
    QCOMPARE(f.auditCount(QStringLiteral("complaint.close")), 0);
    // With the fifth step the result may follow; once chosen, the review cannot be reopened.
    process.recordReviewStep(id, 4, QDate(2026, 3, 12), QStringLiteral("Klarifikasi"));
    c = process.chooseResolution(id, ResolutionPaths::Internal);
    QCOMPARE(c.resolutionPath, ResolutionPaths::Internal);
    expectError([&] { process.recordReviewStep(id, 4, QDate(), {}); }, Error::Kind::Conflict,
                ComplaintOrder::RuleReviewBeforeResult);
}

// Item 7a: "diselesaikan secara berjenjang mulai dari tingkatan pelaksana sampai dengan Kepala
// DPMPTSP, dengan tetap melaporkan secara tertulis hasil tindaklanjutnya ke pejabat di atasnya".
void TestComplaintProcess::internalPathLevelByLevel()
{
    ComplaintFixture f;
    const QString id = newComplaint(f);
    Context back = f.as({Role::BackOffice});
    ComplaintProcess process(back);
    expectError([&] { process.addEscalation(id, QStringLiteral("Pelaksana"), QStringLiteral("Andi"), QDate(2026, 3, 10),
                                            QStringLiteral("r")); },
                Error::Kind::Conflict, QStringLiteral("resolution path"));
    reviewed(process, id);
    Complaint c = process.chooseResolution(id, ResolutionPaths::Internal);
    QVERIFY(!process.pathNeedsApproval(c));
    QVERIFY(process.nextStep(c).contains(QStringLiteral("Pelaksana")));
    expectError([&] { process.recordAnswer(id, QStringLiteral("Email"), QDate(2026, 3, 12), QStringLiteral("a")); },
                Error::Kind::Conflict, QStringLiteral("first level"));
    // "mulai dari tingkatan pelaksana": the first level is the officer.
    expectError(
        [&] {
            process.addEscalation(id, QStringLiteral("Kepala Seksi"), QStringLiteral("Rina"), QDate(2026, 3, 10),
                                  QStringLiteral("r"));
        },
        Error::Kind::Conflict, ComplaintLevels::RuleLevelOrder);
    c = process.addEscalation(id, QStringLiteral("pelaksana"), QStringLiteral("Andi"), QDate(2026, 3, 10),
                              QStringLiteral("Berkas diperiksa ulang."));
    QCOMPARE(c.state, ComplaintStates::Escalated);
    QCOMPARE(c.escalations.at(0).position, QStringLiteral("Pelaksana")); // the list's spelling
    // A level skipped: Kepala Bidang before Kepala Seksi.
    expectError(
        [&] {
            process.addEscalation(id, QStringLiteral("Kepala Bidang"), QStringLiteral("Rina"), QDate(2026, 3, 11),
                                  QStringLiteral("r"));
        },
        Error::Kind::Conflict, QStringLiteral("Kepala Seksi"));
    expectError(
        [&] {
            process.addEscalation(id, QStringLiteral("Kepala Bidang Pelayanan"), QStringLiteral("Rina"),
                                  QDate(2026, 3, 11), QStringLiteral("r"));
        },
        Error::Kind::Conflict, QStringLiteral("list"));
    // Not before the level below reported, and never without the written report.
    expectError(
        [&] {
            process.addEscalation(id, QStringLiteral("Kepala Seksi"), QStringLiteral("Rina"), QDate(2026, 3, 9),
                                  QStringLiteral("x"));
        },
        Error::Kind::Invalid);
    expectError(
        [&] {
            process.addEscalation(id, QStringLiteral("Kepala Seksi"), QStringLiteral("Rina"), QDate(2026, 3, 11),
                                  QString());
        },
        Error::Kind::Invalid);
    c = process.addEscalation(id, QStringLiteral("Kepala Seksi"), QStringLiteral("Rina"), QDate(2026, 3, 11),
                              QStringLiteral("Disetujui perbaikan SOP."));
    // The answer waits for the head: "sampai dengan Kepala DPMPTSP".
    expectError([&] { process.recordAnswer(id, QStringLiteral("Email"), QDate(2026, 3, 12), QStringLiteral("a")); },
                Error::Kind::Conflict, ComplaintLevels::RuleLevelsToHead);
    process.addEscalation(id, QStringLiteral("Kepala Bidang"), QStringLiteral("Drs. Yayat"), QDate(2026, 3, 11),
                          QStringLiteral("Diteruskan."));
    process.addEscalation(id, QStringLiteral("Sekretaris"), QStringLiteral("Hj. Neneng"), QDate(2026, 3, 12),
                          QStringLiteral("Diteruskan."));
    c = process.addEscalation(id, QStringLiteral("Kepala Dinas"), QStringLiteral("H. Asep"), QDate(2026, 3, 12),
                              QStringLiteral("Selesai."));
    QCOMPARE(c.escalations.size(), 5);
    QCOMPARE(c.escalations.at(4).level, 5);
    QCOMPARE(c.escalations.at(4).path, ResolutionPaths::Internal);
    QVERIFY(ComplaintLevels::complete(c, ComplaintLevels::defaults()));
    expectError(
        [&] {
            process.addEscalation(id, QStringLiteral("Bupati"), QStringLiteral("X"), QDate(2026, 3, 12),
                                  QStringLiteral("x"));
        },
        Error::Kind::Conflict, ComplaintLevels::RuleLevelOrder);
    c = process.recordAnswer(id, QStringLiteral("Email"), QDate(2026, 3, 13), QStringLiteral("Jawaban kami ..."));
    QCOMPARE(c.state, ComplaintStates::Answered);
    expectError([&] { process.chooseResolution(id, ResolutionPaths::Apip); }, Error::Kind::Conflict);
    QCOMPARE(ComplaintService(back).clockState(c), QStringLiteral("met"));
}

// The office keeps the ordered list of posts.
void TestComplaintProcess::officeListOfPosts()
{
    ComplaintFixture f;
    Context back = f.as({Role::BackOffice});
    expectError(
        [&] {
            ComplaintLevels::setPositions(back, {QStringLiteral("Staf"), QStringLiteral("Kepala")});
        },
        Error::Kind::Permission);
    Context admin = f.as({Role::Admin});
    expectError([&] { ComplaintLevels::setPositions(admin, {QStringLiteral("Kepala")}); }, Error::Kind::Invalid);
    expectError(
        [&] {
            ComplaintLevels::setPositions(admin, {QStringLiteral("Staf"), QStringLiteral("staf")});
        },
        Error::Kind::Invalid);
    ComplaintLevels::setPositions(admin, {QStringLiteral("Staf Pengaduan"), QStringLiteral("Kepala DPMPTSP")});
    QCOMPARE(ComplaintLevels::positions(f.tdb().db()),
             QStringList({QStringLiteral("Staf Pengaduan"), QStringLiteral("Kepala DPMPTSP")}));
    const QString id = newComplaint(f);
    ComplaintProcess process(back);
    reviewed(process, id);
    process.chooseResolution(id, ResolutionPaths::Internal);
    process.addEscalation(id, QStringLiteral("Staf Pengaduan"), QStringLiteral("Andi"), QDate(2026, 3, 10),
                          QStringLiteral("Laporan"));
    const Complaint c = process.addEscalation(id, QStringLiteral("Kepala DPMPTSP"), QStringLiteral("H. Asep"),
                                              QDate(2026, 3, 11), QStringLiteral("Selesai"));
    QVERIFY(ComplaintLevels::complete(c, ComplaintLevels::positions(f.tdb().db())));
}

// Item 7b: "diselesaikan secara berjenjang mulai dari tingkatan pelaksana sampai dengan Kepala
// Perangkat Daerah".
void TestComplaintProcess::technicalPathToTheOtherAgency()
{
    ComplaintFixture f;
    const QString id = newComplaint(f);
    Context back = f.as({Role::BackOffice});
    ComplaintProcess process(back);
    reviewed(process, id);
    process.chooseResolution(id, ResolutionPaths::Technical);
    const Complaint c = climb(process, id);
    QCOMPARE(c.escalationsOn(ResolutionPaths::Technical).size(), 5);
    QCOMPARE(process.recordAnswer(id, QStringLiteral("Surat"), QDate(2026, 3, 13), QStringLiteral("Jawaban")).state,
             ComplaintStates::Answered);
}

// Item 7c: APIP "untuk pengaduan yang tidak bisa diselesaikan secara internal atau eksternal
// DPMPTSP. Pelibatan APIP berdasarkan persetujuan Kepala DPMPTSP/Perangkat Daerah".
void TestComplaintProcess::apipNeedsTheHeadsApproval()
{
    ComplaintFixture f;
    const QString id = newComplaint(f);
    Context back = f.as({Role::BackOffice});
    ComplaintProcess process(back);
    reviewed(process, id);
    // APIP first: refused.
    expectError([&] { process.chooseResolution(id, ResolutionPaths::Apip); }, Error::Kind::Conflict,
                ComplaintOrder::RuleApipAfterAttempt);
    // No attempt to call unresolved yet.
    expectError([&] { process.recordUnresolved(id, QDate(2026, 3, 10), QStringLiteral("x")); }, Error::Kind::Conflict,
                ComplaintOrder::RuleAttemptRecorded);
    process.chooseResolution(id, ResolutionPaths::Internal);
    expectError([&] { process.recordUnresolved(id, QDate(2026, 3, 10), QStringLiteral("x")); }, Error::Kind::Conflict,
                ComplaintOrder::RuleAttemptRecorded);
    process.addEscalation(id, QStringLiteral("Pelaksana"), QStringLiteral("Andi"), QDate(2026, 3, 10),
                          QStringLiteral("Dugaan pungutan di luar ketentuan; di luar kewenangan bidang."));
    expectError([&] { process.recordUnresolved(id, QDate(2026, 3, 10), QString()); }, Error::Kind::Invalid);
    Complaint c = process.recordUnresolved(id, QDate(2026, 3, 10), QStringLiteral("Perlu pemeriksaan Inspektorat"));
    QCOMPARE(c.unresolvedPath, ResolutionPaths::Internal);
    // After the unresolved internal attempt: APIP may be chosen, but needs the head's approval.
    c = process.chooseResolution(id, ResolutionPaths::Apip);
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
    // Switching away and back asks for the approval again.
    QVERIFY(!process.chooseResolution(id, ResolutionPaths::Technical).apipApproved());
    c = process.chooseResolution(id, ResolutionPaths::Apip);
    QVERIFY(!c.apipApproved());
    expectError(
        [&] {
            process.addEscalation(id, QStringLiteral("Inspektur Pembantu"), QStringLiteral("Auditor"),
                                  QDate(2026, 3, 11), QStringLiteral("r"));
        },
        Error::Kind::Conflict, QStringLiteral("approval"));
    ComplaintProcess(head).approveApip(id, QStringLiteral("Disetujui kembali"));
    c = process.addEscalation(id, QStringLiteral("Inspektur Pembantu"), QStringLiteral("Auditor"), QDate(2026, 3, 11),
                              QStringLiteral("Pemeriksaan selesai."));
    QCOMPARE(c.escalationsOn(ResolutionPaths::Apip).size(), 1);
    QCOMPARE(f.auditCount(QStringLiteral("complaint.apip_approval")), 2);
    QCOMPARE(f.auditCount(QStringLiteral("complaint.unresolved")), 1);
    QCOMPARE(process.recordAnswer(id, QStringLiteral("Surat"), QDate(2026, 3, 12), QStringLiteral("Jawaban")).state,
             ComplaintStates::Answered);

    // A path that needs no approval cannot be "approved".
    const QString other = newComplaint(f);
    reviewed(process, other);
    process.chooseResolution(other, ResolutionPaths::Internal);
    expectError([&] { ComplaintProcess(head).approveApip(other, {}); }, Error::Kind::Conflict);
}

void TestComplaintProcess::closingNeedsAnswerAndReport()
{
    ComplaintFixture f;
    const QString id = newComplaint(f);
    Context back = f.as({Role::BackOffice});
    ComplaintProcess process(back);
    expectError([&] { process.close(id); }, Error::Kind::Conflict, QStringLiteral("5c"));
    reviewed(process, id);
    expectError([&] { process.close(id); }, Error::Kind::Conflict, QStringLiteral("answer"));
    process.chooseResolution(id, ResolutionPaths::Internal);
    Complaint climbed = climb(process, id);
    // The answer goes back by the channel the complaint came in by, unless the officer says otherwise.
    QCOMPARE(ComplaintProcess::suggestedAnswerChannel(climbed), climbed.channelLabel);
    climbed = process.recordAnswer(id, QStringLiteral("WhatsApp"), QDate(2026, 3, 12), QStringLiteral("Jawaban"));
    QCOMPARE(ComplaintProcess::suggestedAnswerChannel(climbed), QStringLiteral("WhatsApp"));
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

// Item 5c.2: "Jenis masalah ... diantaranya: Persyaratan; ...; Kompetensi pelaksana; dll." The
// "dll." admits other types: "Lainnya" with a description, counted apart from the listed ones.
void TestComplaintProcess::otherProblemTypeIsCountedSeparately()
{
    ComplaintFixture f;
    Context back = f.as({Role::BackOffice});
    ComplaintProcess process(back);
    const QStringList choices = ComplaintProcess::problemTypeChoices(ComplaintService(back).handling({}));
    QCOMPARE(choices.last(), ComplaintProcess::OtherProblemType);
    for (const QString& t : choices)
        QVERIFY2(!t.startsWith(QStringLiteral("dll"), Qt::CaseInsensitive), qPrintable(t));
    QVERIFY(choices.contains(QStringLiteral("Biaya/tarif")));

    const QString first = newComplaint(f);
    const QString second = newComplaint(f);
    const QString third = newComplaint(f);
    try {
        process.classify(first, QStringLiteral("Perizinan Jasa"), QStringLiteral("Lainnya"));
        QFAIL("Lainnya without a description was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.field(), QStringLiteral("problem_type_other"));
    }
    Complaint c = process.classify(first, QStringLiteral("Perizinan Jasa"), QStringLiteral("Lainnya"),
                                   QStringLiteral("Sikap petugas parkir"));
    QCOMPARE(c.problemType, QStringLiteral("Lainnya"));
    QCOMPARE(c.problemTypeOther, QStringLiteral("Sikap petugas parkir"));
    process.classify(second, QStringLiteral("Perizinan Jasa"), QStringLiteral("Biaya/tarif"), QStringLiteral("x"));
    process.classify(third, QStringLiteral("Perizinan Jasa"), QStringLiteral("Lainnya"),
                     QStringLiteral("Antrean sistem"));
    QVERIFY(ComplaintService(back).get(second).problemTypeOther.isEmpty()); // only "Lainnya" keeps a description
    ComplaintService service(back);
    ComplaintFilter other;
    other.problemType = ComplaintProcess::OtherProblemType;
    QCOMPARE(service.count(other), 2);
    ComplaintFilter fee;
    fee.problemType = QStringLiteral("Biaya/tarif");
    QCOMPARE(service.count(fee), 1);
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
    // Nothing a refused call tried was written.
    QCOMPARE(f.auditCount(QStringLiteral("complaint.classify")), 0);
    for (Role role : {Role::BackOffice, Role::Supervisor, Role::Head}) {
        Context ctx = f.as({role});
        QCOMPARE(
            ComplaintProcess(ctx).classify(id, QStringLiteral("Perizinan Jasa"), QStringLiteral("Biaya/tarif")).state,
            ComplaintStates::InReview);
    }
    QCOMPARE(f.auditCount(QStringLiteral("complaint.classify")), 3);
}

void TestComplaintProcess::datesAreChecked()
{
    ComplaintFixture f;
    const QString id = newComplaint(f);
    Context back = f.as({Role::BackOffice});
    ComplaintProcess process(back);
    reviewed(process, id, 4);
    expectError([&] { process.recordClarification(id, QStringLiteral("Andi"), QDate(2026, 3, 1)); }, Error::Kind::Invalid,
                QStringLiteral("before"));
    expectError([&] { process.recordClarification(id, QStringLiteral("Andi"), QDate(2026, 3, 30)); },
                Error::Kind::Invalid, QStringLiteral("future"));
    expectError([&] { process.recordClarification(id, QStringLiteral("Andi"), QDate()); }, Error::Kind::Invalid);
}

QTEST_GUILESS_MAIN(TestComplaintProcess)
#include "test_complaintprocess.moc"
