#include "ComplaintFixture.h"
#include "common/Clock.h"
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
    void rulesTheScreensAsk();

private:
    static QString newComplaint(ComplaintFixture& f);
    // Items 5c and 6a-e of the standard, in order, so that the result may follow.
    static Complaint reviewed(const Context& back, const QString& id, int steps = 5);
    // Every level of the default list, from the officer up to the head, with its report.
    static Complaint climb(const Context& back, const QString& id);
    static void expectError(const std::function<void()>& call, Error::Kind kind, const QString& contains = {});
};

QString TestComplaintProcess::newComplaint(ComplaintFixture& f)
{
    Context front = f.as({Role::FrontDesk});
    return ComplaintService::intake(front, ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 9))).id;
}

Complaint TestComplaintProcess::reviewed(const Context& back, const QString& id, int steps)
{
    Complaint c = ComplaintProcess::classify(back, id, QStringLiteral("Perizinan Jasa"),
                                             QStringLiteral("Jangka waktu penyelesaian"));
    for (int i = 0; i < steps; ++i) {
        if (i == 3) {
            ComplaintPlan plan;
            plan.clarification = true;
            ComplaintProcess::setPlan(back, id, plan);
        }
        c = ComplaintProcess::recordReviewStep(back, id, i, QDate(2026, 3, 10),
                                               QStringLiteral("Langkah %1").arg(i + 1));
    }
    return c;
}

Complaint TestComplaintProcess::climb(const Context& back, const QString& id)
{
    Complaint c;
    for (const QString& post : ComplaintLevels::defaults())
        c = ComplaintProcess::addEscalation(back, id, post, QStringLiteral("Pejabat %1").arg(post), QDate(2026, 3, 11),
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
    const ComplaintHandling h = ComplaintService::handling(back.database(), QStringLiteral("71205"));
    Complaint c = ComplaintProcess::classify(back, id, QStringLiteral("Perizinan Jasa"), h.problemTypes.at(2));
    QCOMPARE(c.state, ComplaintStates::InReview);
    QCOMPARE(c.problemType, h.problemTypes.at(2));
    expectError([&] { ComplaintProcess::classify(back, id, {}, QStringLiteral("Cuaca")); }, Error::Kind::Invalid);

    c = ComplaintProcess::recordReviewStep(back, id, 0, QDate(2026, 3, 10),
                                           QStringLiteral("Waktu penyelesaian terlampaui"));
    QVERIFY(c.reviewSteps.at(0).done());
    QCOMPARE(c.reviewSteps.at(0).doneBy, QStringLiteral("dewi"));
    QCOMPARE(c.reviewSteps.at(0).note, QStringLiteral("Waktu penyelesaian terlampaui"));
    c = ComplaintProcess::recordReviewStep(back, id, 0, QDate(), QStringLiteral("reopened"));
    QVERIFY(!c.reviewSteps.at(0).done());
    expectError([&] { ComplaintProcess::recordReviewStep(back, id, 9, QDate(2026, 3, 10), {}); }, Error::Kind::Invalid);

    for (int i = 0; i < 3; ++i)
        ComplaintProcess::recordReviewStep(back, id, i, QDate(2026, 3, 10), QStringLiteral("ok"));
    ComplaintPlan plan;
    plan.clarification = true;
    plan.research = true;
    c = ComplaintProcess::setPlan(back, id, plan);
    QCOMPARE(c.plan, plan);
    ComplaintProcess::recordReviewStep(back, id, 3, QDate(2026, 3, 10),
                                       QStringLiteral("Rencana: klarifikasi dan penelitian"));
    c = ComplaintProcess::recordClarification(back, id, QStringLiteral("Petugas verifikasi, Sdr. Andi"),
                                              QDate(2026, 3, 11));
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
    Complaint c = ComplaintService::get(back, id);
    QVERIFY(ComplaintOrder::nextStep(c).contains(QStringLiteral("5c")));
    // 6a before 5c: refused, the reason names the rule.
    expectError([&] { ComplaintProcess::recordReviewStep(back, id, 0, QDate(2026, 3, 10), {}); }, Error::Kind::Conflict,
                ComplaintOrder::RuleClassificationFirst);
    expectError([&] { ComplaintProcess::classify(back, id, QStringLiteral("Perizinan Jasa"), {}); },
                Error::Kind::Invalid);
    expectError([&] { ComplaintProcess::classify(back, id, {}, QStringLiteral("Biaya/tarif")); }, Error::Kind::Invalid);
    ComplaintProcess::classify(back, id, QStringLiteral("Perizinan Jasa"), QStringLiteral("Biaya/tarif"));
    // 6b before 6a: refused.
    expectError([&] { ComplaintProcess::recordReviewStep(back, id, 1, QDate(2026, 3, 10), {}); }, Error::Kind::Conflict,
                ComplaintOrder::RuleReviewOrder);
    c = ComplaintProcess::recordReviewStep(back, id, 0, QDate(2026, 3, 10), QStringLiteral("Inti masalah"));
    QVERIFY(ComplaintOrder::nextStep(c).contains(QStringLiteral("6b")));
    ComplaintProcess::recordReviewStep(back, id, 1, QDate(2026, 3, 10), QStringLiteral("SP komponen 4"));
    // Reopening 6a while 6b stands: refused.
    expectError([&] { ComplaintProcess::recordReviewStep(back, id, 0, QDate(), {}); }, Error::Kind::Conflict,
                ComplaintOrder::RuleReviewOrder);
    // The plan is step d's content: not before 6c.
    ComplaintPlan plan;
    plan.confirmation = true;
    expectError([&] { ComplaintProcess::setPlan(back, id, plan); }, Error::Kind::Conflict,
                ComplaintOrder::RulePlanInStepD);
    ComplaintProcess::recordReviewStep(back, id, 2, QDate(2026, 3, 11), QStringLiteral("Berkas kasus diperiksa"));
    // 6d without a plan: refused; the clarification of 6e before 6d: refused.
    expectError([&] { ComplaintProcess::recordReviewStep(back, id, 3, QDate(2026, 3, 11), {}); }, Error::Kind::Conflict,
                ComplaintOrder::RulePlanInStepD);
    expectError([&] { ComplaintProcess::recordClarification(back, id, QStringLiteral("Andi"), QDate(2026, 3, 11)); },
                Error::Kind::Conflict, ComplaintOrder::RuleReviewOrder);
    ComplaintProcess::setPlan(back, id, plan);
    c = ComplaintProcess::recordReviewStep(back, id, 3, QDate(2026, 3, 11), QStringLiteral("Konfirmasi ke bidang"));
    expectError([&] { ComplaintProcess::setPlan(back, id, {}); }, Error::Kind::Conflict,
                ComplaintOrder::RulePlanInStepD);
    c = ComplaintProcess::recordClarification(back, id, QStringLiteral("Kepala Seksi Verifikasi"), QDate(2026, 3, 12));
    c = ComplaintProcess::recordReviewStep(back, id, 4, QDate(2026, 3, 12), QStringLiteral("Konfirmasi selesai"));
    QVERIFY(ComplaintOrder::reviewComplete(c));
    QVERIFY(ComplaintOrder::nextStep(c).contains(QStringLiteral("item 7")));
    // Reopening the last step is allowed while no result rests on it.
    c = ComplaintProcess::recordReviewStep(back, id, 4, QDate(), QStringLiteral("diulang"));
    QVERIFY(!ComplaintOrder::reviewComplete(c));
}

// Item 7: "Hasil penelahaan pengaduan masyarakat tersebut, dikelompokkan dalam 3 (tiga) kategori":
// no result, answer or closing before the whole review. Boundary: 4 of the 5 review steps.
void TestComplaintProcess::noResultBeforeTheWholeReview()
{
    ComplaintFixture f;
    const QString id = newComplaint(f);
    Context back = f.as({Role::BackOffice});
    expectError([&] { ComplaintProcess::chooseResolution(back, id, ResolutionPaths::Internal); }, Error::Kind::Conflict,
                ComplaintOrder::RuleClassificationFirst);
    Complaint c = reviewed(back, id, 4);
    QCOMPARE(ComplaintOrder::nextReviewStep(c), 4);
    expectError([&] { ComplaintProcess::chooseResolution(back, id, ResolutionPaths::Internal); }, Error::Kind::Conflict,
                ComplaintOrder::RuleReviewBeforeResult);
    expectError(
        [&] {
            ComplaintProcess::recordAnswer(back, id, QStringLiteral("Email"), QDate(2026, 3, 12), QStringLiteral("a"));
        },
        Error::Kind::Conflict, QStringLiteral("resolution path"));
    ComplaintProcess::recordSuperiorReport(back, id, QStringLiteral("Kepala Bidang"), QDate(2026, 3, 12),
                                           QStringLiteral("Laporan"));
    expectError([&] { ComplaintProcess::close(back, id); }, Error::Kind::Conflict,
                ComplaintOrder::RuleReviewBeforeResult);
    QVERIFY(ComplaintProcess::missingForClose(ComplaintService::get(back, id))
                .join(QLatin1Char(' '))
                .contains(QStringLiteral("review steps")));
    QCOMPARE(f.auditCount(QStringLiteral("complaint.close")), 0);
    // With the fifth step the result may follow; once chosen, the review cannot be reopened.
    ComplaintProcess::recordReviewStep(back, id, 4, QDate(2026, 3, 12), QStringLiteral("Klarifikasi"));
    c = ComplaintProcess::chooseResolution(back, id, ResolutionPaths::Internal);
    QCOMPARE(c.resolutionPath, ResolutionPaths::Internal);
    expectError([&] { ComplaintProcess::recordReviewStep(back, id, 4, QDate(), {}); }, Error::Kind::Conflict,
                ComplaintOrder::RuleReviewBeforeResult);
}

// Item 7a: "diselesaikan secara berjenjang mulai dari tingkatan pelaksana sampai dengan Kepala
// DPMPTSP, dengan tetap melaporkan secara tertulis hasil tindaklanjutnya ke pejabat di atasnya".
void TestComplaintProcess::internalPathLevelByLevel()
{
    ComplaintFixture f;
    const QString id = newComplaint(f);
    Context back = f.as({Role::BackOffice});
    expectError(
        [&] {
            ComplaintProcess::addEscalation(back, id, QStringLiteral("Pelaksana"), QStringLiteral("Andi"),
                                            QDate(2026, 3, 10), QStringLiteral("r"));
        },
        Error::Kind::Conflict, QStringLiteral("resolution path"));
    reviewed(back, id);
    Complaint c = ComplaintProcess::chooseResolution(back, id, ResolutionPaths::Internal);
    QVERIFY(!ComplaintProcess::pathNeedsApproval(back.database(), c));
    QVERIFY(ComplaintProcess::nextStep(back.database(), c).contains(QStringLiteral("Pelaksana")));
    expectError(
        [&] {
            ComplaintProcess::recordAnswer(back, id, QStringLiteral("Email"), QDate(2026, 3, 12), QStringLiteral("a"));
        },
        Error::Kind::Conflict, QStringLiteral("first level"));
    // "mulai dari tingkatan pelaksana": the first level is the officer.
    expectError(
        [&] {
            ComplaintProcess::addEscalation(back, id, QStringLiteral("Kepala Seksi"), QStringLiteral("Rina"),
                                            QDate(2026, 3, 10), QStringLiteral("r"));
        },
        Error::Kind::Conflict, ComplaintLevels::RuleLevelOrder);
    c = ComplaintProcess::addEscalation(back, id, QStringLiteral("pelaksana"), QStringLiteral("Andi"),
                                        QDate(2026, 3, 10), QStringLiteral("Berkas diperiksa ulang."));
    QCOMPARE(c.state, ComplaintStates::Escalated);
    QCOMPARE(c.escalations.at(0).position, QStringLiteral("Pelaksana")); // the list's spelling
    // A level skipped: Kepala Bidang before Kepala Seksi.
    expectError(
        [&] {
            ComplaintProcess::addEscalation(back, id, QStringLiteral("Kepala Bidang"), QStringLiteral("Rina"),
                                            QDate(2026, 3, 11), QStringLiteral("r"));
        },
        Error::Kind::Conflict, QStringLiteral("Kepala Seksi"));
    expectError(
        [&] {
            ComplaintProcess::addEscalation(back, id, QStringLiteral("Kepala Bidang Pelayanan"), QStringLiteral("Rina"),
                                            QDate(2026, 3, 11), QStringLiteral("r"));
        },
        Error::Kind::Conflict, QStringLiteral("list"));
    // Not before the level below reported, and never without the written report.
    expectError(
        [&] {
            ComplaintProcess::addEscalation(back, id, QStringLiteral("Kepala Seksi"), QStringLiteral("Rina"),
                                            QDate(2026, 3, 9), QStringLiteral("x"));
        },
        Error::Kind::Invalid);
    expectError(
        [&] {
            ComplaintProcess::addEscalation(back, id, QStringLiteral("Kepala Seksi"), QStringLiteral("Rina"),
                                            QDate(2026, 3, 11), QString());
        },
        Error::Kind::Invalid);
    c = ComplaintProcess::addEscalation(back, id, QStringLiteral("Kepala Seksi"), QStringLiteral("Rina"),
                                        QDate(2026, 3, 11), QStringLiteral("Disetujui perbaikan SOP."));
    // The answer waits for the head: "sampai dengan Kepala DPMPTSP".
    expectError(
        [&] {
            ComplaintProcess::recordAnswer(back, id, QStringLiteral("Email"), QDate(2026, 3, 12), QStringLiteral("a"));
        },
        Error::Kind::Conflict, ComplaintLevels::RuleLevelsToHead);
    ComplaintProcess::addEscalation(back, id, QStringLiteral("Kepala Bidang"), QStringLiteral("Drs. Yayat"),
                                    QDate(2026, 3, 11), QStringLiteral("Diteruskan."));
    ComplaintProcess::addEscalation(back, id, QStringLiteral("Sekretaris"), QStringLiteral("Hj. Neneng"),
                                    QDate(2026, 3, 12), QStringLiteral("Diteruskan."));
    c = ComplaintProcess::addEscalation(back, id, QStringLiteral("Kepala Dinas"), QStringLiteral("H. Asep"),
                                        QDate(2026, 3, 12), QStringLiteral("Selesai."));
    QCOMPARE(c.escalations.size(), 5);
    QCOMPARE(c.escalations.at(4).level, 5);
    QCOMPARE(c.escalations.at(4).path, ResolutionPaths::Internal);
    QVERIFY(ComplaintLevels::complete(c, ComplaintLevels::defaults()));
    expectError(
        [&] {
            ComplaintProcess::addEscalation(back, id, QStringLiteral("Bupati"), QStringLiteral("X"), QDate(2026, 3, 12),
                                            QStringLiteral("x"));
        },
        Error::Kind::Conflict, ComplaintLevels::RuleLevelOrder);
    c = ComplaintProcess::recordAnswer(back, id, QStringLiteral("Email"), QDate(2026, 3, 13),
                                       QStringLiteral("Jawaban kami ..."));
    QCOMPARE(c.state, ComplaintStates::Answered);
    expectError([&] { ComplaintProcess::chooseResolution(back, id, ResolutionPaths::Apip); }, Error::Kind::Conflict);
    QCOMPARE(ComplaintService::clockState(back, c), QStringLiteral("met"));
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
    reviewed(back, id);
    ComplaintProcess::chooseResolution(back, id, ResolutionPaths::Internal);
    ComplaintProcess::addEscalation(back, id, QStringLiteral("Staf Pengaduan"), QStringLiteral("Andi"),
                                    QDate(2026, 3, 10), QStringLiteral("Laporan"));
    const Complaint c =
        ComplaintProcess::addEscalation(back, id, QStringLiteral("Kepala DPMPTSP"), QStringLiteral("H. Asep"),
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
    reviewed(back, id);
    ComplaintProcess::chooseResolution(back, id, ResolutionPaths::Technical);
    const Complaint c = climb(back, id);
    QCOMPARE(c.escalationsOn(ResolutionPaths::Technical).size(), 5);
    QCOMPARE(
        ComplaintProcess::recordAnswer(back, id, QStringLiteral("Surat"), QDate(2026, 3, 13), QStringLiteral("Jawaban"))
            .state,
        ComplaintStates::Answered);
}

// Item 7c: APIP "untuk pengaduan yang tidak bisa diselesaikan secara internal atau eksternal
// DPMPTSP. Pelibatan APIP berdasarkan persetujuan Kepala DPMPTSP/Perangkat Daerah".
void TestComplaintProcess::apipNeedsTheHeadsApproval()
{
    ComplaintFixture f;
    const QString id = newComplaint(f);
    Context back = f.as({Role::BackOffice});
    reviewed(back, id);
    // APIP first: refused.
    expectError([&] { ComplaintProcess::chooseResolution(back, id, ResolutionPaths::Apip); }, Error::Kind::Conflict,
                ComplaintOrder::RuleApipAfterAttempt);
    // No attempt to call unresolved yet.
    expectError([&] { ComplaintProcess::recordUnresolved(back, id, QDate(2026, 3, 10), QStringLiteral("x")); },
                Error::Kind::Conflict, ComplaintOrder::RuleAttemptRecorded);
    ComplaintProcess::chooseResolution(back, id, ResolutionPaths::Internal);
    expectError([&] { ComplaintProcess::recordUnresolved(back, id, QDate(2026, 3, 10), QStringLiteral("x")); },
                Error::Kind::Conflict, ComplaintOrder::RuleAttemptRecorded);
    ComplaintProcess::addEscalation(back, id, QStringLiteral("Pelaksana"), QStringLiteral("Andi"), QDate(2026, 3, 10),
                                    QStringLiteral("Dugaan pungutan di luar ketentuan; di luar kewenangan bidang."));
    expectError([&] { ComplaintProcess::recordUnresolved(back, id, QDate(2026, 3, 10), QString()); },
                Error::Kind::Invalid);
    Complaint c = ComplaintProcess::recordUnresolved(back, id, QDate(2026, 3, 10),
                                                     QStringLiteral("Perlu pemeriksaan Inspektorat"));
    QCOMPARE(c.unresolvedPath, ResolutionPaths::Internal);
    // After the unresolved internal attempt: APIP may be chosen, but needs the head's approval.
    c = ComplaintProcess::chooseResolution(back, id, ResolutionPaths::Apip);
    QVERIFY(ComplaintProcess::pathNeedsApproval(back.database(), c)); // from the standard's text, not hard-wired
    expectError(
        [&] {
            ComplaintProcess::addEscalation(back, id, QStringLiteral("Inspektorat"), QStringLiteral("Auditor"),
                                            QDate(2026, 3, 10), QStringLiteral("r"));
        },
        Error::Kind::Conflict, QStringLiteral("approval"));
    expectError(
        [&] {
            ComplaintProcess::recordAnswer(back, id, QStringLiteral("Email"), QDate(2026, 3, 12), QStringLiteral("a"));
        },
        Error::Kind::Conflict, QStringLiteral("approval"));
    expectError([&] { ComplaintProcess::approveApip(back, id, QStringLiteral("ok")); }, Error::Kind::Permission);
    Context supervisor = f.as({Role::Supervisor});
    expectError([&] { ComplaintProcess::approveApip(supervisor, id, QStringLiteral("ok")); }, Error::Kind::Permission);
    Context head = f.as({Role::Head}, QStringLiteral("kepala"));
    c = ComplaintProcess::approveApip(head, id, QStringLiteral("Dilimpahkan ke Inspektorat"));
    QVERIFY(c.apipApproved());
    QCOMPARE(c.apipApprovedBy, QStringLiteral("kepala"));
    expectError([&] { ComplaintProcess::approveApip(head, id, {}); }, Error::Kind::Conflict);
    // Switching away and back asks for the approval again.
    QVERIFY(!ComplaintProcess::chooseResolution(back, id, ResolutionPaths::Technical).apipApproved());
    c = ComplaintProcess::chooseResolution(back, id, ResolutionPaths::Apip);
    QVERIFY(!c.apipApproved());
    expectError(
        [&] {
            ComplaintProcess::addEscalation(back, id, QStringLiteral("Inspektur Pembantu"), QStringLiteral("Auditor"),
                                            QDate(2026, 3, 11), QStringLiteral("r"));
        },
        Error::Kind::Conflict, QStringLiteral("approval"));
    ComplaintProcess::approveApip(head, id, QStringLiteral("Disetujui kembali"));
    c = ComplaintProcess::addEscalation(back, id, QStringLiteral("Inspektur Pembantu"), QStringLiteral("Auditor"),
                                        QDate(2026, 3, 11), QStringLiteral("Pemeriksaan selesai."));
    QCOMPARE(c.escalationsOn(ResolutionPaths::Apip).size(), 1);
    QCOMPARE(f.auditCount(QStringLiteral("complaint.apip_approval")), 2);
    QCOMPARE(f.auditCount(QStringLiteral("complaint.unresolved")), 1);
    QCOMPARE(
        ComplaintProcess::recordAnswer(back, id, QStringLiteral("Surat"), QDate(2026, 3, 12), QStringLiteral("Jawaban"))
            .state,
        ComplaintStates::Answered);

    // A path that needs no approval cannot be "approved".
    const QString other = newComplaint(f);
    reviewed(back, other);
    ComplaintProcess::chooseResolution(back, other, ResolutionPaths::Internal);
    expectError([&] { ComplaintProcess::approveApip(head, other, {}); }, Error::Kind::Conflict);
}

void TestComplaintProcess::closingNeedsAnswerAndReport()
{
    ComplaintFixture f;
    const QString id = newComplaint(f);
    Context back = f.as({Role::BackOffice});
    expectError([&] { ComplaintProcess::close(back, id); }, Error::Kind::Conflict, QStringLiteral("5c"));
    reviewed(back, id);
    expectError([&] { ComplaintProcess::close(back, id); }, Error::Kind::Conflict, QStringLiteral("answer"));
    ComplaintProcess::chooseResolution(back, id, ResolutionPaths::Internal);
    Complaint climbed = climb(back, id);
    // The answer goes back by the channel the complaint came in by, unless the officer says otherwise.
    QCOMPARE(ComplaintProcess::suggestedAnswerChannel(climbed), climbed.channelLabel);
    climbed = ComplaintProcess::recordAnswer(back, id, QStringLiteral("WhatsApp"), QDate(2026, 3, 12),
                                             QStringLiteral("Jawaban"));
    QCOMPARE(ComplaintProcess::suggestedAnswerChannel(climbed), QStringLiteral("WhatsApp"));
    expectError([&] { ComplaintProcess::close(back, id); }, Error::Kind::Conflict, QStringLiteral("superior"));
    const int before = f.auditCount(QStringLiteral("complaint.close"));
    ComplaintProcess::recordSuperiorReport(back, id, QStringLiteral("Kepala Bidang Pelayanan"), QDate(2026, 3, 13),
                                           QStringLiteral("Laporan hasil tindak lanjut"));
    const Complaint c = ComplaintProcess::close(back, id);
    QCOMPARE(c.state, ComplaintStates::Closed);
    QVERIFY(c.closedAt.isValid());
    QCOMPARE(f.auditCount(QStringLiteral("complaint.close")), before + 1);
    expectError([&] { ComplaintProcess::setPlan(back, id, {}); }, Error::Kind::Conflict, QStringLiteral("closed"));
    expectError([&] { ComplaintProcess::close(back, id); }, Error::Kind::Conflict);
    QVERIFY(ComplaintProcess::missingForClose(c).isEmpty());

    // Suggestions are not closed this way.
    Context front = f.as({Role::FrontDesk});
    const Complaint s = ComplaintService::intake(front, ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 9), {}));
    expectError([&] { ComplaintProcess::close(back, s.id); }, Error::Kind::Conflict, QStringLiteral("suggestion"));
}

// Item 5c.2: "Jenis masalah ... diantaranya: Persyaratan; ...; Kompetensi pelaksana; dll." The
// "dll." admits other types: "Lainnya" with a description, counted apart from the listed ones.
void TestComplaintProcess::otherProblemTypeIsCountedSeparately()
{
    ComplaintFixture f;
    Context back = f.as({Role::BackOffice});
    const QStringList choices = ComplaintProcess::problemTypeChoices(ComplaintService::handling(back.database(), {}));
    QCOMPARE(choices.last(), ComplaintProcess::OtherProblemType);
    for (const QString& t : choices)
        QVERIFY2(!t.startsWith(QStringLiteral("dll"), Qt::CaseInsensitive), qPrintable(t));
    QVERIFY(choices.contains(QStringLiteral("Biaya/tarif")));

    const QString first = newComplaint(f);
    const QString second = newComplaint(f);
    const QString third = newComplaint(f);
    try {
        ComplaintProcess::classify(back, first, QStringLiteral("Perizinan Jasa"), QStringLiteral("Lainnya"));
        QFAIL("Lainnya without a description was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.field(), QStringLiteral("problem_type_other"));
    }
    Complaint c = ComplaintProcess::classify(back, first, QStringLiteral("Perizinan Jasa"), QStringLiteral("Lainnya"),
                                             QStringLiteral("Sikap petugas parkir"));
    QCOMPARE(c.problemType, QStringLiteral("Lainnya"));
    QCOMPARE(c.problemTypeOther, QStringLiteral("Sikap petugas parkir"));
    ComplaintProcess::classify(back, second, QStringLiteral("Perizinan Jasa"), QStringLiteral("Biaya/tarif"),
                               QStringLiteral("x"));
    ComplaintProcess::classify(back, third, QStringLiteral("Perizinan Jasa"), QStringLiteral("Lainnya"),
                               QStringLiteral("Antrean sistem"));
    QVERIFY(ComplaintService::get(back, second).problemTypeOther.isEmpty()); // only "Lainnya" keeps a description
    ComplaintFilter other;
    other.problemType = ComplaintProcess::OtherProblemType;
    QCOMPARE(ComplaintService::count(back, other), 2);
    ComplaintFilter fee;
    fee.problemType = QStringLiteral("Biaya/tarif");
    QCOMPARE(ComplaintService::count(back, fee), 1);
}

void TestComplaintProcess::permissionsByRole()
{
    ComplaintFixture f;
    const QString id = newComplaint(f);
    for (Role role : {Role::FrontDesk, Role::TechnicalTeam, Role::Admin}) {
        Context ctx = f.as({role});
        expectError([&] { ComplaintProcess::classify(ctx, id, {}, {}); }, Error::Kind::Permission);
        expectError([&] { ComplaintProcess::chooseResolution(ctx, id, ResolutionPaths::Internal); },
                    Error::Kind::Permission);
        expectError([&] { ComplaintProcess::close(ctx, id); }, Error::Kind::Permission);
    }
    // Nothing a refused call tried was written.
    QCOMPARE(f.auditCount(QStringLiteral("complaint.classify")), 0);
    for (Role role : {Role::BackOffice, Role::Supervisor, Role::Head}) {
        Context ctx = f.as({role});
        QCOMPARE(
            ComplaintProcess::classify(ctx, id, QStringLiteral("Perizinan Jasa"), QStringLiteral("Biaya/tarif")).state,
            ComplaintStates::InReview);
    }
    QCOMPARE(f.auditCount(QStringLiteral("complaint.classify")), 3);
}

void TestComplaintProcess::datesAreChecked()
{
    ComplaintFixture f;
    const QString id = newComplaint(f);
    Context back = f.as({Role::BackOffice});
    reviewed(back, id, 4);
    expectError([&] { ComplaintProcess::recordClarification(back, id, QStringLiteral("Andi"), QDate(2026, 3, 1)); },
                Error::Kind::Invalid, QStringLiteral("before"));
    expectError([&] { ComplaintProcess::recordClarification(back, id, QStringLiteral("Andi"), QDate(2026, 3, 30)); },
                Error::Kind::Invalid, QStringLiteral("future"));
    expectError([&] { ComplaintProcess::recordClarification(back, id, QStringLiteral("Andi"), QDate()); },
                Error::Kind::Invalid);
}

// The complaint screen asks core whether the triage may change, whether the resolution is open and
// whether a level may report, instead of repeating the rules (issue 17).
void TestComplaintProcess::rulesTheScreensAsk()
{
    Complaint c;
    c.number = QStringLiteral("PGD-A-2026-00001");
    c.kind = ComplaintKind::Complaint;
    for (const QString& state : {ComplaintStates::Received, ComplaintStates::InReview, ComplaintStates::Registered}) {
        c.state = state;
        QVERIFY2(ComplaintOrder::overrideTriage(c).allowed(), qPrintable(state));
    }
    for (const QString& state :
         {ComplaintStates::Escalated, ComplaintStates::Answered, ComplaintStates::Closed, ComplaintStates::Noted}) {
        c.state = state;
        const ComplaintRefusal r = ComplaintOrder::overrideTriage(c);
        QCOMPARE(r.rule, ComplaintOrder::RuleTriageSettled);
        QVERIFY(r.reason.contains(c.number));
    }

    c.state = ComplaintStates::InReview;
    QVERIFY(ComplaintOrder::resolutionOpen(c));
    QCOMPARE(ComplaintOrder::escalation(c, false).rule, ComplaintOrder::RulePathChosen);
    c.resolutionPath = ResolutionPaths::Apip;
    QCOMPARE(ComplaintOrder::escalation(c, true).rule, ComplaintOrder::RuleApipApproved);
    QVERIFY(ComplaintOrder::escalation(c, false).allowed());
    c.apipApprovedAt = QDateTime(QDate(2026, 3, 12), QTime(9, 0), Clock::zone());
    QVERIFY(ComplaintOrder::escalation(c, true).allowed());
    c.answerOn = QDate(2026, 3, 13);
    c.answerText = QStringLiteral("Dijawab");
    QCOMPARE(ComplaintOrder::escalation(c, true).rule, ComplaintOrder::RuleNotAnswered);
    QVERIFY(!ComplaintOrder::resolutionOpen(c));
    c.answerOn = {};
    c.state = ComplaintStates::Closed;
    QVERIFY(!ComplaintOrder::resolutionOpen(c));
    c.state = ComplaintStates::Registered;
    c.kind = ComplaintKind::Suggestion;
    QVERIFY(!ComplaintOrder::resolutionOpen(c));

    // The service refuses the override by the same rule and message.
    ComplaintFixture f;
    const QString id = newComplaint(f);
    Context back = f.as({Role::BackOffice});
    reviewed(back, id);
    ComplaintProcess::chooseResolution(back, id, ResolutionPaths::Internal);
    const Complaint escalated =
        ComplaintProcess::addEscalation(back, id, ComplaintLevels::defaults().first(), QStringLiteral("Andi"),
                                        QDate(2026, 3, 11), QStringLiteral("Laporan"));
    const QString reason = ComplaintOrder::overrideTriage(escalated).reason;
    QVERIFY(!reason.isEmpty());
    expectError(
        [&] {
            ComplaintService::overrideTriage(f.as({Role::Head}), id, ComplaintKind::Suggestion,
                                             QStringLiteral("duplikat"));
        },
        Error::Kind::Conflict, reason);
}

QTEST_GUILESS_MAIN(TestComplaintProcess)
#include "test_complaintprocess.moc"
