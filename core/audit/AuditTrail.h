#pragma once

#include <QCoreApplication>

#include "AuditLog.h"
#include "common/Context.h"

#include <QDate>
#include <QList>

namespace loket {

class SqlQuery;
struct AuditHead;

// What to read from the trail; empty fields do not filter.
struct AuditFilter
{
    QString recordId;   // the record's id (any record type)
    QString recordType; // e.g. "user", "case"
    QString actor;      // user name
    QString action;     // "user.create", or a prefix such as "user"
    QDate from;         // inclusive, Asia/Jakarta
    QDate to;           // inclusive

    bool isEmpty() const;
};

// The result of checking the hash chain: ok, or the first entry that is wrong and why.
struct AuditVerification
{
    bool ok = true;
    qint64 checked = 0;     // entries read
    qint64 lastSeq = 0;     // the last entry present
    qint64 firstBadSeq = 0; // 0 when ok
    QString firstBadId;
    QString problem; // translated, names the entry
};

// Another workstation's chain as received through the central database (audit_remote).
struct ReceivedChain
{
    QString workstation;
    AuditVerification result;
};

// Reading and checking the audit trail. Needs Permission::ViewAudit.
class AuditTrail
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::AuditTrail)
public:
    explicit AuditTrail(const Context& ctx) : m_ctx(ctx) {}

    // Recomputes every hash, checks each link to the previous entry, looks for gaps in the
    // numbering and compares the last entry with the highest number ever handed out, so an
    // edited, inserted or deleted entry (the last one included) is found.
    AuditVerification verify() const;
    // Compares this workstation's chain with a head it sent earlier (kept by the central database,
    // or recorded beside the database file): a chain that ends before it, or holds another entry
    // under its number, fails. `where` names the place the head came from, for the message.
    AuditVerification compareWithHead(const AuditHead& head, const QString& where) const;
    // The same checks on every other workstation's chain received here, each on its own.
    QList<ReceivedChain> verifyReceived() const;

    // Newest first (by seq; with a period as the only filter besides the action, by time, ties by
    // seq). Pass the seq of the last entry you have as `beforeSeq` for the next page (0 for the
    // first): the page seeks past it (keyset), so a deep page costs what the first one costs; an
    // unknown seq is Error::invalid. Identity numbers in the values are masked unless the actor
    // may see them (AuditMask: the identity domain's rule, and every identity-like number when
    // none is registered).
    QList<AuditEntry> query(const AuditFilter& filter, qint64 beforeSeq = 0, int limit = 200) const;
    qint64 count(const AuditFilter& filter) const;
    // The user names that appear in the trail, for a filter list.
    QStringList actors() const;

private:
    // `key`: check the seals of this workstation's entries (column 14 of the query).
    static qint64 walkChain(SqlQuery& q, AuditVerification& result, const class AuditKey* key = nullptr);
    Context m_ctx;
};

} // namespace loket
