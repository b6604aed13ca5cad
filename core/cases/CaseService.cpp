#include "CaseService.h"

#include "BusinessRepository.h"
#include "CaseClocks.h"
#include "CaseReceipts.h"
#include "CaseSnapshot.h"
#include "CaseValidator.h"
#include "CaseWriter.h"
#include "DocumentStore.h"
#include "OrderedId.h"
#include "ScaleRequirement.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarService.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/CatalogRepository.h"
#include "common/Bounds.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "identity/IdentityValidator.h"
#include "identity/KbliRegister.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace loket {

namespace {

ServiceStandard standardOf(const Context& ctx, const QString& standardId)
{
    const auto s = CatalogRepository(ctx.database()).byId(standardId);
    if (!s)
        throw Error::notFound(QCoreApplication::translate("loket::CaseService", "The service standard %1 of this application is missing from the catalogue.")
                                  .arg(standardId));
    return *s;
}

QString describeUnmet(const QList<ChecklistItem>& unmet)
{
    QStringList parts;
    for (const ChecklistItem& i : unmet)
        parts << (i.note.isEmpty() ? QStringLiteral("%1 (%2)").arg(i.requirementKey, checklistStatusTitle(i.status))
                                   : QStringLiteral("%1 (%2: %3)")
                                         .arg(i.requirementKey, checklistStatusTitle(i.status), i.note));
    return QCoreApplication::translate("loket::CaseService", "Incomplete: %1").arg(parts.join(QStringLiteral("; ")));
}

QJsonObject stateJson(const CaseRecord& c)
{
    QJsonObject o{{QStringLiteral("registration_number"), c.registrationNumber},
                  {QStringLiteral("stage"), caseStageKey(c.stage)},
                  {QStringLiteral("clock"), c.clock}};
    if (c.dueDate.isValid())
        o.insert(QStringLiteral("due_date"), c.dueDate.toString(Qt::ISODate));
    return o;
}

// Copies the uploads in; removes them again when the transaction does not commit.
class DocumentBatch
{
public:
    DocumentBatch(const Database& db) : m_store(db) {}
    ~DocumentBatch()
    {
        if (!m_committed)
            m_store.discard(m_names);
    }
    QList<CaseDocument> store(const QList<DocumentUpload>& uploads, const QString& addedBy)
    {
        QList<CaseDocument> out;
        for (const DocumentUpload& u : uploads) {
            out.append(m_store.store(u.sourcePath, u.requirementKey, addedBy));
            m_names << out.last().storedName;
        }
        return out;
    }
    void committed() { m_committed = true; }

private:
    DocumentStore m_store;
    QStringList m_names;
    bool m_committed = false;
};

QDateTime atDay(const QDate& day, const QDateTime& now)
{
    return day == now.date() ? now : QDateTime(day, QTime(12, 0), Clock::zone());
}
} // namespace

IntakeResult CaseService::registerCase(const Context& ctx, IntakeRequest request)
{
    ctx.require(Permission::RegisterCase);
    const auto found = CatalogRepository(ctx.database()).byId(request.standardId);
    if (!found)
        throw Error::invalid(tr("Choose the service the application is for."), QStringLiteral("service"));
    const ServiceStandard standard = *found;
    if (!standard.current)
        throw Error::invalid(tr("The standard of %1 changed since the service was chosen; choose the service again.")
                                 .arg(standard.name),
                             QStringLiteral("service"));
    const QDateTime now = ctx.clock().now();
    CaseValidator::applicant(request.applicant, now.date());
    CaseValidator::representative(request.representativeName, request.representativeNik, now.date());
    CaseValidator::business(request.business, standard.kbli, KbliRegister(ctx.database()));
    QList<ChecklistItem> checklist = CaseValidator::checklist(request.checklist, standard);
    ScaleRequirement::annotate(checklist, request.business.scale); // U1: a warning kept with the line

    CaseRecord c;
    c.serviceId = standard.serviceId;
    c.standardId = standard.id;
    c.kbli = standard.kbli;
    c.representativeName = request.representativeName;
    c.representativeNik = request.representativeNik;
    c.officer = ctx.actor().username;
    c.officerName = ctx.actor().displayName.isEmpty() ? ctx.actor().username : ctx.actor().displayName;
    c.receivedAt = now;
    c.stageSince = now;
    c.checklist = checklist;
    IntakeResult result;
    result.unmet = c.unmetRequirements();
    result.registered = result.unmet.isEmpty();
    if (result.registered) {
        c.stage = CaseStage::Registered;
        c.completeAt = now;
        c.clockMarks.append(CaseClockMark{CaseClocks::markKey(ClockEvent::Type::Start), now, {}});
    } else {
        c.stage = CaseStage::Returned;
    }
    CalendarService calendarService(ctx.database());
    CaseClocks::cache(*calendarService.current(), CaseClocks::rule(calendarService, standard), c, now.date(),
                      CaseClocks::stageBudgets(standard));

    DocumentBatch documents(ctx.database());
    Transaction tx(ctx.db());
    CaseWriter writer(ctx, true);
    writer.resolveApplicant(request.applicant);
    writer.resolveBusiness(request.business);
    c.applicant = request.applicant;
    c.business = request.business;
    c.registrationNumber = writer.numbers().next(standard.kbli, now.date());
    QString note = request.note.trimmed();
    Bounds::text(note, Bounds::kNote, QStringLiteral("note"), tr("The note"), true);
    if (!result.registered)
        note = note.isEmpty() ? describeUnmet(result.unmet) : note + QStringLiteral(" — ") + describeUnmet(result.unmet);
    writer.insertCase(c, CaseEvent{QStringLiteral("register"), {}, caseStageKey(c.stage), now, c.officerName, note});
    for (CaseDocument& d : documents.store(request.documents, ctx.actor().username)) {
        writer.cases().addDocument(c.id, d, writer.now(), ctx.workstation());
        c.documents.append(d);
    }
    QJsonObject after = stateJson(c);
    after.insert(QStringLiteral("applicant_id"), c.applicant.id);
    after.insert(QStringLiteral("business_id"), c.business.id);
    after.insert(QStringLiteral("standard_id"), c.standardId);
    AuditLog::append(ctx, QStringLiteral("case.register"), QStringLiteral("case"), c.id, {}, after, note);
    tx.commit();
    documents.committed();
    result.record = c;
    return result;
}

namespace {
// An action is taken on the state its parent action left (the head action's snapshot), not on
// whatever rows of the case have arrived here: a pull cut off between a case's row and its clock
// marks had let a counter number a new mark 1 where the office already had one, and the PCs then
// kept different marks for good. A case whose last action has not arrived cannot be acted on.
void takeHeadState(const Context& ctx, CaseRecord& c)
{
    if (c.headEvent.isEmpty())
        return;
    const std::optional<QString> snapshot = CaseRepository(ctx.db()).snapshotOf(c.headEvent);
    if (!snapshot)
        throw Error::conflict(QCoreApplication::translate("loket::CaseService",
                                                          "Application %1 has not fully arrived from the office yet: "
                                                          "sync again, then try again.")
                                  .arg(c.registrationNumber),
                              QStringLiteral("head_event"));
    if (!snapshot->isEmpty())
        CaseSnapshot::apply(*snapshot, c);
}
} // namespace

CaseRecord CaseService::act(const Context& ctx, const QString& registrationNumber, CaseAction action,
                            const TransitionRequest& request)
{
    CaseRecord c = get(ctx, registrationNumber);
    takeHeadState(ctx, c);
    const auto transition = CaseLifecycle::find(action, c.stage);
    if (!transition)
        throw Error::conflict(tr("Application %1 is at \"%2\": \"%3\" is not possible now.")
                                  .arg(c.registrationNumber, caseStageTitle(c.stage),
                                       CaseLifecycle::actionTitle(action)));
    ctx.require(transition->permission);

    const ServiceStandard standard = standardOf(ctx, c.standardId);
    CalendarService calendarService(ctx.database());
    const auto calendar = calendarService.current();
    const ClockRule rule = CaseClocks::rule(calendarService, standard);
    const QDateTime now = ctx.clock().now();
    const QDate today = now.date();
    CaseClocks::cache(*calendar, rule, c, today, CaseClocks::stageBudgets(standard)); // the clock of that state
    const bool started = !c.clockMarks.isEmpty();
    const bool clockOpen = c.clock == QLatin1String("running") || c.clock == QLatin1String("paused");

    CaseRecord next = c;
    CaseStage to = transition->to;
    QList<CaseClockMark> marks;
    QString note = request.note.trimmed();
    const QString reason = request.reason.simplified();
    Bounds::text(note, Bounds::kNote, QStringLiteral("note"), tr("The note"), true);
    Bounds::text(reason, Bounds::kNote, QStringLiteral("reason"), tr("The reason"));
    Bounds::text(request.permitNumber, Bounds::kShortText, QStringLiteral("permit_number"), tr("The permit number"));
    Bounds::text(request.fieldOfficer, Bounds::kName, QStringLiteral("field_officer"), tr("The field officer"));
    bool checklistChanged = false;
    QList<DocumentUpload> uploads;
    auto mark = [&](ClockEvent::Type type, const QDateTime& at, const QString& text = {}) {
        marks.append(CaseClockMark{CaseClocks::markKey(type), at, text});
    };

    switch (action) {
    case CaseAction::Resubmit: {
        next.checklist = CaseValidator::checklist(request.checklist, standard);
        checklistChanged = true;
        uploads = request.documents;
        const QList<ChecklistItem> unmet = next.unmetRequirements();
        if (!unmet.isEmpty()) {
            to = CaseStage::Returned;
            note = note.isEmpty() ? describeUnmet(unmet) : note + QStringLiteral(" — ") + describeUnmet(unmet);
            break;
        }
        CaseStage back = CaseStage::Registered;
        if (!c.returnedFrom.isEmpty())
            caseStageFromKey(c.returnedFrom, &back);
        to = back;
        next.returnedFrom.clear();
        if (!started) {
            mark(ClockEvent::Type::Start, now);
            next.completeAt = now;
        } else if (standard.resubmission == ResubmissionRule::Pause) {
            mark(ClockEvent::Type::Resume, now);
        } else {
            mark(ClockEvent::Type::Restart, now);
            next.completeAt = now;
        }
        break;
    }
    case CaseAction::ReturnForCorrection:
        if (reason.isEmpty())
            throw Error::invalid(tr("Write what the applicant must correct."), QStringLiteral("reason"));
        if (!request.checklist.isEmpty()) {
            next.checklist = CaseValidator::checklist(request.checklist, standard);
            checklistChanged = true;
        }
        next.returnedFrom = caseStageKey(c.stage);
        next.returnCount = c.returnCount + 1;
        if (c.clock == QLatin1String("running"))
            mark(ClockEvent::Type::Pause, now, reason);
        note = note.isEmpty() ? reason : reason + QStringLiteral(" — ") + note;
        break;
    case CaseAction::CompleteTechnical:
        if (request.fieldVisitDate.isValid()) {
            if (request.fieldVisitDate > today)
                throw Error::invalid(tr("The field visit date cannot be in the future."),
                                     QStringLiteral("field_visit_date"));
            if (c.completeAt.isValid() && request.fieldVisitDate < c.completeAt.date())
                throw Error::invalid(tr("The field visit date is before the file was complete."),
                                     QStringLiteral("field_visit_date"));
            if (request.fieldOfficer.simplified().isEmpty())
                throw Error::invalid(tr("Name the officer who made the field visit."), QStringLiteral("field_officer"));
            next.fieldVisitDate = request.fieldVisitDate;
            next.fieldOfficer = request.fieldOfficer.simplified();
        } else if (!request.fieldOfficer.simplified().isEmpty()) {
            throw Error::invalid(tr("Give the date of the field visit."), QStringLiteral("field_visit_date"));
        }
        break;
    case CaseAction::Issue: {
        const ValidationResult nib = IdentityValidator::validateNib(request.nibNumber);
        if (!nib.ok)
            throw Error::invalid(nib.reason, QStringLiteral("nib_number"));
        const QString nibDigits = IdentityValidator::normalizeNib(request.nibNumber);
        if (!c.business.nib.isEmpty() && c.business.nib != nibDigits)
            throw Error::invalid(tr("%1 already has NIB %2; the issued NIB must be the same.")
                                     .arg(c.business.name, c.business.nib),
                                 QStringLiteral("nib_number"));
        if (c.business.nib.isEmpty()) {
            if (const auto other = BusinessRepository(ctx.db()).byNib(nibDigits))
                throw Error::invalid(tr("NIB %1 belongs to %2.").arg(nibDigits, other->name), QStringLiteral("nib_number"));
        }
        const QString permit = request.permitNumber.simplified();
        if (permit.isEmpty() || permit.size() > 100)
            throw Error::invalid(tr("Give the permit number (at most 100 characters)."), QStringLiteral("permit_number"));
        const QDate signedOn = request.signedDate.isValid() ? request.signedDate : today;
        if (signedOn > today)
            throw Error::invalid(tr("The signature date cannot be in the future."), QStringLiteral("signed_date"));
        if (c.completeAt.isValid() && signedOn < c.completeAt.date())
            throw Error::invalid(tr("The signature date is before the file was complete."), QStringLiteral("signed_date"));
        next.nibNumber = nibDigits;
        next.permitNumber = permit;
        next.signedDate = signedOn;
        next.business.nib = nibDigits;
        mark(ClockEvent::Type::Stop, atDay(signedOn, now), tr("Permit %1 signed").arg(permit));
        break;
    }
    case CaseAction::HandOver: {
        const QDate day = request.handedOverDate.isValid() ? request.handedOverDate : today;
        if (day > today)
            throw Error::invalid(tr("The hand-over date cannot be in the future."), QStringLiteral("handed_over_date"));
        if (c.signedDate.isValid() && day < c.signedDate)
            throw Error::invalid(tr("The hand-over date is before the permit was signed."),
                                 QStringLiteral("handed_over_date"));
        next.handedOverDate = day;
        break;
    }
    case CaseAction::Reject:
    case CaseAction::Withdraw:
        if (reason.isEmpty())
            throw Error::invalid(action == CaseAction::Reject ? tr("Give the reason for the rejection.")
                                                              : tr("Give the reason the applicant withdraws."),
                                 QStringLiteral("reason"));
        if (action == CaseAction::Reject)
            next.rejectionReason = reason;
        else
            next.withdrawalReason = reason;
        if (clockOpen)
            mark(ClockEvent::Type::Stop, now, reason);
        note = note.isEmpty() ? reason : reason + QStringLiteral(" — ") + note;
        break;
    case CaseAction::StartVerification:
    case CaseAction::ForwardToTechnical:
    case CaseAction::ForwardToSignature:
        break;
    }

    if (to != c.stage)
        next.stageSince = now;
    next.stage = to;
    next.clockMarks.append(marks);
    CaseClocks::cache(*calendar, rule, next, today, CaseClocks::stageBudgets(standard));

    next.holder = ctx.actor().username;
    const QString actor = ctx.actor().displayName.isEmpty() ? ctx.actor().username : ctx.actor().displayName;
    CaseEvent event{CaseLifecycle::actionKey(action), caseStageKey(c.stage), caseStageKey(to), now, actor, note};
    // The action names the state it was taken on, and carries the state it leads to (CaseReplay).
    event.id = OrderedId::next();
    event.parentId = c.headEvent;
    event.workstation = ctx.workstation();
    next.headEvent = event.id;
    event.snapshot = CaseSnapshot::toJson(next);
    DocumentBatch documents(ctx.database());
    Transaction tx(ctx.db());
    CaseRepository repo(ctx.db());
    const QString stamp = toStoredTime(now);
    repo.update(next, stamp, ctx.workstation());
    if (checklistChanged)
        repo.updateChecklist(next, stamp, ctx.workstation());
    repo.addEvent(next.id, event, ctx.actor().userId, stamp, ctx.workstation());
    int seq = int(c.clockMarks.size());
    for (const CaseClockMark& m : marks)
        repo.addClockMark(next.id, ++seq, m, stamp, ctx.workstation());
    for (CaseDocument& d : documents.store(uploads, ctx.actor().username)) {
        repo.addDocument(next.id, d, stamp, ctx.workstation());
        next.documents.append(d);
    }
    if (action == CaseAction::Issue && c.business.nib.isEmpty())
        repo.setBusinessNib(c.business.id, next.nibNumber, stamp, ctx.workstation());
    QJsonObject after = stateJson(next);
    if (action == CaseAction::Issue) {
        after.insert(QStringLiteral("nib_number"), next.nibNumber);
        after.insert(QStringLiteral("permit_number"), next.permitNumber);
        after.insert(QStringLiteral("signed_date"), next.signedDate.toString(Qt::ISODate));
    } else if (action == CaseAction::HandOver) {
        after.insert(QStringLiteral("handed_over_date"), next.handedOverDate.toString(Qt::ISODate));
    } else if (action == CaseAction::CompleteTechnical && next.fieldVisitDate.isValid()) {
        after.insert(QStringLiteral("field_visit_date"), next.fieldVisitDate.toString(Qt::ISODate));
        after.insert(QStringLiteral("field_officer"), next.fieldOfficer);
    }
    AuditLog::append(ctx, QStringLiteral("case.") + CaseLifecycle::actionKey(action), QStringLiteral("case"), next.id,
                     stateJson(c), after, note);
    tx.commit();
    documents.committed();
    next.events.append(event);
    return next;
}

CaseRecord CaseService::addDocuments(const Context& ctx, const QString& registrationNumber,
                                     const QList<DocumentUpload>& uploads)
{
    ctx.require(Permission::RegisterCase);
    CaseRecord c = get(ctx, registrationNumber);
    if (!caseStageIsOpen(c.stage))
        throw Error::conflict(tr("Application %1 is closed; documents can no longer be added.").arg(c.registrationNumber));
    const QString stamp = toStoredTime(ctx.clock().now());
    DocumentBatch documents(ctx.database());
    Transaction tx(ctx.db());
    CaseRepository repo(ctx.db());
    QStringList names;
    for (CaseDocument& d : documents.store(uploads, ctx.actor().username)) {
        repo.addDocument(c.id, d, stamp, ctx.workstation());
        c.documents.append(d);
        names << d.fileName;
    }
    AuditLog::append(ctx, QStringLiteral("case.documents"), QStringLiteral("case"), c.id, {},
                     {{QStringLiteral("added"), names.join(QStringLiteral(", "))}});
    tx.commit();
    documents.committed();
    return c;
}

void CaseService::requireRead(const Context& ctx)
{
    const Actor& a = ctx.actor();
    for (Permission p : {Permission::RegisterCase, Permission::VerifyCase, Permission::TechnicalReview,
                         Permission::SignPermit, Permission::HandOver, Permission::RejectCase, Permission::ViewReports})
        if (a.can(p))
            return;
    throw Error::permission(
        tr("%1 may not read applications: they hold applicants' personal data, shown only to the front desk, back "
           "office, technical team, head and supervisor.")
            .arg(a.username.isEmpty() ? tr("Nobody signed in") : a.username));
}

CaseRecord CaseService::get(const Context& ctx, const QString& registrationNumber)
{
    auto c = CaseRepository(ctx.db()).byRegistration(registrationNumber);
    if (!c)
        throw Error::notFound(tr("There is no application with registration number %1.").arg(registrationNumber.trimmed()));
    // The checklist stores keys; the texts are those of the standard version, which never changes.
    if (const auto standard = CatalogRepository(ctx.database()).byId(c->standardId)) {
        for (ChecklistItem& item : c->checklist)
            for (const Requirement& r : standard->requirements)
                if (r.key == item.requirementKey)
                    item.requirementText = r.text;
    }
    return *c;
}

CaseView CaseService::view(const Context& ctx, const QString& registrationNumber)
{
    CaseView v;
    v.record = get(ctx, registrationNumber);
    v.standard = standardOf(ctx, v.record.standardId);
    CalendarService calendarService(ctx.database());
    const auto calendar = calendarService.current();
    const QDate today = ctx.clock().today();
    v.completion = CaseClocks::completion(*calendar, CaseClocks::rule(calendarService, v.standard),
                                          v.record.clockMarks, today);
    v.stages = CaseClocks::stages(*calendar, v.standard, v.record, today, calendarService.atRiskDays());
    v.allowedActions = CaseLifecycle::allowedActions(ctx.actor(), v.record.stage);
    return v;
}

ReceiptData CaseService::receiptData(const Context& ctx, const QString& registrationNumber, ReceiptKind kind)
{
    return CaseReceipts::build(ctx, view(ctx, registrationNumber), kind);
}

} // namespace loket
