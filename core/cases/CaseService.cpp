#include "CaseService.h"

#include "CaseActionDraft.h"
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
#include "calendar/ComplaintClock.h"
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
    CaseClocks::cache(*CalendarService::current(ctx.database()), CaseClocks::rule(ctx.database(), standard), c,
                      now.date(), CaseClocks::stageBudgets(standard));

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
        note = note.isEmpty() ? CaseValidator::describeUnmet(result.unmet)
                              : note + QStringLiteral(" — ") + CaseValidator::describeUnmet(result.unmet);
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

namespace {
// Writes an action's draft with its timeline event, clock marks, documents and audit entry in one
// transaction. The event names the state it was taken on and carries the state it leads to
// (CaseReplay).
CaseRecord save(const Context& ctx, const CaseRecord& c, CaseActionDraft& draft, CaseAction action,
                const QDateTime& now)
{
    CaseRecord& next = draft.next;
    const QString actor = ctx.actor().displayName.isEmpty() ? ctx.actor().username : ctx.actor().displayName;
    CaseEvent event{
        CaseLifecycle::actionKey(action), caseStageKey(c.stage), caseStageKey(draft.to), now, actor, draft.note};
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
    if (draft.checklistChanged)
        repo.updateChecklist(next, stamp, ctx.workstation());
    repo.addEvent(next.id, event, ctx.actor().userId, stamp, ctx.workstation());
    int seq = int(c.clockMarks.size());
    for (const CaseClockMark& m : std::as_const(draft.marks))
        repo.addClockMark(next.id, ++seq, m, stamp, ctx.workstation());
    for (CaseDocument& d : documents.store(draft.uploads, ctx.actor().username)) {
        repo.addDocument(next.id, d, stamp, ctx.workstation());
        next.documents.append(d);
    }
    if (action == CaseAction::Issue && c.business.nib.isEmpty())
        repo.setBusinessNib(c.business.id, next.nibNumber, stamp, ctx.workstation());
    QJsonObject after = stateJson(next);
    const QJsonObject details = draft.auditDetails();
    for (auto it = details.begin(); it != details.end(); ++it)
        after.insert(it.key(), it.value());
    AuditLog::append(ctx, QStringLiteral("case.") + CaseLifecycle::actionKey(action), QStringLiteral("case"), next.id,
                     stateJson(c), after, draft.note);
    tx.commit();
    documents.committed();
    next.events.append(event);
    return next;
}
} // namespace

CaseRecord CaseService::act(const Context& ctx, const QString& registrationNumber, CaseAction action,
                            const TransitionRequest& request)
{
    CaseRecord c = get(ctx, registrationNumber);
    takeHeadState(ctx, c);
    const auto transition = CaseLifecycle::find(action, c.stage);
    if (!transition)
        throw Error::conflict(
            tr("Application %1 is at \"%2\": \"%3\" is not possible now.")
                .arg(c.registrationNumber, caseStageTitle(c.stage), CaseLifecycle::actionTitle(action)));
    ctx.require(transition->permission);

    const ServiceStandard standard = standardOf(ctx, c.standardId);
    const auto calendar = CalendarService::current(ctx.database());
    const ClockRule rule = CaseClocks::rule(ctx.database(), standard);
    const QDateTime now = ctx.clock().now();
    const QDate today = now.date();
    CaseClocks::cache(*calendar, rule, c, today, CaseClocks::stageBudgets(standard)); // the clock of that state

    CaseActionDraft draft(ctx, c, standard, request, action, transition->to, now);
    CaseRecord& next = draft.next;
    if (draft.to != c.stage)
        next.stageSince = now;
    next.stage = draft.to;
    next.clockMarks.append(draft.marks);
    CaseClocks::cache(*calendar, rule, next, today, CaseClocks::stageBudgets(standard));
    next.holder = ctx.actor().username;
    return save(ctx, c, draft, action, now);
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
    const auto calendar = CalendarService::current(ctx.database());
    const QDate today = ctx.clock().today();
    v.completion =
        CaseClocks::completion(*calendar, CaseClocks::rule(ctx.database(), v.standard), v.record.clockMarks, today);
    v.stages =
        CaseClocks::stages(*calendar, v.standard, v.record, today, CalendarService::stageAtRiskDays(ctx.database()));
    v.allowedActions = CaseLifecycle::allowedActions(ctx.actor(), v.record.stage);
    const QDate served = v.record.serviceReceivedOn();
    if (served.isValid())
        v.complaintWindowEnd = ComplaintClock::windowEnd(served, v.standard.complaints.windowCalendarDays);
    return v;
}

ReceiptData CaseService::receiptData(const Context& ctx, const QString& registrationNumber, ReceiptKind kind)
{
    return CaseReceipts::build(ctx, view(ctx, registrationNumber), kind);
}

} // namespace loket
