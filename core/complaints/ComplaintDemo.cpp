#include "ComplaintDemo.h"

#include "ComplaintLevels.h"
#include "ComplaintProcess.h"
#include "ComplaintRepository.h"
#include "ComplaintService.h"
#include "calendar/CalendarService.h"
#include "calendar/WorkingCalendar.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "storage/Database.h"
#include "users/UserRepository.h"

#include <QRandomGenerator>
#include <algorithm>
#include <functional>

namespace loket {

namespace {
Actor demoActor(const Context& ctx, const QString& username, Role role)
{
    Actor a;
    a.username = username;
    a.roles = Roles{role};
    if (const auto u = UserRepository(ctx.db()).findByName(username)) {
        a.userId = u->id;
        a.displayName = u->displayName;
    }
    return a;
}

const char* const kObjects[] = {
    "Izin belum terbit padahal sudah lewat jangka waktu penyelesaian.",
    "Petugas loket meminta berkas tambahan yang tidak ada dalam persyaratan.",
    "Informasi persyaratan di laman berbeda dengan yang disampaikan di loket.",
    "Antrean di Mal Pelayanan Publik terlalu lama.",
    "Dugaan permintaan biaya di luar ketentuan saat peninjauan lapangan.",
    "Nama usaha pada izin yang diterima salah ketik.",
};

// Carries a reviewed complaint down `path` to closing: level by level up to the head (internal,
// technical), or APIP after an unresolved internal attempt and the head's approval; then the
// answer by the channel it came in by, the report to the superior, and closing.
void resolve(const Context& back, const Context& head, const QString& id, const QString& path, const QStringList& posts,
             const std::function<QDate(int)>& dayAfter)
{
    if (path == ResolutionPaths::Apip) {
        ComplaintProcess::chooseResolution(back, id, ResolutionPaths::Internal);
        ComplaintProcess::addEscalation(back, id, posts.first(), QStringLiteral("Pejabat %1").arg(posts.first()),
                                        dayAfter(3), QStringLiteral("Di luar kewenangan bidang; perlu pemeriksaan."));
        ComplaintProcess::recordUnresolved(back, id, dayAfter(3),
                                           QStringLiteral("Tidak dapat diselesaikan secara internal."));
        ComplaintProcess::chooseResolution(back, id, ResolutionPaths::Apip);
        ComplaintProcess::approveApip(head, id, QStringLiteral("Dilimpahkan ke Inspektorat Kabupaten."));
        ComplaintProcess::addEscalation(back, id, QStringLiteral("Inspektorat"), QStringLiteral("Auditor Inspektorat"),
                                        dayAfter(6), QStringLiteral("Pemeriksaan selesai."));
    } else {
        ComplaintProcess::chooseResolution(back, id, path);
        for (int level = 0; level < posts.size(); ++level)
            ComplaintProcess::addEscalation(back, id, posts.at(level),
                                            QStringLiteral("Pejabat %1").arg(posts.at(level)), dayAfter(3 + level),
                                            QStringLiteral("Laporan tertulis kepada atasan."));
    }
    ComplaintProcess::recordAnswer(back, id, ComplaintProcess::suggestedAnswerChannel(ComplaintService::get(back, id)),
                                   dayAfter(8),
                                   QStringLiteral("Terima kasih atas pengaduan Bapak/Ibu; telah kami tindak lanjuti."));
    ComplaintProcess::recordSuperiorReport(back, id, QStringLiteral("Kepala DPMPTSP"), dayAfter(9),
                                           QStringLiteral("Laporan hasil penanganan pengaduan."));
    ComplaintProcess::close(back, id);
}
} // namespace

namespace {
// How far a demo complaint gets.
enum class Fate
{
    Open,
    Reviewed,
    Internal,
    Technical,
    Apip
};

// The first three go down one resolution path each; the rest stay at some step, and those
// received more than 14 working days ago are overdue.
Fate fateOf(int complaintNumber)
{
    return complaintNumber == 1   ? Fate::Internal
           : complaintNumber == 2 ? Fate::Technical
           : complaintNumber == 3 ? Fate::Apip
           : complaintNumber % 2  ? Fate::Reviewed
                                  : Fate::Open;
}

// One intake per channel of the standard, about hand-overs of different ages, oldest first so
// that complaint numbers grow with time and the oldest are the finished ones.
QList<ComplaintIntake> demoIntakes(const Context& ctx, const QList<ServedCase>& served, const ComplaintHandling& h,
                                   QRandomGenerator& random)
{
    const QDate today = ctx.clock().today();
    auto receivedFor = [&](const ServedCase& sc, int afterDays) {
        QDate day = sc.handedOver.addDays(afterDays);
        if (day > today)
            day = today;
        const QDateTime at(day, QTime(8 + int(random.bounded(7)), int(random.bounded(60))), Clock::zone());
        return at < ctx.clock().now() ? at : ctx.clock().now().addSecs(-60 * (1 + int(random.bounded(60))));
    };
    QList<ComplaintIntake> intakes;
    for (int i = 0; i < h.channels.size(); ++i) {
        const ServedCase& sc = served.at((i * 7 + 5) % served.size()); // hand-overs of different ages
        // Every fourth comes after the 30-day window: a suggestion (item 3 of component 6).
        const bool late = i % 4 == 3;
        ComplaintIntake in;
        in.channelKey = h.channels.at(i).key;
        in.receivedAt = receivedFor(sc, late ? 31 + int(random.bounded(20)) : 1 + int(random.bounded(20)));
        in.caseRegNumber = sc.registration;
        in.objectText = QString::fromUtf8(kObjects[i % int(std::size(kObjects))]);
        intakes.append(in);
    }
    std::stable_sort(intakes.begin(), intakes.end(),
                     [](const ComplaintIntake& a, const ComplaintIntake& b) { return a.receivedAt < b.receivedAt; });
    for (int i = 0; i < intakes.size(); ++i) {
        intakes[i].complainantName = QStringLiteral("Pelapor Demo %1").arg(i + 1);
        intakes[i].complainantContact = QStringLiteral("0812%1").arg(30000000 + i * 7919);
    }
    return intakes;
}

// Classifies the complaint and records the review steps a to e, the plan with step d.
void review(const Context& back, const Complaint& c, const QString& problemType,
            const std::function<QDate(int)>& dayAfter)
{
    ComplaintProcess::classify(back, c.id, c.serviceName.isEmpty() ? QStringLiteral("Perizinan") : c.serviceName,
                               problemType);
    for (int step = 0; step < 5; ++step) {
        if (step == 3) {
            ComplaintPlan plan;
            plan.clarification = true;
            ComplaintProcess::setPlan(back, c.id, plan);
        }
        ComplaintProcess::recordReviewStep(back, c.id, step, dayAfter(1 + step / 2),
                                           QStringLiteral("Dilakukan sesuai standar."));
    }
}
} // namespace

ComplaintDemo::Summary ComplaintDemo::generate(const Context& ctx, quint32 seed)
{
    Summary summary;
    QRandomGenerator random(seed);
    const QDate today = ctx.clock().today();
    const QList<ServedCase> served = ComplaintRepository(ctx.db()).servedCases(today.addDays(-150), 400);
    if (served.size() < 4 || !UserRepository(ctx.db()).findByName(QStringLiteral("loket")))
        return summary;
    const Context front(ctx.database(), ctx.clock(), demoActor(ctx, QStringLiteral("loket"), Role::FrontDesk));
    const Context back(ctx.database(), ctx.clock(), demoActor(ctx, QStringLiteral("backoffice"), Role::BackOffice));
    const Context head(ctx.database(), ctx.clock(), demoActor(ctx, QStringLiteral("kepala"), Role::Head));
    const auto calendar = CalendarService::current(ctx.database());
    const QStringList posts = ComplaintLevels::positions(ctx.database());
    const ComplaintHandling h = ComplaintService::handling(ctx.database(), served.first().kbli);
    QStringList types = ComplaintProcess::problemTypeChoices(h); // the standard's list without "dll."
    types.removeAll(ComplaintProcess::OtherProblemType);
    const QList<ComplaintIntake> intakes = demoIntakes(ctx, served, h, random);
    for (int i = 0; i < intakes.size(); ++i) {
        const Complaint c = ComplaintService::intake(front, intakes.at(i));
        if (c.kind == ComplaintKind::Suggestion) {
            ++summary.suggestions;
            if (i % 2 == 1)
                ComplaintService::noteSuggestion(back, c.id, QStringLiteral("Dibahas dalam rapat evaluasi pelayanan."));
            continue;
        }
        const Fate fate = fateOf(++summary.complaints);
        if (fate == Fate::Open)
            continue;
        const QDate got = c.receivedAt.date();
        auto dayAfter = [&](int n) {
            const QDate d = calendar->addWorkingDays(got, n);
            return d > today ? today : d;
        };
        review(back, c, types.value(i % std::max(1, int(types.size()))), dayAfter);
        if (fate == Fate::Reviewed)
            continue;
        resolve(back, head, c.id,
                fate == Fate::Apip       ? ResolutionPaths::Apip
                : fate == Fate::Internal ? ResolutionPaths::Internal
                                         : ResolutionPaths::Technical,
                posts, dayAfter);
        ++summary.closed;
    }
    return summary;
}

} // namespace loket
