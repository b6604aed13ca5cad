#include "AuditTrail.h"

#include "AuditHead.h"
#include "AuditKey.h"
#include "AuditMask.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace loket {

namespace {
const char* const kColumns = "seq, id, at, actor_id, actor_name, workstation, action, record_type, record_id, "
                             "before_json, after_json, note, prev_hash, hash";

QJsonObject parseObject(const QVariant& v, bool* ok)
{
    if (v.isNull())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *ok = false;
        return {};
    }
    return doc.object();
}

AuditEntry readEntry(const SqlQuery& q, bool* parsed)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    e.at = fromStoredTime(q.value(2).toString());
    e.actorId = q.value(3).toString();
    e.actorName = q.value(4).toString();
    e.workstation = q.value(5).toString();
    e.action = q.value(6).toString();
    e.recordType = q.value(7).toString();
    e.recordId = q.value(8).toString();
    bool ok = true;
    e.before = parseObject(q.value(9), &ok);
    e.after = parseObject(q.value(10), &ok);
    e.note = q.value(11).toString();
    e.prevHash = q.value(12).toString();
    e.hash = q.value(13).toString();
    if (parsed)
        *parsed = ok;
    return e;
}

// WHERE clause of fixed text with named placeholders; the values are bound separately.
QString whereFor(const AuditFilter& f, qint64 beforeSeq)
{
    QStringList terms;
    if (beforeSeq > 0)
        terms << QStringLiteral("seq < :before");
    if (!f.recordId.isEmpty())
        terms << QStringLiteral("record_id = :record");
    if (!f.recordType.isEmpty())
        terms << QStringLiteral("record_type = :rtype");
    if (!f.actor.isEmpty())
        terms << QStringLiteral("actor_name = :actor");
    if (!f.action.isEmpty())
        terms << QStringLiteral("(action = :action OR substr(action, 1, length(:action) + 1) = :action || '.')");
    if (f.from.isValid())
        terms << QStringLiteral("at >= :from");
    if (f.to.isValid())
        terms << QStringLiteral("at < :to");
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

void bindFilter(SqlQuery& q, const AuditFilter& f, qint64 beforeSeq)
{
    if (beforeSeq > 0)
        q.bind(QStringLiteral(":before"), beforeSeq);
    if (!f.recordId.isEmpty())
        q.bind(QStringLiteral(":record"), f.recordId.trimmed());
    if (!f.recordType.isEmpty())
        q.bind(QStringLiteral(":rtype"), f.recordType.trimmed());
    if (!f.actor.isEmpty())
        q.bind(QStringLiteral(":actor"), f.actor.trimmed());
    if (!f.action.isEmpty())
        q.bind(QStringLiteral(":action"), f.action.trimmed());
    // Stored times are ISO text in Asia/Jakarta, so a date prefix compares correctly.
    if (f.from.isValid())
        q.bind(QStringLiteral(":from"), f.from.toString(Qt::ISODate));
    if (f.to.isValid())
        q.bind(QStringLiteral(":to"), f.to.addDays(1).toString(Qt::ISODate));
}
} // namespace

bool AuditFilter::isEmpty() const
{
    return recordId.isEmpty() && recordType.isEmpty() && actor.isEmpty() && action.isEmpty() && !from.isValid() &&
           !to.isValid();
}

// Walks one chain in order: numbering without gaps from 1, each hash recomputed, each link to the
// entry before. Returns the last sequence number read.
qint64 AuditTrail::walkChain(SqlQuery& q, AuditVerification& result, const AuditKey* key)
{
    auto fail = [&result](const AuditEntry& e, const QString& problem) {
        result.ok = false;
        result.firstBadSeq = e.seq;
        result.firstBadId = e.id;
        result.problem = problem;
    };
    QString previousHash = AuditLog::genesisHash();
    qint64 previousSeq = 0;
    while (q.next()) {
        bool parsed = true;
        const AuditEntry e = readEntry(q, &parsed);
        ++result.checked;
        result.lastSeq = e.seq;
        if (e.seq != previousSeq + 1) {
            fail(e, previousSeq == 0
                        ? tr("Entry %1 is the first one left: entries 1 to %2 were deleted.").arg(e.seq).arg(e.seq - 1)
                        : tr("Entries %1 to %2 are missing: they were deleted after entry %3.")
                              .arg(previousSeq + 1)
                              .arg(e.seq - 1)
                              .arg(previousSeq));
            return previousSeq;
        }
        if (!parsed || AuditLog::computeHash(e) != e.hash) {
            fail(e, tr("Entry %1 (%2, %3) was changed after it was written: its content does not match its hash.")
                        .arg(e.seq)
                        .arg(e.action, toStoredTime(e.at)));
            return previousSeq;
        }
        // From the key's first entry on, each entry carries the seal only the key can make: an
        // entry rewritten with a recomputed hash (and the chain after it) has none that fits.
        if (key && e.seq >= key->fromSeq && q.value(14).toString() != key->seal(e.hash)) {
            fail(e, tr("Entry %1 (%2, %3) does not carry this workstation's seal: the audit trail was rewritten "
                       "outside Loket.")
                        .arg(e.seq)
                        .arg(e.action, toStoredTime(e.at)));
            return previousSeq;
        }
        if (e.prevHash != previousHash) {
            fail(e,
                 tr("Entry %1 does not follow entry %2: the chain of hashes is broken.").arg(e.seq).arg(previousSeq));
            return previousSeq;
        }
        previousHash = e.hash;
        previousSeq = e.seq;
    }
    return previousSeq;
}

QList<ReceivedChain> AuditTrail::verifyReceived() const
{
    m_ctx.require(Permission::ViewAudit);
    QList<ReceivedChain> chains;
    SqlQuery ws(m_ctx.db(), QStringLiteral("SELECT DISTINCT workstation FROM audit_remote ORDER BY workstation"));
    ws.exec();
    while (ws.next()) {
        ReceivedChain chain;
        chain.workstation = ws.value(0).toString();
        SqlQuery q(m_ctx.db(), QStringLiteral("SELECT %1 FROM audit_remote WHERE workstation = :ws ORDER BY seq")
                                   .arg(QLatin1String(kColumns)));
        q.bind(QStringLiteral(":ws"), chain.workstation).exec();
        walkChain(q, chain.result);
        chains.append(chain);
    }
    return chains;
}

namespace {
// The steps of AuditTrail::verify after the chain itself is walked.

// A dropped table is a missing trail, not a storage error.
bool auditTableExists(const Context& ctx)
{
    return SqlQuery(ctx.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :t"))
               .bind(QStringLiteral(":t"), QStringLiteral("audit_log"))
               .scalar()
               .toInt() > 0;
}

// The key beside the database file (issue 14); none for a copy of the file somewhere else.
std::optional<AuditKey> keyBeside(const QString& path)
{
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return std::nullopt;
    return AuditKey::load(AuditKey::pathFor(QFileInfo(path).absoluteFilePath()));
}

void failAt(AuditVerification& result, qint64 firstBadSeq, const QString& problem)
{
    result.ok = false;
    result.firstBadSeq = firstBadSeq;
    result.problem = problem;
}

// A tail cut off the chain that was walked up to `previousSeq`: false (and `result` failed) when
// entries are missing at the end, or the trail was emptied.
bool tailIsWhole(const Context& ctx, qint64 previousSeq, const AuditKey* key, AuditVerification& result)
{
    // AUTOINCREMENT remembers the highest number ever used: a deleted tail shows up here.
    const qint64 highest = SqlQuery(ctx.db(), QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = :t"))
                               .bind(QStringLiteral(":t"), QStringLiteral("audit_log"))
                               .scalar()
                               .toLongLong();
    if (highest > previousSeq) {
        failAt(result, previousSeq + 1,
               previousSeq == 0 ? AuditTrail::tr("All %1 entries of the audit trail were deleted.").arg(highest)
                                : AuditTrail::tr("Entries %1 to %2 are missing: the last entries were deleted after "
                                                 "entry %3.")
                                      .arg(previousSeq + 1)
                                      .arg(highest)
                                      .arg(previousSeq));
        return false;
    }
    if (result.checked == 0) {
        // Every database Loket made has entries (its first user, its setup): an empty trail was emptied.
        const qint64 users = SqlQuery(ctx.db(), QStringLiteral("SELECT count(*) FROM users")).scalar().toLongLong();
        if (!key && users == 0)
            return true;
        failAt(result, 1,
               key ? AuditTrail::tr("The audit trail is empty, but this workstation sealed its entries from "
                                    "entry %1 on: the entries were deleted.")
                         .arg(key->fromSeq)
                   : AuditTrail::tr("The audit trail is empty although the database holds %1 user account(s): "
                                    "the entries were deleted.")
                         .arg(users));
        return false;
    }
    if (key && previousSeq < key->fromSeq) {
        // Not one sealed entry is left: the tail from the first sealed entry on was cut off and the
        // numbering lowered. (Until the next entry is written, also the trace of a first sealed
        // entry whose change was rolled back.)
        failAt(result, previousSeq + 1,
               AuditTrail::tr("Entries from %1 on are missing: this workstation sealed entries from %2 on.")
                   .arg(previousSeq + 1)
                   .arg(key->fromSeq));
        return false;
    }
    return true;
}

// The head of the last push, recorded beside the database and sealed with the key: a tail
// deleted after it was sent (and the numbering lowered) is found even while the central
// database cannot be reached.
void checkRecordedHead(const AuditTrail& trail, const QString& path, const AuditKey& key, AuditVerification& result)
{
    QString problem;
    const std::optional<AuditHead> head = AuditHeadFile::load(QFileInfo(path).absoluteFilePath(), key, &problem);
    if (!problem.isEmpty()) {
        result.ok = false;
        result.problem = problem;
        return;
    }
    if (!head)
        return;
    const AuditVerification pushed =
        trail.compareWithHead(*head, AuditTrail::tr("the central database (as recorded beside the database file)"));
    if (!pushed.ok) {
        result.ok = false;
        result.firstBadSeq = pushed.firstBadSeq;
        result.firstBadId = pushed.firstBadId;
        result.problem = pushed.problem;
    }
}
} // namespace

AuditVerification AuditTrail::verify() const
{
    m_ctx.require(Permission::ViewAudit);
    AuditVerification result;
    if (!auditTableExists(m_ctx)) {
        result.ok = false;
        result.problem = tr("The audit trail is missing: its table was removed from the database.");
        return result;
    }
    const QString path = m_ctx.db().databaseName();
    const std::optional<AuditKey> key = keyBeside(path);
    SqlQuery q(m_ctx.db(), QStringLiteral("SELECT %1, seal FROM audit_log ORDER BY seq").arg(QLatin1String(kColumns)));
    q.exec();
    const qint64 previousSeq = walkChain(q, result, key ? &*key : nullptr);
    if (!result.ok || !tailIsWhole(m_ctx, previousSeq, key ? &*key : nullptr, result))
        return result;
    if (key)
        checkRecordedHead(*this, path, *key, result);
    return result;
}

AuditVerification AuditTrail::compareWithHead(const AuditHead& head, const QString& where) const
{
    m_ctx.require(Permission::ViewAudit);
    AuditVerification result;
    if (head.seq < 1)
        return result;
    const qint64 last =
        SqlQuery(m_ctx.db(), QStringLiteral("SELECT COALESCE(max(seq), 0) FROM audit_log")).scalar().toLongLong();
    result.lastSeq = last;
    if (last < head.seq) {
        result.ok = false;
        result.firstBadSeq = last + 1;
        result.problem = tr("The audit trail ends at entry %1, but entry %2 was already sent to %3: entries %4 to %2 "
                            "were deleted here (or the database was put back from an older backup).")
                             .arg(last)
                             .arg(head.seq)
                             .arg(where)
                             .arg(last + 1);
        return result;
    }
    SqlQuery q(m_ctx.db(), QStringLiteral("SELECT id, hash FROM audit_log WHERE seq = :s"));
    q.bind(QStringLiteral(":s"), head.seq).exec();
    const bool present = q.next();
    if (!present || q.value(1).toString() != head.hash) {
        result.ok = false;
        result.firstBadSeq = head.seq;
        result.firstBadId = present ? q.value(0).toString() : QString();
        result.problem = tr("Entry %1 is not the entry that was sent to %2: the audit trail was rewritten after it "
                            "was sent.")
                             .arg(head.seq)
                             .arg(where);
    }
    return result;
}

QList<AuditEntry> AuditTrail::query(const AuditFilter& filter, qint64 beforeSeq, int limit) const
{
    m_ctx.require(Permission::ViewAudit);
    // Keyset paging: each page seeks past the cursor entry along an index in the page's order, so
    // a page deep down a trail of millions costs what the first one costs. Newest first by seq
    // (the chain's order) on the primary key, or on an index that ends in seq (record, actor,
    // record type: migration 026). A period alone is read along the time index, newest time
    // first, ties by seq: sorting a month of entries again for every page is what it avoids.
    const bool byTime = (filter.from.isValid() || filter.to.isValid()) && filter.recordId.isEmpty() &&
                        filter.recordType.isEmpty() && filter.actor.isEmpty();
    QString where = whereFor(filter, byTime ? 0 : beforeSeq);
    QVariant keyAt;
    if (beforeSeq > 0) {
        SqlQuery key(m_ctx.db(), QStringLiteral("SELECT at FROM audit_log WHERE seq = :seq"));
        key.bind(QStringLiteral(":seq"), beforeSeq).exec();
        if (!key.next())
            throw Error::invalid(tr("There is no audit entry %1.").arg(beforeSeq), QStringLiteral("after"));
        keyAt = key.value(0);
        if (byTime)
            where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                     QStringLiteral("at <= :k_at AND (at < :k_at OR seq < :k_seq)");
    }
    SqlQuery q(m_ctx.db(), QStringLiteral("SELECT %1 FROM audit_log%2 ORDER BY %3 LIMIT :limit")
                               .arg(QLatin1String(kColumns), where,
                                    byTime ? QStringLiteral("at DESC, seq DESC") : QStringLiteral("seq DESC")));
    bindFilter(q, filter, byTime ? 0 : beforeSeq);
    if (byTime && beforeSeq > 0)
        q.bind(QStringLiteral(":k_at"), keyAt).bind(QStringLiteral(":k_seq"), beforeSeq);
    q.bind(QStringLiteral(":limit"), qMax(1, limit));
    q.exec();
    const AuditMask mask = AuditMask::forReader(m_ctx.actor());
    QList<AuditEntry> list;
    while (q.next()) {
        AuditEntry e = readEntry(q, nullptr);
        mask.apply(e);
        list.append(e);
    }
    return list;
}

qint64 AuditTrail::count(const AuditFilter& filter) const
{
    m_ctx.require(Permission::ViewAudit);
    SqlQuery q(m_ctx.db(), QStringLiteral("SELECT count(*) FROM audit_log%1").arg(whereFor(filter, 0)));
    bindFilter(q, filter, 0);
    return q.scalar().toLongLong();
}

QStringList AuditTrail::actors() const
{
    m_ctx.require(Permission::ViewAudit);
    SqlQuery q(m_ctx.db(), QStringLiteral("SELECT DISTINCT actor_name FROM audit_log ORDER BY actor_name"));
    q.exec();
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace loket
