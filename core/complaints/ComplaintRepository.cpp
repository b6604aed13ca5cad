#include "ComplaintRepository.h"

#include "common/Error.h"
#include "common/Ids.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

namespace loket {

namespace {
// The complaint's own columns, in the order fromRow() reads them.
const QStringList kColumns{
    QStringLiteral("id"),
    QStringLiteral("number"),
    QStringLiteral("kind"),
    QStringLiteral("state"),
    QStringLiteral("channel_key"),
    QStringLiteral("channel_label"),
    QStringLiteral("received_at"),
    QStringLiteral("complainant_name"),
    QStringLiteral("complainant_id_number"),
    QStringLiteral("complainant_contact"),
    QStringLiteral("complainant_address"),
    QStringLiteral("case_reg_number"),
    QStringLiteral("case_handed_over_on"),
    QStringLiteral("service_kbli"),
    QStringLiteral("service_name"),
    QStringLiteral("standard_id"),
    QStringLiteral("sector"),
    QStringLiteral("object_text"),
    QStringLiteral("triage_kind"),
    QStringLiteral("triage_rule"),
    QStringLiteral("window_days"),
    QStringLiteral("answer_working_days"),
    QStringLiteral("override_kind"),
    QStringLiteral("override_reason"),
    QStringLiteral("override_by"),
    QStringLiteral("override_at"),
    QStringLiteral("due_on"),
    QStringLiteral("at_risk_on"),
    QStringLiteral("clock_basis"),
    QStringLiteral("problem_type"),
    QStringLiteral("plan_clarification"),
    QStringLiteral("plan_confirmation"),
    QStringLiteral("plan_research"),
    QStringLiteral("plan_investigation"),
    QStringLiteral("clarification_done"),
    QStringLiteral("clarification_with"),
    QStringLiteral("clarification_on"),
    QStringLiteral("resolution_path"),
    QStringLiteral("apip_approved_by"),
    QStringLiteral("apip_approved_at"),
    QStringLiteral("apip_approval_note"),
    QStringLiteral("answer_channel"),
    QStringLiteral("answer_on"),
    QStringLiteral("answer_text"),
    QStringLiteral("answered_by"),
    QStringLiteral("superior_name"),
    QStringLiteral("superior_report_on"),
    QStringLiteral("superior_report_text"),
    QStringLiteral("note"),
    QStringLiteral("closed_at"),
    QStringLiteral("registered_by"),
    QStringLiteral("created_at"),
    QStringLiteral("updated_at"),
    QStringLiteral("workstation"),
    QStringLiteral("row_version"),
    QStringLiteral("year"),
    QStringLiteral("seq"),
    QStringLiteral("unresolved_path"),
    QStringLiteral("unresolved_on"),
    QStringLiteral("unresolved_note"),
    QStringLiteral("problem_type_other"),
};

// NOT NULL text columns: a null QString would bind as NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant day(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QVariant stamp(const QDateTime& t)
{
    return t.isValid() ? QVariant(toStoredTime(t)) : QVariant();
}

QDate toDay(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QDateTime toStamp(const QVariant& v)
{
    return v.isNull() ? QDateTime() : fromStoredTime(v.toString());
}

QString selectList(const QString& prefix = {})
{
    QStringList cols;
    for (const QString& c : kColumns)
        cols << prefix + c;
    return cols.join(QStringLiteral(", "));
}

// Binds every column but id/created_at/workstation/row_version/year/seq.
void bindFields(SqlQuery& q, const Complaint& c)
{
    q.bind(QStringLiteral(":kind"), complaintKindKey(c.kind));
    q.bind(QStringLiteral(":state"), text(c.state));
    q.bind(QStringLiteral(":channel_key"), text(c.channelKey));
    q.bind(QStringLiteral(":channel_label"), text(c.channelLabel));
    q.bind(QStringLiteral(":received_at"), toStoredTime(c.receivedAt));
    q.bind(QStringLiteral(":complainant_name"), text(c.complainantName));
    q.bind(QStringLiteral(":complainant_id_number"), text(c.complainantIdNumber));
    q.bind(QStringLiteral(":complainant_contact"), text(c.complainantContact));
    q.bind(QStringLiteral(":complainant_address"), text(c.complainantAddress));
    q.bind(QStringLiteral(":case_reg_number"), text(c.caseRegNumber));
    q.bind(QStringLiteral(":case_handed_over_on"), day(c.caseHandedOverOn));
    q.bind(QStringLiteral(":service_kbli"), text(c.serviceKbli));
    q.bind(QStringLiteral(":service_name"), text(c.serviceName));
    q.bind(QStringLiteral(":standard_id"), text(c.standardId));
    q.bind(QStringLiteral(":sector"), text(c.sector));
    q.bind(QStringLiteral(":object_text"), text(c.objectText));
    q.bind(QStringLiteral(":triage_kind"), complaintKindKey(c.triageKind));
    q.bind(QStringLiteral(":triage_rule"), text(c.triageRule));
    q.bind(QStringLiteral(":window_days"), c.windowDays);
    q.bind(QStringLiteral(":answer_working_days"), c.answerWorkingDays);
    q.bind(QStringLiteral(":override_kind"), c.overridden ? QVariant(complaintKindKey(c.kind)) : QVariant());
    q.bind(QStringLiteral(":override_reason"), text(c.overrideReason));
    q.bind(QStringLiteral(":override_by"), text(c.overrideBy));
    q.bind(QStringLiteral(":override_at"), stamp(c.overrideAt));
    q.bind(QStringLiteral(":due_on"), day(c.dueOn));
    q.bind(QStringLiteral(":at_risk_on"), day(c.atRiskOn));
    q.bind(QStringLiteral(":clock_basis"), text(c.clockBasis));
    q.bind(QStringLiteral(":problem_type"), text(c.problemType));
    q.bind(QStringLiteral(":plan_clarification"), c.plan.clarification ? 1 : 0);
    q.bind(QStringLiteral(":plan_confirmation"), c.plan.confirmation ? 1 : 0);
    q.bind(QStringLiteral(":plan_research"), c.plan.research ? 1 : 0);
    q.bind(QStringLiteral(":plan_investigation"), c.plan.investigation ? 1 : 0);
    q.bind(QStringLiteral(":clarification_done"), c.clarificationDone ? 1 : 0);
    q.bind(QStringLiteral(":clarification_with"), text(c.clarificationWith));
    q.bind(QStringLiteral(":clarification_on"), day(c.clarificationOn));
    q.bind(QStringLiteral(":resolution_path"), text(c.resolutionPath));
    q.bind(QStringLiteral(":apip_approved_by"), text(c.apipApprovedBy));
    q.bind(QStringLiteral(":apip_approved_at"), stamp(c.apipApprovedAt));
    q.bind(QStringLiteral(":apip_approval_note"), text(c.apipApprovalNote));
    q.bind(QStringLiteral(":answer_channel"), text(c.answerChannel));
    q.bind(QStringLiteral(":answer_on"), day(c.answerOn));
    q.bind(QStringLiteral(":answer_text"), text(c.answerText));
    q.bind(QStringLiteral(":answered_by"), text(c.answeredBy));
    q.bind(QStringLiteral(":superior_name"), text(c.superiorName));
    q.bind(QStringLiteral(":superior_report_on"), day(c.superiorReportOn));
    q.bind(QStringLiteral(":superior_report_text"), text(c.superiorReportText));
    q.bind(QStringLiteral(":note"), text(c.note));
    q.bind(QStringLiteral(":closed_at"), stamp(c.closedAt));
    q.bind(QStringLiteral(":registered_by"), text(c.registeredBy));
    q.bind(QStringLiteral(":updated_at"), toStoredTime(c.updatedAt));
    q.bind(QStringLiteral(":unresolved_path"), text(c.unresolvedPath));
    q.bind(QStringLiteral(":unresolved_on"), day(c.unresolvedOn));
    q.bind(QStringLiteral(":unresolved_note"), text(c.unresolvedNote));
    q.bind(QStringLiteral(":problem_type_other"), text(c.problemTypeOther));
}

// Columns written by bindFields(), for INSERT and UPDATE statements.
QStringList fieldColumns()
{
    static const QStringList skip{QStringLiteral("id"),          QStringLiteral("number"),
                                  QStringLiteral("created_at"),  QStringLiteral("workstation"),
                                  QStringLiteral("row_version"), QStringLiteral("year"),
                                  QStringLiteral("seq")};
    QStringList out;
    for (const QString& c : kColumns)
        if (!skip.contains(c))
            out << c;
    return out;
}
} // namespace

int ComplaintRepository::nextSeq(const QString& workstation, int year) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM complaints WHERE workstation = :ws AND "
                                    "year = :year"));
    q.bind(QStringLiteral(":ws"), workstation).bind(QStringLiteral(":year"), year);
    return q.scalar().toInt();
}

void ComplaintRepository::insert(const Complaint& c)
{
    const QStringList cols = fieldColumns();
    QStringList placeholders;
    for (const QString& col : cols)
        placeholders << QLatin1Char(':') + col;
    const QString sql = QStringLiteral("INSERT INTO complaints (id, number, year, seq, created_at, workstation, "
                                       "row_version, %1) VALUES (:id, :number, :year, :seq, :created_at, :ws, 1, %2)")
                            .arg(cols.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
    SqlQuery q(m_db, sql);
    const QStringList parts = c.number.split(QLatin1Char('-'));
    q.bind(QStringLiteral(":id"), c.id)
        .bind(QStringLiteral(":number"), c.number)
        .bind(QStringLiteral(":year"), c.receivedAt.date().year())
        .bind(QStringLiteral(":seq"), parts.isEmpty() ? 0 : parts.last().toInt())
        .bind(QStringLiteral(":created_at"), toStoredTime(c.createdAt))
        .bind(QStringLiteral(":ws"), c.workstation);
    bindFields(q, c);
    q.exec();
    for (const ComplaintReviewStep& s : c.reviewSteps)
        saveReviewStep(c.id, s, c.createdAt, c.workstation);
}

void ComplaintRepository::update(Complaint& c, const QDateTime& now)
{
    QStringList sets;
    for (const QString& col : fieldColumns())
        sets << QStringLiteral("%1 = :%1").arg(col);
    const QString sql = QStringLiteral("UPDATE complaints SET %1, row_version = row_version + 1 WHERE id = :id AND "
                                       "row_version = :version")
                            .arg(sets.join(QStringLiteral(", ")));
    c.updatedAt = now;
    SqlQuery q(m_db, sql);
    bindFields(q, c);
    q.bind(QStringLiteral(":id"), c.id).bind(QStringLiteral(":version"), c.rowVersion);
    q.exec();
    if (q.numRowsAffected() != 1) {
        throw Error::conflict(QCoreApplication::translate("loket::ComplaintRepository",
                                                          "Complaint %1 was changed by somebody else; open it again.")
                                  .arg(c.number));
    }
    ++c.rowVersion;
}

void ComplaintRepository::saveReviewStep(const QString& complaintId, const ComplaintReviewStep& s, const QDateTime& now,
                                         const QString& workstation)
{
    SqlQuery q(m_db, QStringLiteral(
                         "INSERT INTO complaint_review_steps (id, complaint_id, position, label, done_on, note, done_by, "
                         "created_at, updated_at, workstation, row_version) VALUES (:id, :cid, :pos, :label, :done_on, "
                         ":note, :done_by, :now, :now, :ws, 1) ON CONFLICT (complaint_id, position) DO UPDATE SET "
                         "label = excluded.label, done_on = excluded.done_on, note = excluded.note, done_by = "
                         "excluded.done_by, updated_at = excluded.updated_at, row_version = row_version + 1"));
    q.bind(QStringLiteral(":id"), s.id.isEmpty() ? newId() : s.id)
        .bind(QStringLiteral(":cid"), complaintId)
        .bind(QStringLiteral(":pos"), s.position)
        .bind(QStringLiteral(":label"), text(s.label))
        .bind(QStringLiteral(":done_on"), day(s.doneOn))
        .bind(QStringLiteral(":note"), text(s.note))
        .bind(QStringLiteral(":done_by"), text(s.doneBy))
        .bind(QStringLiteral(":now"), toStoredTime(now))
        .bind(QStringLiteral(":ws"), workstation)
        .exec();
}

void ComplaintRepository::insertEscalation(const QString& complaintId, const ComplaintEscalation& e,
                                           const QDateTime& now, const QString& workstation)
{
    SqlQuery(m_db, QStringLiteral("INSERT INTO complaint_escalations (id, complaint_id, path, level, position, officer, "
                                  "reported_on, report, recorded_by, created_at, updated_at, workstation, row_version) "
                                  "VALUES (:id, :cid, :path, :level, :position, :officer, :on, :report, :by, :now, :now, "
                                  ":ws, 1)"))
        .bind(QStringLiteral(":id"), e.id.isEmpty() ? newId() : e.id)
        .bind(QStringLiteral(":cid"), complaintId)
        .bind(QStringLiteral(":path"), text(e.path))
        .bind(QStringLiteral(":level"), e.level)
        .bind(QStringLiteral(":position"), text(e.position))
        .bind(QStringLiteral(":officer"), text(e.officer))
        .bind(QStringLiteral(":on"), day(e.reportedOn))
        .bind(QStringLiteral(":report"), text(e.report))
        .bind(QStringLiteral(":by"), text(e.recordedBy))
        .bind(QStringLiteral(":now"), toStoredTime(now))
        .bind(QStringLiteral(":ws"), workstation)
        .exec();
}

void ComplaintRepository::insertAttachment(const QString& complaintId, const ComplaintAttachment& a,
                                           const QString& workstation)
{
    SqlQuery(m_db, QStringLiteral("INSERT INTO complaint_attachments (id, complaint_id, file_name, stored_path, sha256, "
                                  "size_bytes, created_at, updated_at, workstation, row_version) VALUES (:id, :cid, "
                                  ":name, :path, :sha, :size, :at, :at, :ws, 1)"))
        .bind(QStringLiteral(":id"), a.id.isEmpty() ? newId() : a.id)
        .bind(QStringLiteral(":cid"), complaintId)
        .bind(QStringLiteral(":name"), text(a.fileName))
        .bind(QStringLiteral(":path"), text(a.storedPath))
        .bind(QStringLiteral(":sha"), text(a.sha256))
        .bind(QStringLiteral(":size"), a.size)
        .bind(QStringLiteral(":at"), toStoredTime(a.addedAt))
        .bind(QStringLiteral(":ws"), workstation)
        .exec();
}

void ComplaintRepository::updateClock(const QString& id, QDate dueOn, QDate atRiskOn, const QString& basis)
{
    SqlQuery(m_db, QStringLiteral("UPDATE complaints SET due_on = :due, at_risk_on = :risk, clock_basis = :basis "
                                  "WHERE id = :id"))
        .bind(QStringLiteral(":due"), day(dueOn))
        .bind(QStringLiteral(":risk"), day(atRiskOn))
        .bind(QStringLiteral(":basis"), text(basis))
        .bind(QStringLiteral(":id"), id)
        .exec();
}

Complaint ComplaintRepository::fromRow(SqlQuery& q)
{
    Complaint c;
    int i = 0;
    auto next = [&] { return q.value(i++); };
    c.id = next().toString();
    c.number = next().toString();
    complaintKindFromKey(next().toString(), &c.kind);
    c.state = next().toString();
    c.channelKey = next().toString();
    c.channelLabel = next().toString();
    c.receivedAt = toStamp(next());
    c.complainantName = next().toString();
    c.complainantIdNumber = next().toString();
    c.complainantContact = next().toString();
    c.complainantAddress = next().toString();
    c.caseRegNumber = next().toString();
    c.caseHandedOverOn = toDay(next());
    c.serviceKbli = next().toString();
    c.serviceName = next().toString();
    c.standardId = next().toString();
    c.sector = next().toString();
    c.objectText = next().toString();
    complaintKindFromKey(next().toString(), &c.triageKind);
    c.triageRule = next().toString();
    c.windowDays = next().toInt();
    c.answerWorkingDays = next().toInt();
    c.overridden = !next().isNull();
    c.overrideReason = next().toString();
    c.overrideBy = next().toString();
    c.overrideAt = toStamp(next());
    c.dueOn = toDay(next());
    c.atRiskOn = toDay(next());
    c.clockBasis = next().toString();
    c.problemType = next().toString();
    c.plan.clarification = next().toBool();
    c.plan.confirmation = next().toBool();
    c.plan.research = next().toBool();
    c.plan.investigation = next().toBool();
    c.clarificationDone = next().toBool();
    c.clarificationWith = next().toString();
    c.clarificationOn = toDay(next());
    c.resolutionPath = next().toString();
    c.apipApprovedBy = next().toString();
    c.apipApprovedAt = toStamp(next());
    c.apipApprovalNote = next().toString();
    c.answerChannel = next().toString();
    c.answerOn = toDay(next());
    c.answerText = next().toString();
    c.answeredBy = next().toString();
    c.superiorName = next().toString();
    c.superiorReportOn = toDay(next());
    c.superiorReportText = next().toString();
    c.note = next().toString();
    c.closedAt = toStamp(next());
    c.registeredBy = next().toString();
    c.createdAt = toStamp(next());
    c.updatedAt = toStamp(next());
    c.workstation = next().toString();
    c.rowVersion = next().toInt();
    i += 2; // year, seq
    c.unresolvedPath = next().toString();
    c.unresolvedOn = toDay(next());
    c.unresolvedNote = next().toString();
    c.problemTypeOther = next().toString();
    return c;
}

void ComplaintRepository::loadLists(Complaint& c) const
{
    SqlQuery steps(m_db, QStringLiteral("SELECT id, position, label, done_on, note, done_by FROM complaint_review_steps "
                                        "WHERE complaint_id = :id ORDER BY position"));
    steps.bind(QStringLiteral(":id"), c.id).exec();
    while (steps.next()) {
        c.reviewSteps.append({steps.value(0).toString(), steps.value(1).toInt(), steps.value(2).toString(),
                              toDay(steps.value(3)), steps.value(4).toString(), steps.value(5).toString()});
    }
    SqlQuery esc(m_db, QStringLiteral("SELECT id, path, level, position, officer, reported_on, report, recorded_by FROM "
                                      "complaint_escalations WHERE complaint_id = :id ORDER BY created_at, level"));
    esc.bind(QStringLiteral(":id"), c.id).exec();
    while (esc.next()) {
        c.escalations.append({esc.value(0).toString(), esc.value(1).toString(), esc.value(2).toInt(),
                              esc.value(3).toString(), esc.value(4).toString(), toDay(esc.value(5)),
                              esc.value(6).toString(), esc.value(7).toString()});
    }
    SqlQuery att(m_db, QStringLiteral("SELECT id, file_name, stored_path, sha256, size_bytes, created_at FROM "
                                      "complaint_attachments WHERE complaint_id = :id ORDER BY created_at, file_name"));
    att.bind(QStringLiteral(":id"), c.id).exec();
    while (att.next()) {
        c.attachments.append({att.value(0).toString(), att.value(1).toString(), att.value(2).toString(),
                              att.value(3).toString(), att.value(4).toLongLong(), toStamp(att.value(5))});
    }
}

std::optional<Complaint> ComplaintRepository::find(const QString& idOrNumber) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM complaints WHERE id = :key OR number = :key").arg(selectList()));
    q.bind(QStringLiteral(":key"), idOrNumber).exec();
    if (!q.next())
        return std::nullopt;
    Complaint c = fromRow(q);
    loadLists(c);
    return c;
}

QString ComplaintRepository::whereClause(const ComplaintFilter& f) const
{
    // Only fixed SQL fragments are joined here; every value is bound by bindFilter().
    QStringList w{QStringLiteral("1 = 1")};
    // With a search, "+kind" keeps the planner on the three search indexes.
    if (f.kind)
        w << (f.search.isEmpty() ? QStringLiteral("kind = :kind") : QStringLiteral("+kind = :kind"));
    if (f.from.isValid())
        w << QStringLiteral("received_at >= :from");
    if (f.to.isValid())
        w << QStringLiteral("received_at < :to");
    if (!f.channelKey.isEmpty())
        w << QStringLiteral("channel_key = :channel");
    if (!f.serviceKbli.isEmpty())
        w << QStringLiteral("service_kbli = :service");
    if (!f.problemType.isEmpty())
        w << QStringLiteral("problem_type = :problem");
    if (!f.state.isEmpty())
        w << QStringLiteral("state = :state");
    // Prefix ranges, so each of the three indexes answers its part.
    if (!f.search.isEmpty())
        w << QStringLiteral("((number >= :code AND number < :code_end) OR (case_reg_number >= :code AND "
                            "case_reg_number < :code_end) OR (complainant_name >= :search COLLATE NOCASE AND "
                            "complainant_name < :search_end COLLATE NOCASE))");
    const QString open = QStringLiteral("kind = 'complaint' AND answer_on IS NULL AND due_on IS NOT NULL");
    if (f.clockState == QLatin1String("overdue"))
        w << open + QStringLiteral(" AND due_on < :today");
    else if (f.clockState == QLatin1String("at_risk"))
        w << open + QStringLiteral(" AND due_on >= :today AND at_risk_on <= :today");
    else if (f.clockState == QLatin1String("on_track"))
        w << open + QStringLiteral(" AND at_risk_on > :today");
    else if (f.clockState == QLatin1String("met"))
        w << QStringLiteral("kind = 'complaint' AND answer_on IS NOT NULL AND answer_on <= due_on");
    else if (f.clockState == QLatin1String("missed"))
        w << QStringLiteral("kind = 'complaint' AND answer_on IS NOT NULL AND answer_on > due_on");
    return w.join(QStringLiteral(" AND "));
}

void ComplaintRepository::bindFilter(SqlQuery& q, const ComplaintFilter& f, QDate today) const
{
    if (f.kind)
        q.bind(QStringLiteral(":kind"), complaintKindKey(*f.kind));
    if (f.from.isValid())
        q.bind(QStringLiteral(":from"), f.from.toString(Qt::ISODate));
    if (f.to.isValid())
        q.bind(QStringLiteral(":to"), f.to.addDays(1).toString(Qt::ISODate));
    if (!f.channelKey.isEmpty())
        q.bind(QStringLiteral(":channel"), f.channelKey);
    if (!f.serviceKbli.isEmpty())
        q.bind(QStringLiteral(":service"), f.serviceKbli);
    if (!f.problemType.isEmpty())
        q.bind(QStringLiteral(":problem"), f.problemType);
    if (!f.state.isEmpty())
        q.bind(QStringLiteral(":state"), f.state);
    if (!f.search.isEmpty()) {
        // Register and registration numbers are upper case; names compare without case.
        q.bind(QStringLiteral(":code"), f.search.toUpper());
        q.bind(QStringLiteral(":code_end"), f.search.toUpper() + QChar(0xFFFF));
        q.bind(QStringLiteral(":search"), f.search);
        q.bind(QStringLiteral(":search_end"), f.search + QChar(0xFFFF));
    }
    if (f.clockState == QLatin1String("overdue") || f.clockState == QLatin1String("at_risk") ||
        f.clockState == QLatin1String("on_track"))
        q.bind(QStringLiteral(":today"), today.toString(Qt::ISODate));
}

int ComplaintRepository::count(const ComplaintFilter& filter, QDate today) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM complaints WHERE %1").arg(whereClause(filter)));
    bindFilter(q, filter, today);
    return q.scalar().toInt();
}

QList<Complaint> ComplaintRepository::page(const ComplaintFilter& filter, QDate today, const ComplaintCursor& after,
                                           int limit) const
{
    QString where = whereClause(filter);
    if (!after.isNull())
        where += QStringLiteral(" AND (received_at < :after_at OR (received_at = :after_at AND id < :after_id))");
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM complaints WHERE %2 ORDER BY received_at DESC, id DESC LIMIT :limit")
                         .arg(selectList(), where));
    bindFilter(q, filter, today);
    if (!after.isNull())
        q.bind(QStringLiteral(":after_at"), after.receivedAt).bind(QStringLiteral(":after_id"), after.id);
    q.bind(QStringLiteral(":limit"), limit).exec();
    QList<Complaint> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

QList<Complaint> ComplaintRepository::staleClocks(const QString& basis, int limit) const
{
    // Two ranges instead of "<>", each answered by the partial index on clock_basis.
    // Without statistics the planner would walk the kind index instead.
    const QString open = QStringLiteral("SELECT %1 FROM complaints INDEXED BY complaints_clock_basis WHERE kind = "
                                        "'complaint' AND answer_on IS NULL AND ")
                             .arg(selectList());
    SqlQuery q(m_db, open + QStringLiteral("clock_basis < :basis UNION ALL ") + open +
                         QStringLiteral("clock_basis > :basis LIMIT :limit"));
    q.bind(QStringLiteral(":basis"), text(basis)).bind(QStringLiteral(":limit"), limit).exec();
    QList<Complaint> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

QList<Complaint> ComplaintRepository::openComplaints() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM complaints WHERE kind = 'complaint' AND answer_on IS NULL")
                         .arg(selectList()));
    q.exec();
    QList<Complaint> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

QList<RelatedComplaint> ComplaintRepository::related(const Complaint& c, int limit) const
{
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT %1 FROM complaints WHERE id <> :id AND received_at <= :at AND ("
                         "(:reg <> '' AND case_reg_number = :reg) OR "
                         "(:nik <> '' AND complainant_id_number = :nik) OR "
                         "(:name <> '' AND lower(complainant_name) = lower(:name)) OR "
                         "(:kbli <> '' AND service_kbli = :kbli)) ORDER BY received_at DESC LIMIT :limit")
                         .arg(selectList()));
    q.bind(QStringLiteral(":id"), c.id)
        .bind(QStringLiteral(":at"), toStoredTime(c.receivedAt))
        .bind(QStringLiteral(":reg"), text(c.caseRegNumber))
        .bind(QStringLiteral(":nik"), text(c.complainantIdNumber))
        .bind(QStringLiteral(":name"), c.complainantName.trimmed())
        .bind(QStringLiteral(":kbli"), text(c.serviceKbli))
        .bind(QStringLiteral(":limit"), limit)
        .exec();
    QList<RelatedComplaint> out;
    while (q.next()) {
        RelatedComplaint r;
        r.complaint = fromRow(q);
        r.sameCase = !c.caseRegNumber.isEmpty() && r.complaint.caseRegNumber == c.caseRegNumber;
        r.sameApplicant = (!c.complainantIdNumber.isEmpty() && r.complaint.complainantIdNumber == c.complainantIdNumber) ||
                          (!c.complainantName.trimmed().isEmpty() &&
                           r.complaint.complainantName.trimmed().compare(c.complainantName.trimmed(),
                                                                         Qt::CaseInsensitive) == 0);
        r.sameService = !c.serviceKbli.isEmpty() && r.complaint.serviceKbli == c.serviceKbli;
        out.append(r);
    }
    return out;
}

QString ComplaintRepository::storedClockState(const Complaint& c, QDate today)
{
    if (!c.isComplaint() || !c.dueOn.isValid())
        return {};
    if (c.answerOn.isValid())
        return c.answerOn <= c.dueOn ? QStringLiteral("met") : QStringLiteral("missed");
    if (today > c.dueOn)
        return QStringLiteral("overdue");
    if (c.atRiskOn.isValid() && today >= c.atRiskOn)
        return QStringLiteral("at_risk");
    return QStringLiteral("on_track");
}

QList<ServedCase> ComplaintRepository::servedCases(QDate since, int limit) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT registration_number, kbli, handed_over_date FROM cases WHERE "
                                    "handed_over_date >= :since AND stage = 'handed_over' ORDER BY "
                                    "handed_over_date DESC, registration_number LIMIT :limit"));
    q.bind(QStringLiteral(":since"), since.toString(Qt::ISODate)).bind(QStringLiteral(":limit"), limit).exec();
    QList<ServedCase> out;
    while (q.next())
        out.append(
            {q.value(0).toString(), q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate)});
    return out;
}

} // namespace loket
