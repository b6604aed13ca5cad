#include "ComplaintService.h"

#include "ComplaintAttachmentStore.h"
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

ComplaintService::ComplaintService(const Context& ctx) : m_ctx(ctx), m_links(ctx), m_repo(ctx.db())
{
}

ComplaintHandling ComplaintService::handling(const QString& serviceKbli) const
{
    const auto s = m_links.standardOrDefault(serviceKbli);
    return s ? s->complaints : ComplaintHandling{};
}

ComplaintHandling ComplaintService::handlingOf(const Complaint& c) const
{
    const auto s = m_links.version(c.standardId, c.serviceKbli);
    return s ? s->complaints : ComplaintHandling{};
}

QList<ServiceStandard> ComplaintService::services() const
{
    return m_links.services();
}

void ComplaintService::requireRead() const
{
    const Actor& a = m_ctx.actor();
    if (a.can(Permission::RegisterComplaint) || a.can(Permission::HandleComplaint) || a.can(Permission::ViewReports))
        return;
    m_ctx.require(Permission::HandleComplaint); // throws with the usual message
}

const ComplaintService::ClockSetup& ComplaintService::clockSetup() const
{
    if (!m_clock) {
        const CalendarService service(m_ctx.database());
        ClockSetup setup;
        setup.calendar = service.current();
        setup.atRiskDays = service.atRiskDays();
        setup.basis = QStringLiteral("v%1/r%2").arg(setup.calendar->version()).arg(setup.atRiskDays);
        m_clock = setup;
    }
    return *m_clock;
}

void ComplaintService::freshRead() const
{
    m_clock.reset();
    m_links.forget();
}

std::shared_ptr<const WorkingCalendar> ComplaintService::calendar() const
{
    return clockSetup().calendar;
}

QString ComplaintService::clockBasis() const
{
    return clockSetup().basis;
}

void ComplaintService::computeClock(Complaint& c) const
{
    if (!c.isComplaint()) {
        c.dueOn = {};
        c.atRiskOn = {};
        c.clockBasis.clear();
        return;
    }
    const ClockSetup& setup = clockSetup();
    const ClockResult r = ComplaintClock::answerClock(*setup.calendar, c.receivedAt, c.answerWorkingDays,
                                                      m_ctx.clock().today(),
                                                      c.answerOn.isValid() ? std::optional<QDate>(c.answerOn)
                                                                           : std::nullopt,
                                                      setup.atRiskDays);
    c.dueOn = r.dueDate;
    c.atRiskOn = setup.calendar->addWorkingDays(r.dueDate, -setup.atRiskDays);
    c.clockBasis = setup.basis;
}

ClockResult ComplaintService::answerClock(const Complaint& c) const
{
    if (!c.isComplaint())
        return {};
    const ClockSetup& setup = clockSetup();
    return ComplaintClock::answerClock(*setup.calendar, c.receivedAt, c.answerWorkingDays, m_ctx.clock().today(),
                                       c.answerOn.isValid() ? std::optional<QDate>(c.answerOn) : std::nullopt,
                                       setup.atRiskDays);
}

QString ComplaintService::clockState(const Complaint& c) const
{
    return ComplaintRepository::storedClockState(c, m_ctx.clock().today());
}

QDate ComplaintService::serviceDay(const ComplaintIntake& in, const RelatedCase& related, const QDateTime& received,
                                   QString* field) const
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
    if (field)
        *field = QStringLiteral("service_date");
    throw Error::invalid(message, QStringLiteral("service_date"));
}

Complaint ComplaintService::prepare(const ComplaintIntake& in, QString* field) const
{
    auto fail = [&](const QString& message, const QString& f) -> Error {
        if (field)
            *field = f;
        return Error::invalid(message, f);
    };
    Complaint c;
    c.serviceKbli = in.serviceKbli.trimmed();
    c.caseRegNumber = in.caseRegNumber.trimmed();
    const RelatedCase related = c.caseRegNumber.isEmpty() ? RelatedCase{} : m_links.relatedCase(c.caseRegNumber);
    if (c.serviceKbli.isEmpty() && related.found)
        c.serviceKbli = related.kbli;
    std::optional<ServiceStandard> standard;
    if (!c.serviceKbli.isEmpty()) {
        standard = m_links.standard(c.serviceKbli);
        if (!standard)
            throw fail(tr("No current service standard has KBLI %1.").arg(c.serviceKbli), QStringLiteral("service"));
    } else {
        standard = m_links.standardOrDefault({});
    }
    if (!standard || standard->complaints.channels.isEmpty())
        throw fail(tr("No service standard lists complaint channels; import the catalogue first."),
                   QStringLiteral("channel"));
    const ComplaintHandling& h = standard->complaints;
    const QString key = in.channelKey.trimmed();
    for (const ComplaintChannel& ch : h.channels) {
        if (ch.key == key || ch.kind == key) {
            c.channelKey = ch.key;
            c.channelLabel = ch.label;
        }
    }
    if (c.channelKey.isEmpty()) {
        QStringList keys;
        for (const ComplaintChannel& ch : h.channels)
            keys << ch.key;
        throw fail(tr("Channel \"%1\" is not one of the standard's channels (%2).").arg(key, keys.join(QStringLiteral(", "))),
                   QStringLiteral("channel"));
    }
    if (!in.receivedAt.isValid())
        throw fail(tr("The date and time the complaint was received are missing."), QStringLiteral("received"));
    if (in.receivedAt > m_ctx.clock().now().addSecs(60))
        throw fail(tr("The complaint cannot be received in the future (%1).").arg(in.receivedAt.toString(Qt::ISODate)),
                   QStringLiteral("received"));
    if (in.objectText.size() > kMaxText)
        throw fail(tr("The object of the complaint is too long (at most %1 characters).").arg(kMaxText),
                   QStringLiteral("object"));
    // Issue 14: a complaint received in 1900, a NUL in a name, 10 MB in a field.
    if (in.receivedAt.date() < Bounds::firstDay())
        throw fail(tr("The complaint cannot be received before %1 (%2).")
                       .arg(Bounds::firstDay().toString(Qt::ISODate), in.receivedAt.date().toString(Qt::ISODate)),
                   QStringLiteral("received"));
    try {
        Bounds::text(in.complainantName, Bounds::kName, QStringLiteral("name"), tr("The complainant's name"));
        Bounds::text(in.complainantIdNumber, Bounds::kShortText, QStringLiteral("id_number"), tr("The ID number"));
        Bounds::text(in.complainantContact, Bounds::kShortText, QStringLiteral("contact"), tr("The contact"));
        Bounds::text(in.complainantAddress, Bounds::kAddress, QStringLiteral("address"), tr("The address"));
        Bounds::text(in.objectText, Bounds::kLongText, QStringLiteral("object"), tr("The object of the complaint"),
                     true);
    } catch (const Error& e) {
        throw fail(e.message(), e.field());
    }
    for (const QString& p : in.attachmentPaths) {
        if (!QFileInfo(p).isFile())
            throw fail(tr("Attachment %1 cannot be read.").arg(p), QStringLiteral("attachment"));
    }
    c.receivedAt = in.receivedAt.toTimeZone(Clock::zone());
    c.complainantName = in.complainantName.trimmed();
    c.complainantIdNumber = in.complainantIdNumber.trimmed();
    c.complainantContact = in.complainantContact.trimmed();
    c.complainantAddress = in.complainantAddress.trimmed();
    c.objectText = in.objectText.trimmed();
    c.caseHandedOverOn = serviceDay(in, related, c.receivedAt, field);
    c.standardId = standard->id; // pins the component 6 the complaint is handled under
    if (!c.serviceKbli.isEmpty()) {
        c.serviceName = standard->name;
        c.sector = standard->sector;
    }
    c.windowDays = h.windowCalendarDays > 0 ? h.windowCalendarDays : ComplaintClock::kDefaultWindowCalendarDays;
    c.answerWorkingDays = h.answerWorkingDays > 0 ? h.answerWorkingDays : ComplaintClock::kDefaultAnswerWorkingDays;

    TriageInput t;
    t.received = c.receivedAt;
    t.complainantName = c.complainantName;
    t.complainantIdNumber = c.complainantIdNumber;
    t.objectText = c.objectText;
    t.caseRegNumber = c.caseRegNumber;
    t.caseFound = related.found;
    t.serviceReceivedOn = c.caseHandedOverOn;
    t.windowCalendarDays = c.windowDays;
    t.answerWorkingDays = c.answerWorkingDays;
    const TriageResult triage = ComplaintTriage::evaluate(t);
    c.kind = c.triageKind = triage.kind;
    c.triageRule = triage.rule;
    c.state = c.isComplaint() ? ComplaintStates::Received : ComplaintStates::Registered;
    c.workstation = m_ctx.workstation();
    c.registeredBy = m_ctx.actor().displayName.isEmpty() ? m_ctx.actor().username : m_ctx.actor().displayName;
    c.createdAt = c.updatedAt = m_ctx.clock().now();
    computeClock(c);
    c.reviewSteps = reviewStepsFor(c);
    return c;
}

QList<ComplaintReviewStep> ComplaintService::reviewStepsFor(const Complaint& c) const
{
    if (!c.isComplaint())
        return {};
    QStringList labels = handlingOf(c).reviewSteps;
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

ComplaintPreview ComplaintService::preview(const ComplaintIntake& intake) const
{
    m_ctx.require(Permission::RegisterComplaint);
    freshRead();
    const Complaint c = prepare(intake);
    ComplaintPreview p;
    p.triage = triageOf(c);
    p.relatedCase = c.caseRegNumber.isEmpty() ? RelatedCase{} : m_links.relatedCase(c.caseRegNumber);
    p.serviceName = c.serviceName;
    p.channelLabel = c.channelLabel;
    p.dueOn = c.dueOn;
    if (c.isComplaint())
        p.dueInUnconfirmedYear = answerClock(c).dueInUnconfirmedYear;
    return p;
}

TriageResult ComplaintService::triageOf(const Complaint& c) const
{
    TriageInput t;
    t.received = c.receivedAt;
    t.complainantName = c.complainantName;
    t.complainantIdNumber = c.complainantIdNumber;
    t.objectText = c.objectText;
    t.caseRegNumber = c.caseRegNumber;
    t.caseFound = c.triageRule != ComplaintTriage::RuleCaseUnknown;
    t.serviceReceivedOn = c.caseHandedOverOn;
    t.windowCalendarDays = c.windowDays;
    t.answerWorkingDays = c.answerWorkingDays;
    TriageResult r = ComplaintTriage::evaluate(t);
    // The stored rule is what decided at intake; the numbers are recomputed for the text.
    r.rule = c.triageRule;
    r.kind = c.triageKind;
    return r;
}

void ComplaintService::insertPrepared(Complaint& c)
{
    c.id = newId();
    const int year = c.receivedAt.date().year();
    const int seq = m_repo.nextSeq(c.workstation, year);
    c.number = QStringLiteral("PGD-%1-%2-%3").arg(c.workstation).arg(year).arg(seq, 5, 10, QLatin1Char('0'));
    m_repo.insert(c);
    AuditLog::append(m_ctx, QStringLiteral("complaint.intake"), kRecord, c.id, {}, c.auditJson());
}

Complaint ComplaintService::intake(const ComplaintIntake& in)
{
    m_ctx.require(Permission::RegisterComplaint);
    freshRead();
    Complaint c = prepare(in);
    ComplaintAttachmentStore store(m_ctx.database());
    QList<ComplaintAttachment> copied;
    try {
        Transaction tx(m_ctx.db());
        insertPrepared(c);
        for (const QString& path : in.attachmentPaths) {
            ComplaintAttachment a = store.store(c.id, path, m_ctx.clock().now());
            copied.append(a);
            m_repo.insertAttachment(c.id, a, c.workstation);
            AuditLog::append(m_ctx, QStringLiteral("complaint.attachment"), kRecord, c.id, {},
                             QJsonObject{{QStringLiteral("file"), a.fileName}, {QStringLiteral("sha256"), a.sha256}});
        }
        tx.commit();
    } catch (...) {
        for (const ComplaintAttachment& a : copied)
            store.discard(a);
        throw;
    }
    return load(c.id);
}

Complaint ComplaintService::addAttachment(const QString& id, const QString& path)
{
    if (!m_ctx.actor().can(Permission::HandleComplaint))
        m_ctx.require(Permission::RegisterComplaint);
    Complaint c = load(id);
    ComplaintAttachmentStore store(m_ctx.database());
    const ComplaintAttachment a = store.store(c.id, path, m_ctx.clock().now());
    try {
        Transaction tx(m_ctx.db());
        m_repo.insertAttachment(c.id, a, c.workstation);
        AuditLog::append(m_ctx, QStringLiteral("complaint.attachment"), kRecord, c.id, {},
                         QJsonObject{{QStringLiteral("file"), a.fileName}, {QStringLiteral("sha256"), a.sha256}});
        tx.commit();
    } catch (...) {
        store.discard(a);
        throw;
    }
    return load(c.id);
}

Complaint ComplaintService::load(const QString& id) const
{
    auto c = m_repo.find(id);
    if (!c)
        throw Error::notFound(tr("There is no complaint %1.").arg(id));
    return *c;
}

Complaint ComplaintService::get(const QString& idOrNumber) const
{
    requireRead();
    freshRead();
    Complaint c = load(idOrNumber.trimmed());
    computeClock(c); // show the clock of the current calendar even before the register refreshes
    return c;
}

ComplaintPriorInfo ComplaintService::prior(const Complaint& c) const
{
    requireRead();
    ComplaintPriorInfo info;
    if (!c.caseRegNumber.isEmpty())
        info.relatedCase = m_links.relatedCase(c.caseRegNumber, true);
    info.earlier = m_repo.related(c, 50);
    return info;
}

int ComplaintService::count(const ComplaintFilter& filter)
{
    requireRead();
    freshRead();
    refreshClocks();
    return m_repo.count(filter, m_ctx.clock().today());
}

QList<Complaint> ComplaintService::page(const ComplaintFilter& filter, const ComplaintCursor& after, int limit)
{
    requireRead();
    if (after.isNull()) {
        freshRead();
        refreshClocks();
    }
    return m_repo.page(filter, m_ctx.clock().today(), after, limit);
}

void ComplaintService::refreshClocks()
{
    const QString basis = clockBasis();
    for (;;) {
        const QList<Complaint> stale = m_repo.staleClocks(basis, 2000);
        if (stale.isEmpty())
            return;
        Transaction tx(m_ctx.db());
        for (Complaint c : stale) {
            computeClock(c);
            m_repo.updateClock(c.id, c.dueOn, c.atRiskOn, basis);
        }
        tx.commit();
    }
}

void ComplaintService::requireOpenComplaint(const Complaint& c) const
{
    if (!c.isComplaint())
        throw Error::conflict(tr("%1 is a suggestion; only complaints are reviewed and answered.").arg(c.number));
    if (c.state == ComplaintStates::Closed)
        throw Error::conflict(tr("Complaint %1 is closed.").arg(c.number));
}

Complaint ComplaintService::mutate(const QString& id, const QString& action, const std::function<void(Complaint&)>& change,
                                   const QString& note)
{
    freshRead();
    Transaction tx(m_ctx.db());
    Complaint c = load(id);
    const QJsonObject before = c.auditJson();
    change(c);
    computeClock(c);
    m_repo.update(c, m_ctx.clock().now());
    AuditLog::append(m_ctx, action, kRecord, c.id, before, c.auditJson(), note);
    tx.commit();
    return load(c.id);
}

Complaint ComplaintService::overrideTriage(const QString& id, ComplaintKind kind, const QString& reason)
{
    m_ctx.require(Permission::OverrideTriage);
    requireText(reason, tr("Overriding the triage needs a reason; it is logged."), QStringLiteral("reason"),
                tr("The reason"));
    return mutate(
        id, QStringLiteral("complaint.override_triage"),
        [&](Complaint& c) {
            if (c.kind == kind)
                throw Error::conflict(tr("%1 is already a %2.").arg(c.number, complaintKindTitle(kind).toLower()));
            if (c.state != ComplaintStates::Received && c.state != ComplaintStates::InReview &&
                c.state != ComplaintStates::Registered)
                throw Error::conflict(tr("The triage of %1 can no longer be changed: it is %2.")
                                          .arg(c.number, ComplaintStates::title(c.state).toLower()));
            c.kind = kind;
            c.overridden = kind != c.triageKind;
            c.overrideReason = c.overridden ? reason.trimmed() : QString();
            c.overrideBy = c.overridden ? m_ctx.actor().username : QString();
            c.overrideAt = c.overridden ? m_ctx.clock().now() : QDateTime();
            c.state = c.isComplaint() ? ComplaintStates::Received : ComplaintStates::Registered;
            if (c.isComplaint() && c.reviewSteps.isEmpty()) {
                for (const ComplaintReviewStep& s : reviewStepsFor(c))
                    m_repo.saveReviewStep(c.id, s, m_ctx.clock().now(), c.workstation);
            }
        },
        reason.trimmed());
}

Complaint ComplaintService::noteSuggestion(const QString& id, const QString& note)
{
    m_ctx.require(Permission::HandleComplaint);
    requireText(note, tr("Write what was done with the suggestion."), QStringLiteral("note"), tr("The note"));
    return mutate(id, QStringLiteral("complaint.note_suggestion"), [&](Complaint& c) {
        if (c.isComplaint())
            throw Error::conflict(tr("%1 is a complaint; it is answered and closed, not noted.").arg(c.number));
        c.note = note.trimmed();
        c.state = ComplaintStates::Noted;
    });
}

} // namespace loket
