#include "CaseRepository.h"

#include "ApplicantRepository.h"
#include "BusinessRepository.h"
#include "CaseInserts.h"
#include "OrderedId.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace loket {

// The stored SLA figures (schema 14), written with the lifecycle fields.
#define FIGURES_SET                                                                                                    \
    "clock_started = :f_started, clock_used = :f_used, paused_on = :f_paused, risk_from = :f_risk, due_unconfirmed "   \
    "= :f_unconfirmed, stopped_on = :f_stopped, clock_met = :f_met, stage_due_date = :f_stage_due, figures_basis = "   \
    ":f_basis"

namespace {
QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
QVariant storedDate(const QDate& d)
{
    return d.isValid() ? QVariant(toStoredDate(d)) : QVariant();
}
QVariant storedTime(const QDateTime& t)
{
    // toStoredTime remembers the last moment: a case stores the same one several times.
    return t.isValid() ? QVariant(toStoredTime(t)) : QVariant();
}
QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
QDateTime timeOf(const QVariant& v)
{
    return v.isNull() ? QDateTime() : fromStoredTime(v.toString());
}

const char* kCaseColumns =
    "id, registration_number, service_id, standard_id, kbli, applicant_id, business_id, representative_name, "
    "representative_nik, stage, stage_since, returned_from, officer, officer_name, received_at, complete_at, clock, "
    "due_date, field_visit_date, field_officer, nib_number, permit_number, signed_date, handed_over_date, "
    "rejection_reason, withdrawal_reason, return_count, row_version, head_event, holder, origin";
} // namespace

CaseRepository::CaseRepository(QSqlDatabase db) : m_db(std::move(db)) {}

CaseRepository::~CaseRepository() = default;

std::optional<CaseRecord> CaseRepository::byRegistration(const QString& registrationNumber) const
{
    return load(QStringLiteral("registration_number"), registrationNumber.trimmed());
}

std::optional<CaseRecord> CaseRepository::byId(const QString& id) const
{
    return load(QStringLiteral("id"), id);
}

std::optional<QString> CaseRepository::snapshotOf(const QString& eventId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(snapshot, '') FROM case_events WHERE id = :id"));
    q.bind(QStringLiteral(":id"), eventId).exec();
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool CaseRepository::registrationExists(const QString& registrationNumber) const
{
    if (!m_exists)
        m_exists = std::make_unique<ReusableQuery>(
            m_db, QStringLiteral("SELECT 1 FROM cases WHERE registration_number = :reg"));
    return m_exists->bind(QStringLiteral(":reg"), registrationNumber).scalar().isValid();
}

QSet<QString> CaseRepository::registrationsExisting(const QStringList& numbers) const
{
    QSet<QString> out;
    if (numbers.isEmpty())
        return out;
    SqlQuery q(m_db, QStringLiteral("SELECT registration_number FROM cases WHERE registration_number IN "
                                    "(SELECT value FROM json_each(:numbers))"));
    q.bind(QStringLiteral(":numbers"),
           QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(numbers)).toJson(QJsonDocument::Compact)))
        .exec();
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

std::optional<CaseRecord> CaseRepository::load(const QString& column, const QString& value) const
{
    // `column` is one of two fixed names chosen above, never user input.
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM cases WHERE %2 = :value").arg(QLatin1String(kCaseColumns), column));
    q.bind(QStringLiteral(":value"), value).exec();
    if (!q.next())
        return std::nullopt;
    CaseRecord c;
    int i = 0;
    c.id = q.value(i++).toString();
    c.registrationNumber = q.value(i++).toString();
    c.serviceId = q.value(i++).toString();
    c.standardId = q.value(i++).toString();
    c.kbli = q.value(i++).toString();
    c.applicant.id = q.value(i++).toString();
    c.business.id = q.value(i++).toString();
    c.representativeName = q.value(i++).toString();
    c.representativeNik = q.value(i++).toString();
    caseStageFromKey(q.value(i++).toString(), &c.stage);
    c.stageSince = timeOf(q.value(i++));
    c.returnedFrom = q.value(i++).toString();
    c.officer = q.value(i++).toString();
    c.officerName = q.value(i++).toString();
    c.receivedAt = timeOf(q.value(i++));
    c.completeAt = timeOf(q.value(i++));
    c.clock = q.value(i++).toString();
    c.dueDate = dateOf(q.value(i++));
    c.fieldVisitDate = dateOf(q.value(i++));
    c.fieldOfficer = q.value(i++).toString();
    c.nibNumber = q.value(i++).toString();
    c.permitNumber = q.value(i++).toString();
    c.signedDate = dateOf(q.value(i++));
    c.handedOverDate = dateOf(q.value(i++));
    c.rejectionReason = q.value(i++).toString();
    c.withdrawalReason = q.value(i++).toString();
    c.returnCount = q.value(i++).toInt();
    c.rowVersion = q.value(i++).toInt();
    c.headEvent = q.value(i++).toString();
    c.holder = q.value(i++).toString();
    c.origin = q.value(i++).toString();
    loadDetails(c);
    return c;
}

void CaseRepository::loadDetails(CaseRecord& c) const
{
    if (auto a = ApplicantRepository(m_db).byId(c.applicant.id))
        c.applicant = *a;
    if (auto b = BusinessRepository(m_db).byId(c.business.id))
        c.business = *b;

    SqlQuery items(m_db, QStringLiteral("SELECT requirement_key, status, note FROM case_checklist "
                                        "WHERE case_id = :id ORDER BY position"));
    items.bind(QStringLiteral(":id"), c.id).exec();
    while (items.next()) {
        ChecklistItem item;
        item.requirementKey = items.value(0).toString();
        checklistStatusFromKey(items.value(1).toString(), &item.status);
        item.note = items.value(2).toString();
        c.checklist.append(item);
    }

    SqlQuery docs(m_db, QStringLiteral("SELECT id, requirement_key, file_name, stored_name, sha256, size_bytes, "
                                       "added_by, created_at FROM case_documents WHERE case_id = :id ORDER BY "
                                       "created_at, file_name"));
    docs.bind(QStringLiteral(":id"), c.id).exec();
    while (docs.next()) {
        CaseDocument d;
        d.id = docs.value(0).toString();
        d.requirementKey = docs.value(1).toString();
        d.fileName = docs.value(2).toString();
        d.storedName = docs.value(3).toString();
        d.sha256 = docs.value(4).toString();
        d.sizeBytes = docs.value(5).toLongLong();
        d.addedBy = docs.value(6).toString();
        d.addedAt = timeOf(docs.value(7));
        c.documents.append(d);
    }

    SqlQuery events(m_db, QStringLiteral("SELECT action, from_stage, to_stage, at, actor_name, note, id, parent_event, "
                                         "workstation, overridden FROM case_events WHERE case_id = :id "
                                         "ORDER BY at, created_at, id"));
    events.bind(QStringLiteral(":id"), c.id).exec();
    while (events.next()) {
        CaseEvent e;
        e.action = events.value(0).toString();
        e.fromStage = events.value(1).toString();
        e.toStage = events.value(2).toString();
        e.at = timeOf(events.value(3));
        e.actorName = events.value(4).toString();
        e.note = events.value(5).toString();
        e.id = events.value(6).toString();
        e.parentId = events.value(7).toString();
        e.workstation = events.value(8).toString();
        e.overridden = events.value(9).toInt() != 0;
        c.events.append(e);
    }

    SqlQuery marks(m_db,
                   QStringLiteral("SELECT kind, at, note FROM case_clock_events WHERE case_id = :id ORDER BY seq"));
    marks.bind(QStringLiteral(":id"), c.id).exec();
    while (marks.next())
        c.clockMarks.append(
            CaseClockMark{marks.value(0).toString(), timeOf(marks.value(1)), marks.value(2).toString()});
}

namespace {
QVariantList caseRow(const CaseRecord& c, const QString& now, const QString& ws)
{
    return QVariantList{c.id,
                        c.registrationNumber,
                        c.serviceId,
                        c.standardId,
                        c.kbli,
                        c.applicant.id,
                        c.business.id,
                        c.representativeName,
                        c.representativeNik,
                        caseStageKey(c.stage),
                        storedTime(c.stageSince),
                        nullable(c.returnedFrom),
                        c.officer,
                        c.officerName,
                        storedTime(c.receivedAt),
                        storedTime(c.completeAt),
                        c.clock.isEmpty() ? QStringLiteral("none") : c.clock,
                        storedDate(c.dueDate),
                        c.dueDate.isValid() ? QVariant(c.dueCalendarVersion) : QVariant(),
                        storedDate(c.fieldVisitDate),
                        nullable(c.fieldOfficer),
                        nullable(c.nibNumber),
                        nullable(c.permitNumber),
                        storedDate(c.signedDate),
                        storedDate(c.handedOverDate),
                        nullable(c.rejectionReason),
                        nullable(c.withdrawalReason),
                        c.returnCount,
                        c.holder,
                        c.origin,
                        nullable(c.headEvent),
                        storedDate(c.figures.clockStarted),
                        c.figures.clockUsed,
                        storedDate(c.figures.pausedOn),
                        storedDate(c.figures.riskFrom),
                        c.figures.dueUnconfirmed ? 1 : 0,
                        storedDate(c.figures.stoppedOn),
                        c.figures.met < 0 ? QVariant() : QVariant(c.figures.met),
                        storedDate(c.figures.stageDueDate),
                        c.figures.basis,
                        now,
                        ws};
}

} // namespace

void CaseRepository::insert(CaseRecord& c, const QString& now, const QString& ws)
{
    if (!m_insertCase)
        m_insertCase = CaseInserts::cases(m_db);
    if (c.id.isEmpty())
        c.id = OrderedId::next();
    c.rowVersion = 1;
    if (c.holder.isEmpty())
        c.holder = c.officer;
    if (c.origin.isEmpty())
        c.origin = ws;
    m_insertCase->add(caseRow(c, now, ws));

    if (!m_insertItem)
        m_insertItem = CaseInserts::checklist(m_db);
    int position = 0;
    for (const ChecklistItem& item : c.checklist)
        m_insertItem->add({OrderedId::next(), c.id, item.requirementKey, position++, checklistStatusKey(item.status),
                           item.note, now, ws});
    if (!m_batched)
        flush();
}

void CaseRepository::flush()
{
    // Cases before the rows that point to them.
    for (BatchInsert* b : {m_insertCase.get(), m_insertItem.get(), m_insertEvent.get(), m_insertMark.get()})
        if (b)
            b->flush();
}

void CaseRepository::takeQueued(QList<WriteBehind::Job>& into)
{
    for (BatchInsert* b : {m_insertCase.get(), m_insertItem.get(), m_insertEvent.get(), m_insertMark.get()})
        if (b && b->pending() > 0)
            into.append({b, b->take()});
}

int CaseRepository::pending() const
{
    return m_insertCase ? m_insertCase->pending() : 0;
}

void CaseRepository::update(CaseRecord& c, const QString& now, const QString& ws)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "UPDATE cases SET stage = :stage, stage_since = :stage_since, returned_from = :returned_from, "
            "complete_at = :complete, clock = :clock, due_date = :due, due_calendar_version = :due_version, "
            "field_visit_date = :visit, field_officer = :field_officer, nib_number = :nib, permit_number = "
            ":permit, signed_date = :signed, handed_over_date = :handed, rejection_reason = :rejection, "
            "withdrawal_reason = :withdrawal, return_count = :returns, representative_name = COALESCE(:rep_name, ''), "
            "representative_nik = COALESCE(:rep_nik, ''), head_event = :head, holder = :holder, " FIGURES_SET
            ", updated_at = :now, "
            "workstation = :ws, row_version = row_version + 1 WHERE id = :id AND row_version = :version"));
    bindState(q, c)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":ws"), ws)
        .bind(QStringLiteral(":id"), c.id)
        .bind(QStringLiteral(":version"), c.rowVersion)
        .exec();
    if (q.numRowsAffected() != 1)
        throw Error::conflict(QCoreApplication::translate("loket::CaseRepository",
                                                          "Application %1 was changed by someone else; open it again.")
                                  .arg(c.registrationNumber));
    ++c.rowVersion;
}

void CaseRepository::updateChecklist(const CaseRecord& c, const QString& now, const QString& ws)
{
    SqlQuery q(m_db, QStringLiteral(
                         "UPDATE case_checklist SET status = :status, note = COALESCE(:note, ''), updated_at = :now, "
                         "workstation = :ws, row_version = row_version + 1 WHERE case_id = :case AND "
                         "requirement_key = :key"));
    for (const ChecklistItem& item : c.checklist) {
        q.bind(QStringLiteral(":status"), checklistStatusKey(item.status))
            .bind(QStringLiteral(":note"), item.note)
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":ws"), ws)
            .bind(QStringLiteral(":case"), c.id)
            .bind(QStringLiteral(":key"), item.requirementKey)
            .exec();
    }
}

void CaseRepository::addEvent(const QString& caseId, const CaseEvent& e, const QString& actorId, const QString& now,
                              const QString& ws)
{
    if (!m_insertEvent)
        m_insertEvent = CaseInserts::events(m_db);
    m_insertEvent->add({e.id.isEmpty() ? OrderedId::next() : e.id, caseId, storedTime(e.at), e.action,
                        nullable(e.fromStage), e.toStage, nullable(actorId), e.actorName, e.note, nullable(e.parentId),
                        nullable(e.snapshot), now, ws});
    if (!m_batched)
        flush();
}

void CaseRepository::addClockMark(const QString& caseId, int seq, const CaseClockMark& m, const QString& now,
                                  const QString& ws)
{
    if (!m_insertMark)
        m_insertMark = CaseInserts::clockMarks(m_db);
    m_insertMark->add({OrderedId::next(), caseId, seq, m.kind, storedTime(m.at), m.note, now, ws});
    if (!m_batched)
        flush();
}

void CaseRepository::addDocument(const QString& caseId, CaseDocument& d, const QString& now, const QString& ws)
{
    if (d.id.isEmpty())
        d.id = OrderedId::next();
    SqlQuery(m_db, QStringLiteral(
                       "INSERT INTO case_documents (id, case_id, requirement_key, file_name, stored_name, "
                       "sha256, size_bytes, added_by, created_at, updated_at, workstation, row_version) "
                       "VALUES (:id, :case, COALESCE(:key, ''), :file, :stored, :sha, :size, :by, :now, :now, :ws, 1)"))
        .bind(QStringLiteral(":id"), d.id)
        .bind(QStringLiteral(":case"), caseId)
        .bind(QStringLiteral(":key"), d.requirementKey)
        .bind(QStringLiteral(":file"), d.fileName)
        .bind(QStringLiteral(":stored"), d.storedName)
        .bind(QStringLiteral(":sha"), d.sha256)
        .bind(QStringLiteral(":size"), d.sizeBytes)
        .bind(QStringLiteral(":by"), d.addedBy)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":ws"), ws)
        .exec();
}

// The lifecycle fields an action changes, bound by the statements that write them.
SqlQuery& CaseRepository::bindState(SqlQuery& q, const CaseRecord& c)
{
    q.bind(QStringLiteral(":stage"), caseStageKey(c.stage))
        .bind(QStringLiteral(":stage_since"), storedTime(c.stageSince))
        .bind(QStringLiteral(":returned_from"), nullable(c.returnedFrom))
        .bind(QStringLiteral(":complete"), storedTime(c.completeAt))
        .bind(QStringLiteral(":clock"), c.clock.isEmpty() ? QStringLiteral("none") : c.clock)
        .bind(QStringLiteral(":due"), storedDate(c.dueDate))
        .bind(QStringLiteral(":due_version"), c.dueDate.isValid() ? QVariant(c.dueCalendarVersion) : QVariant())
        .bind(QStringLiteral(":visit"), storedDate(c.fieldVisitDate))
        .bind(QStringLiteral(":field_officer"), nullable(c.fieldOfficer))
        .bind(QStringLiteral(":nib"), nullable(c.nibNumber))
        .bind(QStringLiteral(":permit"), nullable(c.permitNumber))
        .bind(QStringLiteral(":signed"), storedDate(c.signedDate))
        .bind(QStringLiteral(":handed"), storedDate(c.handedOverDate))
        .bind(QStringLiteral(":rejection"), nullable(c.rejectionReason))
        .bind(QStringLiteral(":withdrawal"), nullable(c.withdrawalReason))
        .bind(QStringLiteral(":returns"), c.returnCount)
        .bind(QStringLiteral(":rep_name"), c.representativeName)
        .bind(QStringLiteral(":rep_nik"), c.representativeNik)
        .bind(QStringLiteral(":head"), nullable(c.headEvent))
        .bind(QStringLiteral(":holder"), c.holder);
    return bindFigures(q, c);
}

namespace {
template <class Query> Query& bindFiguresTo(Query& q, const CaseRecord& c)
{
    q.bind(QStringLiteral(":f_started"), storedDate(c.figures.clockStarted))
        .bind(QStringLiteral(":f_used"), c.figures.clockUsed)
        .bind(QStringLiteral(":f_paused"), storedDate(c.figures.pausedOn))
        .bind(QStringLiteral(":f_risk"), storedDate(c.figures.riskFrom))
        .bind(QStringLiteral(":f_unconfirmed"), c.figures.dueUnconfirmed ? 1 : 0)
        .bind(QStringLiteral(":f_stopped"), storedDate(c.figures.stoppedOn))
        .bind(QStringLiteral(":f_met"), c.figures.met < 0 ? QVariant() : QVariant(c.figures.met))
        .bind(QStringLiteral(":f_stage_due"), storedDate(c.figures.stageDueDate))
        .bind(QStringLiteral(":f_basis"), c.figures.basis);
    return q;
}
} // namespace

SqlQuery& CaseRepository::bindFigures(SqlQuery& q, const CaseRecord& c)
{
    return bindFiguresTo(q, c);
}

void CaseRepository::replaceState(const CaseRecord& c)
{
    SqlQuery state(
        m_db,
        QStringLiteral("UPDATE cases SET stage = :stage, stage_since = :stage_since, returned_from = :returned_from, "
                       "complete_at = :complete, clock = :clock, due_date = :due, due_calendar_version = :due_version, "
                       "field_visit_date = :visit, field_officer = :field_officer, nib_number = :nib, permit_number = "
                       ":permit, signed_date = :signed, handed_over_date = :handed, rejection_reason = :rejection, "
                       "withdrawal_reason = :withdrawal, return_count = :returns, representative_name = "
                       "COALESCE(:rep_name, ''), representative_nik = COALESCE(:rep_nik, ''), head_event = :head, "
                       "holder = :holder, " FIGURES_SET " WHERE id = :id"));
    bindState(state, c).bind(QStringLiteral(":id"), c.id).exec();
    SqlQuery item(m_db, QStringLiteral("UPDATE case_checklist SET status = :status, note = COALESCE(:note, '') "
                                       "WHERE case_id = :case AND requirement_key = :key"));
    for (const ChecklistItem& i : c.checklist)
        item.bind(QStringLiteral(":status"), checklistStatusKey(i.status))
            .bind(QStringLiteral(":note"), i.note)
            .bind(QStringLiteral(":case"), c.id)
            .bind(QStringLiteral(":key"), i.requirementKey)
            .exec();
    SqlQuery(m_db, QStringLiteral("DELETE FROM case_clock_events WHERE case_id = :case"))
        .bind(QStringLiteral(":case"), c.id)
        .exec();
    // Ids made from the case and the position, so every workstation writes the same rows.
    SqlQuery mark(m_db, QStringLiteral("INSERT INTO case_clock_events (id, case_id, seq, kind, at, note, created_at, "
                                       "updated_at, workstation, row_version) VALUES (:id, :case, :seq, :kind, :at, "
                                       "COALESCE(:note, ''), :at, :at, :ws, 1)"));
    int seq = 0;
    for (const CaseClockMark& m : c.clockMarks) {
        ++seq;
        mark.bind(QStringLiteral(":id"), QStringLiteral("%1.m%2").arg(c.id).arg(seq))
            .bind(QStringLiteral(":case"), c.id)
            .bind(QStringLiteral(":seq"), seq)
            .bind(QStringLiteral(":kind"), m.kind)
            .bind(QStringLiteral(":at"), storedTime(m.at))
            .bind(QStringLiteral(":note"), m.note)
            .bind(QStringLiteral(":ws"), c.origin)
            .exec();
    }
}

void CaseRepository::setFigures(const CaseRecord& c)
{
    // Prepared once: a pull or a calendar change stores the figures of thousands of cases.
    if (!m_setFigures)
        m_setFigures = std::make_unique<ReusableQuery>(
            m_db, QStringLiteral("UPDATE cases SET clock = :clock, due_date = :due, due_calendar_version = "
                                 ":due_version, " FIGURES_SET " WHERE id = :id"));
    bindFiguresTo(*m_setFigures, c)
        .bind(QStringLiteral(":clock"), c.clock.isEmpty() ? QStringLiteral("none") : c.clock)
        .bind(QStringLiteral(":due"), storedDate(c.dueDate))
        .bind(QStringLiteral(":due_version"), c.dueDate.isValid() ? QVariant(c.dueCalendarVersion) : QVariant())
        .bind(QStringLiteral(":id"), c.id)
        .exec();
}

void CaseRepository::setBusinessNib(const QString& businessId, const QString& nib, const QString& now,
                                    const QString& ws)
{
    SqlQuery(m_db, QStringLiteral("UPDATE businesses SET nib = :nib, updated_at = :now, workstation = :ws, "
                                  "row_version = row_version + 1 WHERE id = :id"))
        .bind(QStringLiteral(":nib"), nib)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":ws"), ws)
        .bind(QStringLiteral(":id"), businessId)
        .exec();
}

QJsonObject CaseRepository::toJson(const CaseRecord& c)
{
    auto date = [](const QDate& d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); };
    auto time = [](const QDateTime& t) { return t.isValid() ? QJsonValue(toStoredTime(t)) : QJsonValue(); };
    QJsonArray checklist;
    for (const ChecklistItem& i : c.checklist)
        checklist.append(QJsonObject{{QStringLiteral("key"), i.requirementKey},
                                     {QStringLiteral("text"), i.requirementText},
                                     {QStringLiteral("status"), checklistStatusKey(i.status)},
                                     {QStringLiteral("note"), i.note}});
    QJsonArray documents;
    for (const CaseDocument& d : c.documents)
        documents.append(QJsonObject{{QStringLiteral("requirement"), d.requirementKey},
                                     {QStringLiteral("file_name"), d.fileName},
                                     {QStringLiteral("sha256"), d.sha256},
                                     {QStringLiteral("size"), double(d.sizeBytes)}});
    QJsonArray events;
    for (const CaseEvent& e : c.events)
        events.append(QJsonObject{{QStringLiteral("action"), e.action},
                                  {QStringLiteral("from"), e.fromStage},
                                  {QStringLiteral("to"), e.toStage},
                                  {QStringLiteral("at"), time(e.at)},
                                  {QStringLiteral("actor"), e.actorName},
                                  {QStringLiteral("note"), e.note}});
    return {{QStringLiteral("registration_number"), c.registrationNumber},
            {QStringLiteral("service_id"), c.serviceId},
            {QStringLiteral("standard_id"), c.standardId},
            {QStringLiteral("kbli"), c.kbli},
            {QStringLiteral("applicant"), ApplicantRepository::toJson(c.applicant)},
            {QStringLiteral("business"), BusinessRepository::toJson(c.business)},
            {QStringLiteral("representative_name"), c.representativeName},
            {QStringLiteral("representative_nik"), c.representativeNik},
            {QStringLiteral("stage"), caseStageKey(c.stage)},
            {QStringLiteral("stage_since"), time(c.stageSince)},
            {QStringLiteral("officer"), c.officer},
            {QStringLiteral("received_at"), time(c.receivedAt)},
            {QStringLiteral("complete_at"), time(c.completeAt)},
            {QStringLiteral("clock"), c.clock},
            {QStringLiteral("due_date"), date(c.dueDate)},
            {QStringLiteral("field_visit_date"), date(c.fieldVisitDate)},
            {QStringLiteral("field_officer"), c.fieldOfficer},
            {QStringLiteral("nib_number"), c.nibNumber},
            {QStringLiteral("permit_number"), c.permitNumber},
            {QStringLiteral("signed_date"), date(c.signedDate)},
            {QStringLiteral("handed_over_date"), date(c.handedOverDate)},
            {QStringLiteral("rejection_reason"), c.rejectionReason},
            {QStringLiteral("withdrawal_reason"), c.withdrawalReason},
            {QStringLiteral("return_count"), c.returnCount},
            {QStringLiteral("checklist"), checklist},
            {QStringLiteral("documents"), documents},
            {QStringLiteral("events"), events}};
}

} // namespace loket
