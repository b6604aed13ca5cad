#include "ComplaintDemo.h"

#include "ComplaintLevels.h"
#include "ComplaintProcess.h"
#include "ComplaintService.h"
#include "calendar/CalendarService.h"
#include "calendar/WorkingCalendar.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "users/UserRepository.h"

#include <QRandomGenerator>
#include <algorithm>
#include <functional>

namespace loket {

namespace {
struct ServedCase
{
    QString registration;
    QString kbli;
    QDate handedOver;
};

// Handed-over demo cases, newest first, with the applicant who can complain about them.
QList<ServedCase> servedCases(const Context& ctx, const QDate& since)
{
    SqlQuery q(ctx.db(), QStringLiteral("SELECT registration_number, kbli, handed_over_date FROM cases WHERE "
                                        "handed_over_date >= :since AND stage = 'handed_over' ORDER BY "
                                        "handed_over_date DESC, registration_number LIMIT 400"));
    q.bind(QStringLiteral(":since"), since.toString(Qt::ISODate)).exec();
    QList<ServedCase> out;
    while (q.next())
        out.append(
            {q.value(0).toString(), q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate)});
    return out;
}

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
void resolve(const ComplaintService& service, ComplaintProcess& process, const Context& head, const QString& id,
             const QString& path, const QStringList& posts, const std::function<QDate(int)>& dayAfter)
{
    if (path == ResolutionPaths::Apip) {
        process.chooseResolution(id, ResolutionPaths::Internal);
        process.addEscalation(id, posts.first(), QStringLiteral("Pejabat %1").arg(posts.first()), dayAfter(3),
                              QStringLiteral("Di luar kewenangan bidang; perlu pemeriksaan."));
        process.recordUnresolved(id, dayAfter(3), QStringLiteral("Tidak dapat diselesaikan secara internal."));
        process.chooseResolution(id, ResolutionPaths::Apip);
        ComplaintProcess(head).approveApip(id, QStringLiteral("Dilimpahkan ke Inspektorat Kabupaten."));
        process.addEscalation(id, QStringLiteral("Inspektorat"), QStringLiteral("Auditor Inspektorat"), dayAfter(6),
                              QStringLiteral("Pemeriksaan selesai."));
    } else {
        process.chooseResolution(id, path);
        for (int level = 0; level < posts.size(); ++level)
            process.addEscalation(id, posts.at(level), QStringLiteral("Pejabat %1").arg(posts.at(level)),
                                  dayAfter(3 + level), QStringLiteral("Laporan tertulis kepada atasan."));
    }
    process.recordAnswer(id, ComplaintProcess::suggestedAnswerChannel(service.get(id)), dayAfter(8),
                         QStringLiteral("Terima kasih atas pengaduan Bapak/Ibu; telah kami tindak lanjuti."));
    process.recordSuperiorReport(id, QStringLiteral("Kepala DPMPTSP"), dayAfter(9),
                                 QStringLiteral("Laporan hasil penanganan pengaduan."));
    process.close(id);
}
} // namespace

ComplaintDemo::Summary ComplaintDemo::generate(const Context& ctx, quint32 seed)
{
    Summary summary;
    QRandomGenerator random(seed);
    const QDate today = ctx.clock().today();
    const QList<ServedCase> served = servedCases(ctx, today.addDays(-150));
    if (served.size() < 4 || !UserRepository(ctx.db()).findByName(QStringLiteral("loket")))
        return summary;
    const Context front(ctx.database(), ctx.clock(), demoActor(ctx, QStringLiteral("loket"), Role::FrontDesk));
    const Context back(ctx.database(), ctx.clock(), demoActor(ctx, QStringLiteral("backoffice"), Role::BackOffice));
    const Context head(ctx.database(), ctx.clock(), demoActor(ctx, QStringLiteral("kepala"), Role::Head));
    ComplaintService service(front);
    ComplaintProcess process(back);
    const auto calendar = CalendarService(ctx.database()).current();
    const QStringList posts = ComplaintLevels::positions(ctx.database());

    // Each demo complaint: which channel, how long after the hand-over it came in, and how far it got.
    enum class Fate
    {
        Open,
        Reviewed,
        Internal,
        Technical,
        Apip
    };
    auto receivedFor = [&](const ServedCase& sc, int afterDays) {
        QDate day = sc.handedOver.addDays(afterDays);
        if (day > today)
            day = today;
        const QDateTime at(day, QTime(8 + int(random.bounded(7)), int(random.bounded(60))), Clock::zone());
        return at < ctx.clock().now() ? at : ctx.clock().now().addSecs(-60 * (1 + int(random.bounded(60))));
    };
    const ComplaintHandling h = service.handling(served.first().kbli);
    QStringList types = ComplaintProcess::problemTypeChoices(h); // the standard's list without "dll."
    types.removeAll(ComplaintProcess::OtherProblemType);
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
    // Received oldest first, so complaint numbers grow with time and the oldest are the finished ones.
    std::stable_sort(intakes.begin(), intakes.end(),
                     [](const ComplaintIntake& a, const ComplaintIntake& b) { return a.receivedAt < b.receivedAt; });
    for (int i = 0; i < intakes.size(); ++i) {
        ComplaintIntake in = intakes.at(i);
        in.complainantName = QStringLiteral("Pelapor Demo %1").arg(i + 1);
        in.complainantContact = QStringLiteral("0812%1").arg(30000000 + i * 7919);
        const Complaint c = service.intake(in);
        if (c.kind == ComplaintKind::Suggestion) {
            ++summary.suggestions;
            if (i % 2 == 1)
                ComplaintService(back).noteSuggestion(c.id, QStringLiteral("Dibahas dalam rapat evaluasi pelayanan."));
            continue;
        }
        ++summary.complaints;
        // The first three go down one resolution path each; the rest stay at some step, and those
        // received more than 14 working days ago are overdue.
        const Fate fate = summary.complaints == 1   ? Fate::Internal
                          : summary.complaints == 2 ? Fate::Technical
                          : summary.complaints == 3 ? Fate::Apip
                          : summary.complaints % 2  ? Fate::Reviewed
                                                    : Fate::Open;
        if (fate == Fate::Open)
            continue;
        const QDate got = c.receivedAt.date();
        auto dayAfter = [&](int n) {
            const QDate d = calendar->addWorkingDays(got, n);
            return d > today ? today : d;
        };
        process.classify(c.id, c.serviceName.isEmpty() ? QStringLiteral("Perizinan") : c.serviceName,
                         types.value(i % std::max(1, int(types.size()))));
        for (int step = 0; step < 5; ++step) {
            if (step == 3) {
                ComplaintPlan plan;
                plan.clarification = true;
                process.setPlan(c.id, plan);
            }
            process.recordReviewStep(c.id, step, dayAfter(1 + step / 2), QStringLiteral("Dilakukan sesuai standar."));
        }
        if (fate == Fate::Reviewed)
            continue;
        resolve(service, process, head, c.id,
                fate == Fate::Apip       ? ResolutionPaths::Apip
                : fate == Fate::Internal ? ResolutionPaths::Internal
                                         : ResolutionPaths::Technical,
                posts, dayAfter);
        ++summary.closed;
    }
    return summary;
}

} // namespace loket
