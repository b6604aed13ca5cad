#include "TestDatabase.h"
#include "audit/AuditHead.h"
#include "audit/AuditKey.h"
#include "audit/AuditTrail.h"
#include "common/Ids.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace loket;

namespace {
const Actor kAuditor = test::actorWith({Role::Supervisor}, QStringLiteral("rina"));

void addEntries(test::TestDatabase& t, int n)
{
    const Context ctx = t.context(kAuditor);
    Transaction tx(ctx.db());
    for (int i = 0; i < n; ++i)
        AuditLog::append(ctx, QStringLiteral("case.register"), QStringLiteral("case"), QStringLiteral("c%1").arg(i), {},
                         {{QStringLiteral("n"), i}});
    tx.commit();
}

qint64 entryCount(test::TestDatabase& t)
{
    return SqlQuery(t.db().handle(), QStringLiteral("SELECT count(*) FROM audit_log")).scalar().toLongLong();
}

void sql(test::TestDatabase& t, const QString& statement)
{
    SqlQuery(t.db().handle(), statement).exec();
}

// What an attacker with a copy of the file and sqlite3 does: drop the guards, change an entry and
// recompute every hash after it, so each entry matches its hash and follows the one before.
void rewriteFrom(test::TestDatabase& t, qint64 from)
{
    sql(t, QStringLiteral("DROP TRIGGER audit_log_no_update"));
    SqlQuery q(t.db().handle(), QStringLiteral("SELECT seq, id, at, actor_id, actor_name, workstation, action, "
                                               "record_type, record_id, after_json, note, prev_hash FROM audit_log "
                                               "ORDER BY seq"));
    q.exec();
    QList<AuditEntry> entries;
    while (q.next()) {
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
        e.after = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
        e.note = q.value(10).toString();
        e.prevHash = q.value(11).toString();
        entries.append(e);
    }
    QString previous;
    for (AuditEntry& e : entries) {
        if (e.seq < from) {
            previous = AuditLog::computeHash(e);
            continue;
        }
        if (e.seq == from)
            e.action = QStringLiteral("case.view"); // hides what was done
        e.prevHash = previous;
        e.hash = AuditLog::computeHash(e);
        previous = e.hash;
        SqlQuery(t.db().handle(),
                 QStringLiteral("UPDATE audit_log SET action = :a, prev_hash = :p, hash = :h WHERE seq = :s"))
            .bind(QStringLiteral(":a"), e.action)
            .bind(QStringLiteral(":p"), e.prevHash)
            .bind(QStringLiteral(":h"), e.hash)
            .bind(QStringLiteral(":s"), e.seq)
            .exec();
    }
}
} // namespace

// Issue 14, point 2: the audit chain could be rewritten by whoever held a copy of the database.
// Each entry is now sealed with a key kept beside the file (owner-only), not inside it.
class TestHardeningAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyIsOwnerOnlyBesideTheFile();
    void rewriteWithRecomputedHashesIsFound();
    void emptiedTrailIsAFailure();
    void droppedTableIsAFailure();
    void deletedSealedTailIsFound();
    void copyWithoutTheKeyStillVerifiesByHash();
    void tailDeletedAfterItWasSentIsFound();
    void rewrittenHeadRecordIsFound();
};

void TestHardeningAudit::keyIsOwnerOnlyBesideTheFile()
{
    test::TestDatabase t;
    addEntries(t, 2);
    const QString key = AuditKey::pathFor(t.path());
    QVERIFY(QFile::exists(key));
    QCOMPARE(QFile::permissions(key) &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    SqlQuery q(t.db().handle(), QStringLiteral("SELECT count(*) FROM audit_log WHERE seal IS NULL"));
    QCOMPARE(q.scalar().toInt(), 0);
}

void TestHardeningAudit::rewriteWithRecomputedHashesIsFound()
{
    test::TestDatabase t;
    addEntries(t, 6);
    QVERIFY(AuditTrail(t.context(kAuditor)).verify().ok);
    rewriteFrom(t, 3);
    const AuditVerification v = AuditTrail(t.context(kAuditor)).verify();
    QVERIFY2(!v.ok, "a rewritten chain with recomputed hashes passed");
    QCOMPARE(v.firstBadSeq, 3);
    QVERIFY2(v.problem.contains(QStringLiteral("seal")), qPrintable(v.problem));
}

void TestHardeningAudit::emptiedTrailIsAFailure()
{
    test::TestDatabase t;
    addEntries(t, 4);
    // Delete everything and forget the numbers handed out: once "0 entries checked", ok.
    sql(t, QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    sql(t, QStringLiteral("DELETE FROM audit_log"));
    sql(t, QStringLiteral("DELETE FROM sqlite_sequence WHERE name = 'audit_log'"));
    const AuditVerification v = AuditTrail(t.context(kAuditor)).verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.checked, 0);
    QVERIFY2(v.problem.contains(QStringLiteral("empty")), qPrintable(v.problem));
}

void TestHardeningAudit::droppedTableIsAFailure()
{
    test::TestDatabase t;
    addEntries(t, 2);
    sql(t, QStringLiteral("DROP TABLE audit_log"));
    const AuditVerification v = AuditTrail(t.context(kAuditor)).verify();
    QVERIFY(!v.ok);
    QVERIFY2(v.problem.contains(QStringLiteral("missing")), qPrintable(v.problem));
}

void TestHardeningAudit::deletedSealedTailIsFound()
{
    // A database whose first entries were written before the seal (an older Loket).
    test::TestDatabase t;
    const qint64 base = entryCount(t);
    const QJsonObject o{{QStringLiteral("format"), QStringLiteral("loket-audit-key-1")},
                        {QStringLiteral("from_seq"), base + 3},
                        {QStringLiteral("secret"), QString::fromLatin1(QByteArray(32, 'k').toBase64())}};
    QFile f(AuditKey::pathFor(t.path()));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
    f.close();
    addEntries(t, 5);
    const AuditVerification before = AuditTrail(t.context(kAuditor)).verify();
    QVERIFY2(before.ok, qPrintable(before.problem));
    // The sealed entries are deleted and the numbering lowered to hide it.
    sql(t, QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    SqlQuery(t.db().handle(), QStringLiteral("DELETE FROM audit_log WHERE seq >= :s"))
        .bind(QStringLiteral(":s"), base + 3)
        .exec();
    SqlQuery(t.db().handle(), QStringLiteral("UPDATE sqlite_sequence SET seq = :s WHERE name = 'audit_log'"))
        .bind(QStringLiteral(":s"), base + 2)
        .exec();
    const AuditVerification v = AuditTrail(t.context(kAuditor)).verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, base + 3);
}

void TestHardeningAudit::copyWithoutTheKeyStillVerifiesByHash()
{
    test::TestDatabase t;
    const qint64 base = entryCount(t);
    addEntries(t, 3);
    QVERIFY(QFile::remove(AuditKey::pathFor(t.path())));
    // The file elsewhere (a backup being checked): the hashes and links are still checked.
    const AuditVerification v = AuditTrail(t.context(kAuditor)).verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.checked, base + 3);
}

namespace {
// What a push records: the last entry sent, sealed with the key beside the database.
AuditHead recordHead(test::TestDatabase& t)
{
    SqlQuery q(t.db().handle(), QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    q.exec();
    q.next();
    const AuditHead head{q.value(0).toLongLong(), q.value(1).toString()};
    AuditHeadFile::record(t.path(), head);
    return head;
}

// Deletes the entries from `from` on and lowers the numbering, as an attacker with sqlite3 would.
void cutTail(test::TestDatabase& t, qint64 from)
{
    sql(t, QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    SqlQuery(t.db().handle(), QStringLiteral("DELETE FROM audit_log WHERE seq >= :s"))
        .bind(QStringLiteral(":s"), from)
        .exec();
    SqlQuery(t.db().handle(), QStringLiteral("UPDATE sqlite_sequence SET seq = :s WHERE name = 'audit_log'"))
        .bind(QStringLiteral(":s"), from - 1)
        .exec();
}
} // namespace

void TestHardeningAudit::tailDeletedAfterItWasSentIsFound()
{
    // Every entry is sealed; the last ones were sent to the central database, then deleted here.
    test::TestDatabase t;
    addEntries(t, 6);
    const AuditHead head = recordHead(t);
    QVERIFY(QFile::exists(AuditHeadFile::pathFor(t.path())));
    QCOMPARE(QFile::permissions(AuditHeadFile::pathFor(t.path())) &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(AuditTrail(t.context(kAuditor)).verify().ok);
    cutTail(t, head.seq - 2);
    const AuditVerification v = AuditTrail(t.context(kAuditor)).verify();
    QVERIFY2(!v.ok, "a sealed tail deleted after it was sent passed");
    QCOMPARE(v.firstBadSeq, head.seq - 2);
    QVERIFY2(v.problem.contains(QStringLiteral("already sent")), qPrintable(v.problem));
}

void TestHardeningAudit::rewrittenHeadRecordIsFound()
{
    test::TestDatabase t;
    addEntries(t, 4);
    const AuditHead head = recordHead(t);
    cutTail(t, head.seq - 1);
    // The attacker also lowers the number in the record; without the key the seal cannot follow.
    const QString path = AuditHeadFile::pathFor(t.path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    o.insert(QStringLiteral("seq"), head.seq - 2);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
    f.close();
    const AuditVerification v = AuditTrail(t.context(kAuditor)).verify();
    QVERIFY(!v.ok);
    QVERIFY2(v.problem.contains(QStringLiteral("changed outside Loket")), qPrintable(v.problem));
    // A different entry under the recorded number is found too.
    QVERIFY(QFile::remove(path));
    AuditHeadFile::record(t.path(), AuditHead{head.seq - 2, QStringLiteral("0").repeated(64)});
    const AuditVerification other = AuditTrail(t.context(kAuditor)).verify();
    QVERIFY(!other.ok);
    QCOMPARE(other.firstBadSeq, head.seq - 2);
    QVERIFY2(other.problem.contains(QStringLiteral("rewritten")), qPrintable(other.problem));
}

QTEST_GUILESS_MAIN(TestHardeningAudit)
#include "test_hardeningaudit.moc"
