#include "ComplaintService.h"

#include "ComplaintAttachmentStore.h"
#include "ComplaintOrder.h"
#include "ComplaintValidation.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarService.h"
#include "calendar/ComplaintClock.h"
#include "calendar/WorkingCalendar.h"
#include "common/Bounds.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace loket {

namespace {
const QString kRecord = QStringLiteral("complaint");
using complaint_checks::kMaxText;
using complaint_checks::requireText;

// Built-in review steps for a database without a catalogue entry (the standard's item 6 a..e).
QStringList fallbackReviewSteps()
{
    return {QCoreApplication::translate("loket::ComplaintService", "Formulate the core problem of the complaint"),
            QCoreApplication::translate("loket::ComplaintService", "Link the complaint to the service standard, SOP or regulation"),
            QCoreApplication::translate("loket::ComplaintService", "Examine prior documents and information"),
            QCoreApplication::translate("loket::ComplaintService", "Plan the handling: clarification, confirmation, research or examination, investigation"),
            QCoreApplication::translate("loket::ComplaintService", "Carry out the clarification and record with whom")};
}
} // namespace

struct ComplaintService::Call
{
    explicit Call(const Context& context) : ctx(context), links(context.database()), repo(context.db()) {}

    // The calendar, at-risk days and basis key, read once per call.
    struct ClockSetup
    {
        std::shared_ptr<const WorkingCalendar> calendar;
        int atRiskDays = 2;
        QString basis;
    };
    const ClockSetup& clockSetup()
    {
        if (!clock) {
            ClockSetup setup;
            setup.calendar = CalendarService::current(ctx.database());
            setup.atRiskDays = CalendarService::atRiskDays(ctx.database());
            setup.basis = QStringLiteral("v%1/r%2").arg(setup.calendar->version()).arg(setup.atRiskDays);
            clock = setup;
        }
        return *clock;
    }
    ClockResult answerClock(const Complaint& c)
    {
        const ClockSetup& setup = clockSetup();
        return ComplaintClock::answerClock(*setup.calendar, c.receivedAt, c.answerWorkingDays, ctx.clock().today(),
                                           c.answerOn.isValid() ? std::optional<QDate>(c.answerOn) : std::nullopt,
                                           setup.atRiskDays);
    }

    const Context& ctx;
    ComplaintLinks links;
    ComplaintRepository repo;
    std::optional<ClockSetup> clock;
};

ComplaintHandling ComplaintService::handling(const Database& db, const QString& serviceKbli)
{
    const auto s = ComplaintLinks(db).standardOrDefault(serviceKbli);
    return s ? s->complaints : ComplaintHandling{};
}

ComplaintHandling ComplaintService::handlingOf(const Database& db, const Complaint& c)
{
    const auto s = ComplaintLinks(db).version(c.standardId, c.serviceKbli);
    return s ? s->complaints : ComplaintHandling{};
}

QList<ServiceStandard> ComplaintService::services(const Database& db)
{
    return ComplaintLinks(db).services();
}

void ComplaintService::requireRead(const Context& ctx)
{
    const Actor& a = ctx.actor();
    if (a.can(Permission::RegisterComplaint) || a.can(Permission::HandleComplaint) || a.can(Permission::ViewReports))
        return;
    ctx.require(Permission::HandleComplaint); // throws with the usual message
}

void ComplaintService::computeClock(Call& call, Complaint& c)
{
    if (!c.isComplaint()) {
        c.dueOn = {};
        c.atRiskOn = {};
        c.clockBasis.clear();
        return;
    }
    const Call::ClockSetup& setup = call.clockSetup();
    const ClockResult r = call.answerClock(c);
    c.dueOn = r.dueDate;
    c.atRiskOn = setup.calendar->addWorkingDays(r.dueDate, -setup.atRiskDays);
    c.clockBasis = setup.basis;
}

ClockResult ComplaintService::answerClock(const Context& ctx, const Complaint& c)
{
    if (!c.isComplaint())
        return {};
    Call call(ctx);
    return call.answerClock(c);
}

QString ComplaintService::clockState(const Context& ctx, const Complaint& c)
{
    return ComplaintRepository::storedClockState(c, ctx.clock().today());
}

QDate ComplaintService::serviceDay(const ComplaintIntake& in, const RelatedCase& related, const QDateTime& received)
{
    // "sejak pemohon menerima pelayanan": the case's service day, or a visit's date without a case.
    if (!in.serviceDate.isValid())
        return related.serviceReceivedOn;
    QString message;
    if (!in.caseRegNumber.trimmed().isEmpty())
        message = tr("The service date comes from the related case; leave it empty when a case is named.");
    else if (in.serviceDate > received.date())
        message = tr("The service date (%1) cannot be after the complaint was received.")
                      .arg(in.serviceDate.toString(Qt::ISODate));
    if (message.isEmpty())
        return in.serviceDate;
    throw Error::invalid(message, QStringLiteral("service_date"));
}

void ComplaintService::checkIntakeText(const ComplaintIntake& in)
{
    if (in.objectText.size() > kMaxText)
        throw Error::invalid(tr("The object of the complaint is too long (at most %1 characters).").arg(kMaxText),
                             QStringLiteral("object"));
    // Issue 14: a complaint received in 1900, a NUL in a name, 10 MB in a field.
    if (in.receivedAt.date() < Bounds::firstDay())
        throw Error::invalid(
            tr("The complaint cannot be received before %1 (%2).")
                .arg(Bounds::firstDay().toString(Qt::ISODate), in.receivedAt.date().toString(Qt::ISODate)),
            QStringLiteral("received"));
    Bounds::text(in.complainantName, Bounds::kName, QStringLiteral("name"), tr("The complainant's name"));
    Bounds::text(in.complainantIdNumber, Bounds::kShortText, QStringLiteral("id_number"), tr("The ID number"));
    Bounds::text(in.complainantContact, Bounds::kShortText, QStringLiteral("contact"), tr("The contact"));
    Bounds::text(in.complainantAddress, Bounds::kAddress, QStringLiteral("address"), tr("The address"));
    Bounds::text(in.objectText, Bounds::kLongText, QStringLiteral("object"), tr("The object of the complaint"), true);
    for (const QString& p : in.attachmentPaths) {
        if (!QFileInfo(p).isFile())
            throw Error::invalid(tr("Attachment %1 cannot be read.").arg(p), QStringLiteral("attachment"));
    }
}

namespace {
// The channel of the standard the intake names (by key or kind), as (key, label); empty when none.
std::pair<QString, QString> channelOf(const ComplaintHandling& h, const QString& key)
{
    std::pair<QString, QString> found;
    for (const ComplaintChannel& ch : h.channels) {
        if (ch.key == key || ch.kind == key)
            found = {ch.key, ch.label};
    }
    return found;
}

TriageInput triageInput(const Complaint& c, bool caseFound)
{
    TriageInput t;
    t.received = c.receivedAt;
    t.complainantName = c.complainantName;
    t.complainantIdNumber = c.complainantIdNumber;
    t.objectText = c.objectText;
    t.caseRegNumber = c.caseRegNumber;
    t.caseFound = caseFound;
    t.serviceReceivedOn = c.caseHandedOverOn;
    t.windowCalendarDays = c.windowDays;
    t.answerWorkingDays = c.answerWorkingDays;
    return t;
}
} // namespace

Complaint ComplaintService::prepareOne(Call& call, const ComplaintIntake& in)
{
    const Context& ctx = call.ctx;
    Complaint c;
    c.serviceKbli = in.serviceKbli.trimmed();
    c.caseRegNumber = in.caseRegNumber.trimmed();
    const RelatedCase related = c.caseRegNumber.isEmpty() ? RelatedCase{} : call.links.relatedCase(c.caseRegNumber);
    if (c.serviceKbli.isEmpty() && related.found)
        c.serviceKbli = related.kbli;
    const std::optional<ServiceStandard> standard =
        c.serviceKbli.isEmpty() ? call.links.standardOrDefault({}) : call.links.standard(c.serviceKbli);
    if (!standard && !c.serviceKbli.isEmpty())
        throw Error::invalid(tr("No current service standard has KBLI %1.").arg(c.serviceKbli),
                             QStringLiteral("service"));
    if (!standard || standard->complaints.channels.isEmpty())
        throw Error::invalid(tr("No service standard lists complaint channels; import the catalogue first."),
                             QStringLiteral("channel"));
    const ComplaintHandling& h = standard->complaints;
    const QString key = in.channelKey.trimmed();
    std::tie(c.channelKey, c.channelLabel) = channelOf(h, key);
    if (c.channelKey.isEmpty()) {
        QStringList keys;
        for (const ComplaintChannel& ch : h.channels)
            keys << ch.key;
        throw Error::invalid(
            tr("Channel \"%1\" is not one of the standard's channels (%2).").arg(key, keys.join(QStringLiteral(", "))),
            QStringLiteral("channel"));
    }
    if (!in.receivedAt.isValid())
        throw Error::invalid(tr("The date and time the complaint was received are missing."),
                             QStringLiteral("received"));
    if (in.receivedAt > ctx.clock().now().addSecs(60))
        throw Error::invalid(
            tr("The complaint cannot be received in the future (%1).").arg(in.receivedAt.toString(Qt::ISODate)),
            QStringLiteral("received"));
    checkIntakeText(in);
    c.receivedAt = in.receivedAt.toTimeZone(Clock::zone());
    c.complainantName = in.complainantName.trimmed();
    c.complainantIdNumber = in.complainantIdNumber.trimmed();
    c.complainantContact = in.complainantContact.trimmed();
    c.complainantAddress = in.complainantAddress.trimmed();
    c.objectText = in.objectText.trimmed();
    c.caseHandedOverOn = serviceDay(in, related, c.receivedAt);
    c.standardId = standard->id; // pins the component 6 the complaint is handled under
    if (!c.serviceKbli.isEmpty()) {
        c.serviceName = standard->name;
        c.sector = standard->sector;
    }
    c.windowDays = h.windowCalendarDays > 0 ? h.windowCalendarDays : ComplaintClock::kDefaultWindowCalendarDays;
    c.answerWorkingDays = h.answerWorkingDays > 0 ? h.answerWorkingDays : ComplaintClock::kDefaultAnswerWorkingDays;

    const TriageResult triage = ComplaintTriage::evaluate(triageInput(c, related.found));
    c.kind = c.triageKind = triage.kind;
    c.triageRule = triage.rule;
    c.state = c.isComplaint() ? ComplaintStates::Received : ComplaintStates::Registered;
    c.workstation = ctx.workstation();
    c.registeredBy = ctx.actor().displayName.isEmpty() ? ctx.actor().username : ctx.actor().displayName;
    c.createdAt = c.updatedAt = ctx.clock().now();
    computeClock(call, c);
    c.reviewSteps = reviewStepsFor(call, c);
    return c;
}

QList<Complaint> ComplaintService::prepare(const Context& ctx, const QList<ComplaintIntake>& intakes,
                                           const std::function<void(int, const Error&)>& refused)
{
    Call call(ctx);
    QList<Complaint> out;
    for (int i = 0; i < intakes.size(); ++i) {
        try {
            out.append(prepareOne(call, intakes[i]));
        } catch (const Error& e) {
            if (e.kind() != Error::Kind::Invalid)
                throw;
            refused(i, e);
        }
    }
    return out;
}

QList<ComplaintReviewStep> ComplaintService::reviewStepsFor(Call& call, const Complaint& c)
{
    if (!c.isComplaint())
        return {};
    const auto standard = call.links.version(c.standardId, c.serviceKbli);
    QStringList labels = standard ? standard->complaints.reviewSteps : QStringList();
    if (labels.isEmpty())
        labels = fallbackReviewSteps();
    QList<ComplaintReviewStep> steps;
    for (int i = 0; i < labels.size(); ++i) {
        ComplaintReviewStep s;
        s.position = i;
        s.label = labels[i];
        steps.append(s);
    }
    return steps;
}

ComplaintPreview ComplaintService::preview(const Context& ctx, const ComplaintIntake& intake)
{
    ctx.require(Permission::RegisterComplaint);
    Call call(ctx);
    const Complaint c = prepareOne(call, intake);
    ComplaintPreview p;
    p.triage = triageOf(c);
    p.relatedCase = c.caseRegNumber.isEmpty() ? RelatedCase{} : call.links.relatedCase(c.caseRegNumber);
    p.serviceName = c.serviceName;
    p.channelLabel = c.channelLabel;
    p.dueOn = c.dueOn;
    if (c.isComplaint())
        p.dueInUnconfirmedYear = call.answerClock(c).dueInUnconfirmedYear;
    return p;
}

TriageResult ComplaintService::triageOf(const Complaint& c)
{
    TriageResult r = ComplaintTriage::evaluate(triageInput(c, c.triageRule != ComplaintTriage::RuleCaseUnknown));
    // The stored rule is what decided at intake; the numbers are recomputed for the text.
    r.rule = c.triageRule;
    r.kind = c.triageKind;
    return r;
}

void ComplaintService::insertPrepared(const Context& ctx, QList<Complaint>& complaints)
{
    ComplaintRepository repo(ctx.db());
    for (Complaint& c : complaints) {
        c.id = newId();
        const int year = c.receivedAt.date().year();
        const int seq = repo.nextSeq(c.workstation, year);
        c.number = QStringLiteral("PGD-%1-%2-%3").arg(c.workstation).arg(year).arg(seq, 5, 10, QLatin1Char('0'));
        repo.insert(c);
        AuditLog::append(ctx, QStringLiteral("complaint.intake"), kRecord, c.id, {}, c.auditJson());
    }
}

Complaint ComplaintService::intake(const Context& ctx, const ComplaintIntake& in)
{
    ctx.require(Permission::RegisterComplaint);
    Call call(ctx);
    QList<Complaint> one{prepareOne(call, in)};
    Complaint& c = one.first();
    ComplaintAttachmentStore store(ctx.database());
    QList<ComplaintAttachment> copied;
    try {
        Transaction tx(ctx.db());
        insertPrepared(ctx, one);
        for (const QString& path : in.attachmentPaths) {
            ComplaintAttachment a = store.store(c.id, path, ctx.clock().now());
            copied.append(a);
            call.repo.insertAttachment(c.id, a, c.workstation);
            AuditLog::append(ctx, QStringLiteral("complaint.attachment"), kRecord, c.id, {},
                             QJsonObject{{QStringLiteral("file"), a.fileName}, {QStringLiteral("sha256"), a.sha256}});
        }
        tx.commit();
    } catch (...) {
        for (const ComplaintAttachment& a : copied)
            store.discard(a);
        throw;
    }
    return load(call.repo, c.id);
}

Complaint ComplaintService::addAttachment(const Context& ctx, const QString& id, const QString& path)
{
    if (!ctx.actor().can(Permission::HandleComplaint))
        ctx.require(Permission::RegisterComplaint);
    ComplaintRepository repo(ctx.db());
    Complaint c = load(repo, id);
    ComplaintAttachmentStore store(ctx.database());
    const ComplaintAttachment a = store.store(c.id, path, ctx.clock().now());
    try {
        Transaction tx(ctx.db());
        repo.insertAttachment(c.id, a, c.workstation);
        AuditLog::append(ctx, QStringLiteral("complaint.attachment"), kRecord, c.id, {},
                         QJsonObject{{QStringLiteral("file"), a.fileName}, {QStringLiteral("sha256"), a.sha256}});
        tx.commit();
    } catch (...) {
        store.discard(a);
        throw;
    }
    return load(repo, c.id);
}

Complaint ComplaintService::load(const ComplaintRepository& repo, const QString& id)
{
    auto c = repo.find(id);
    if (!c)
        throw Error::notFound(tr("There is no complaint %1.").arg(id));
    return *c;
}

Complaint ComplaintService::get(const Context& ctx, const QString& idOrNumber)
{
    requireRead(ctx);
    Call call(ctx);
    Complaint c = load(call.repo, idOrNumber.trimmed());
    computeClock(call, c); // show the clock of the current calendar even before the register refreshes
    return c;
}

ComplaintPriorInfo ComplaintService::prior(const Context& ctx, const Complaint& c)
{
    requireRead(ctx);
    ComplaintPriorInfo info;
    if (!c.caseRegNumber.isEmpty())
        info.relatedCase = ComplaintLinks(ctx.database()).relatedCase(c.caseRegNumber, true);
    info.earlier = ComplaintRepository(ctx.db()).related(c, 50);
    return info;
}

int ComplaintService::count(const Context& ctx, const ComplaintFilter& filter)
{
    requireRead(ctx);
    refreshClocks(ctx);
    return ComplaintRepository(ctx.db()).count(filter, ctx.clock().today());
}

QList<Complaint> ComplaintService::page(const Context& ctx, const ComplaintFilter& filter, const ComplaintCursor& after,
                                        int limit)
{
    requireRead(ctx);
    if (after.isNull())
        refreshClocks(ctx);
    return ComplaintRepository(ctx.db()).page(filter, ctx.clock().today(), after, limit);
}

void ComplaintService::refreshClocks(const Context& ctx)
{
    Call call(ctx);
    const QString basis = call.clockSetup().basis;
    for (;;) {
        const QList<Complaint> stale = call.repo.staleClocks(basis, 2000);
        if (stale.isEmpty())
            return;
        Transaction tx(ctx.db());
        for (Complaint c : stale) {
            computeClock(call, c);
            call.repo.updateClock(c.id, c.dueOn, c.atRiskOn, basis);
        }
        tx.commit();
    }
}

void ComplaintService::requireOpenComplaint(const Complaint& c)
{
    if (!c.isComplaint())
        throw Error::conflict(tr("%1 is a suggestion; only complaints are reviewed and answered.").arg(c.number));
    if (c.state == ComplaintStates::Closed)
        throw Error::conflict(tr("Complaint %1 is closed.").arg(c.number));
}

Complaint ComplaintService::change(const Context& ctx, const QString& id, const QString& action,
                                   const std::function<void(Complaint&)>& edit, const QString& note)
{
    Call call(ctx);
    Transaction tx(ctx.db());
    Complaint c = load(call.repo, id);
    const QJsonObject before = c.auditJson();
    edit(c);
    computeClock(call, c);
    call.repo.update(c, ctx.clock().now());
    AuditLog::append(ctx, action, kRecord, c.id, before, c.auditJson(), note);
    tx.commit();
    return load(call.repo, c.id);
}

Complaint ComplaintService::overrideTriage(const Context& ctx, const QString& id, ComplaintKind kind,
                                           const QString& reason)
{
    ctx.require(Permission::OverrideTriage);
    requireText(reason, tr("Overriding the triage needs a reason; it is logged."), QStringLiteral("reason"),
                tr("The reason"));
    return change(
        ctx, id, QStringLiteral("complaint.override_triage"),
        [&](Complaint& c) {
            if (c.kind == kind)
                throw Error::conflict(tr("%1 is already a %2.").arg(c.number, complaintKindTitle(kind).toLower()));
            if (const ComplaintRefusal settled = ComplaintOrder::overrideTriage(c); !settled.allowed())
                throw Error::conflict(settled.reason);
            c.kind = kind;
            c.overridden = kind != c.triageKind;
            c.overrideReason = c.overridden ? reason.trimmed() : QString();
            c.overrideBy = c.overridden ? ctx.actor().username : QString();
            c.overrideAt = c.overridden ? ctx.clock().now() : QDateTime();
            c.state = c.isComplaint() ? ComplaintStates::Received : ComplaintStates::Registered;
            if (c.isComplaint() && c.reviewSteps.isEmpty()) {
                Call call(ctx);
                for (const ComplaintReviewStep& s : reviewStepsFor(call, c))
                    call.repo.saveReviewStep(c.id, s, ctx.clock().now(), c.workstation);
            }
        },
        reason.trimmed());
}

Complaint ComplaintService::noteSuggestion(const Context& ctx, const QString& id, const QString& note)
{
    ctx.require(Permission::HandleComplaint);
    requireText(note, tr("Write what was done with the suggestion."), QStringLiteral("note"), tr("The note"));
    return change(ctx, id, QStringLiteral("complaint.note_suggestion"), [&](Complaint& c) {
        if (c.isComplaint())
            throw Error::conflict(tr("%1 is a complaint; it is answered and closed, not noted.").arg(c.number));
        c.note = note.trimmed();
        c.state = ComplaintStates::Noted;
    });
}

} // namespace loket
