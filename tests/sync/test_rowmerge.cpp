// RowMerge: the office's rule for a received row (higher row version, then later update, then
// higher workstation code), the same whether rows arrive one by one or many per statement.
#include "TestDatabase.h"
#include "storage/SqlQuery.h"
#include "sync/RowMerge.h"

#include <QJsonObject>
#include <QtTest>

using namespace loket;

namespace {
QJsonObject applicant(const QString& id, const QString& name, int version, const QString& updated,
                      const QString& ws = QStringLiteral("C03"))
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("nik"), QStringLiteral("3214011503900001")},
                       {QStringLiteral("created_at"), QStringLiteral("2026-01-05T09:00:00.000")},
                       {QStringLiteral("updated_at"), updated},
                       {QStringLiteral("workstation"), ws},
                       {QStringLiteral("row_version"), version}};
}

QString nameOf(Database& db, const QString& id)
{
    return SqlQuery(db.handle(), QStringLiteral("SELECT name FROM applicants WHERE id = :id"))
        .bind(QStringLiteral(":id"), id)
        .scalar()
        .toString();
}

int count(Database& db, const QString& sql)
{
    return SqlQuery(db.handle(), sql).scalar().toInt();
}
} // namespace

class TestRowMerge : public QObject
{
    Q_OBJECT

private slots:
    void manyRowsFollowTheSameRuleAsOne();
    void refusedStatementWritesNothing();
    void parentsSortBeforeChildren();
};

void TestRowMerge::manyRowsFollowTheSameRuleAsOne()
{
    test::TestDatabase t;
    RowMerge merge(t.db().handle());
    // Here already: a newer version of "a", an older one of "b", and "c" at the same rank.
    QCOMPARE(merge.apply(QStringLiteral("applicants"), applicant("a", "Local A", 3, "2026-01-05T10:00:00.000"), {}),
             MergeOutcome::Applied);
    QCOMPARE(merge.apply(QStringLiteral("applicants"), applicant("b", "Local B", 1, "2026-01-05T10:00:00.000"), {}),
             MergeOutcome::Applied);
    QCOMPARE(merge.apply(QStringLiteral("applicants"), applicant("c", "Local C", 2, "2026-01-05T10:00:00.000"), {}),
             MergeOutcome::Applied);

    const QList<QJsonObject> received{
        applicant("a", "Old A", 2, "2026-01-05T11:00:00.000"),         // lower version: kept
        applicant("b", "New B", 2, "2026-01-05T09:30:00.000"),         // higher version: taken
        applicant("c", "Same C", 2, "2026-01-05T10:00:00.000", "C02"), // lower code: kept
        applicant("d", "First D", 1, "2026-01-05T09:00:00.000"),       // new
        applicant("d", "Second D", 2, "2026-01-05T09:05:00.000"),      // its next version, same batch
    };
    QCOMPARE(merge.applyMany(QStringLiteral("applicants"), received), qint64(3));
    QCOMPARE(nameOf(t.db(), "a"), QStringLiteral("Local A"));
    QCOMPARE(nameOf(t.db(), "b"), QStringLiteral("New B"));
    QCOMPARE(nameOf(t.db(), "c"), QStringLiteral("Local C"));
    QCOMPARE(nameOf(t.db(), "d"), QStringLiteral("Second D"));
    // The name index follows the rows written by the statement (its triggers ran).
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM applicant_names WHERE applicant_names MATCH 'Second'")),
             1);
}

void TestRowMerge::refusedStatementWritesNothing()
{
    test::TestDatabase t;
    RowMerge merge(t.db().handle());
    auto item = [](const QString& id, const QString& caseId) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("case_id"), caseId},
                           {QStringLiteral("requirement_key"), id},
                           {QStringLiteral("status"), QStringLiteral("valid")},
                           {QStringLiteral("created_at"), QStringLiteral("2026-01-05T09:00:00.000")},
                           {QStringLiteral("updated_at"), QStringLiteral("2026-01-05T09:00:00.000")},
                           {QStringLiteral("workstation"), QStringLiteral("C03")},
                           {QStringLiteral("row_version"), 1}};
    };
    // The case they belong to has not arrived: the statement is refused as a whole, and one row
    // at a time says that each waits.
    const QList<QJsonObject> rows{item("k1", "missing-case"), item("k2", "missing-case")};
    QCOMPARE(merge.applyMany(QStringLiteral("case_checklist"), rows), qint64(-1));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM case_checklist")), 0);
    QCOMPARE(merge.apply(QStringLiteral("case_checklist"), rows.first(), {}), MergeOutcome::Waiting);
    // Settings and tables that are not the office's are never written many at a time.
    QCOMPARE(merge.applyMany(QStringLiteral("settings"), {QJsonObject{}}), qint64(-1));
    QCOMPARE(merge.applyMany(QStringLiteral("calendar_days"), {QJsonObject{}}), qint64(-1));
}

void TestRowMerge::parentsSortBeforeChildren()
{
    QVERIFY(RowMerge::tableRank(QStringLiteral("applicants")) < RowMerge::tableRank(QStringLiteral("cases")));
    QVERIFY(RowMerge::tableRank(QStringLiteral("cases")) < RowMerge::tableRank(QStringLiteral("case_checklist")));
    QVERIFY(RowMerge::tableRank(QStringLiteral("users")) < RowMerge::tableRank(QStringLiteral("training_records")));
    // Schema 19: the competence ticks of a staff member travel office-wide after their user.
    QVERIFY(RowMerge::tableRank(QStringLiteral("users")) < RowMerge::tableRank(QStringLiteral("staff_competences")));
    QVERIFY(RowMerge::tableRank(QStringLiteral("complaints")) <
            RowMerge::tableRank(QStringLiteral("complaint_review_steps")));
    QCOMPARE(RowMerge::tableRank(QStringLiteral("calendar_days")), -1);
}

QTEST_GUILESS_MAIN(TestRowMerge)
#include "test_rowmerge.moc"
