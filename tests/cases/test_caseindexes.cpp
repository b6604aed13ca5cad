#include "CaseFixture.h"
#include "storage/SqlQuery.h"

#include <QtTest>

using namespace loket;
using namespace loket::test;

// Schema 24 dropped the indexes of the case tables that no query used, so an import keeps fewer
// B-trees per row (issue 16). The queries of the list, the timeline, the replay and the NIK and
// NIB look-ups must still find their rows through an index, not by reading every case.
class TestCaseIndexes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void unusedIndexesAreGone();
    void queriesUseTheirIndex_data();
    void queriesUseTheirIndex();

private:
    QString plan(const QString& sql);
    std::unique_ptr<CaseFixture> m_f;
};

void TestCaseIndexes::initTestCase()
{
    m_f = std::make_unique<CaseFixture>();
}

QString TestCaseIndexes::plan(const QString& sql)
{
    SqlQuery q(m_f->data().db().handle(), QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    q.exec();
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    return steps.join(QLatin1Char('\n'));
}

void TestCaseIndexes::unusedIndexesAreGone()
{
    for (const char* name : {"cases_officer_received", "cases_due_version", "case_events_parent", "businesses_npwp"}) {
        SqlQuery q(m_f->data().db().handle(),
                   QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = :name"));
        q.bind(QStringLiteral(":name"), QString::fromLatin1(name));
        QVERIFY2(q.scalar().toInt() == 0, name);
    }
}

void TestCaseIndexes::queriesUseTheirIndex_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("index");
    const QString page = QStringLiteral("SELECT c.rowid FROM cases c WHERE %1 ORDER BY c.received_at DESC, c.id DESC "
                                        "LIMIT 50");
    // The case list's filters (CaseQueries::where), first page in the default order.
    QTest::newRow("officer") << page.arg(QStringLiteral("c.holder = 'budi'")) << "cases_holder_received";
    QTest::newRow("workstation") << page.arg(QStringLiteral("c.origin = 'C01'")) << "cases_origin_received";
    QTest::newRow("service") << page.arg(QStringLiteral("c.service_id = 'x'")) << "cases_service_received";
    QTest::newRow("stage") << page.arg(QStringLiteral("c.stage = 'technical'")) << "cases_stage_received";
    QTest::newRow("overdue") << page.arg(QStringLiteral("c.clock <> 'stopped' AND c.clock = 'running' AND c.due_date < "
                                                        "'2026-01-05'"))
                             << "cases_clock_due";
    QTest::newRow("paused") << page.arg(QStringLiteral("c.clock <> 'stopped' AND c.clock = 'paused'"))
                            << "cases_clock_due";
    // "Due today": the running clocks by deadline, the stopped ones by their stop day (schema 27).
    const QString dueToday = page.arg(QStringLiteral(
        "((c.clock <> 'stopped' AND c.clock = 'running' AND c.due_date = '2026-01-05') OR (c.stopped_on = "
        "'2026-01-05' AND c.clock = 'stopped' AND c.due_date = '2026-01-05'))"));
    QTest::newRow("due today, running") << dueToday << "cases_clock_due";
    QTest::newRow("due today, stopped") << dueToday << "cases_stopped_on";
    QTest::newRow("received") << page.arg(QStringLiteral("c.received_at >= '2026-01-01' AND c.received_at < "
                                                         "'2026-01-02'"))
                              << "cases_received";
    QTest::newRow("applicant") << page.arg(QStringLiteral("c.applicant_id IN (SELECT id FROM applicants WHERE nik = "
                                                          "'3201011501900001')"))
                               << "applicants_nik";
    QTest::newRow("business") << page.arg(QStringLiteral("c.business_id IN (SELECT id FROM businesses WHERE nib = "
                                                         "'1234567890123')"))
                              << "businesses_nib";
    // The list's orders (CaseQueries::fetch), first page and a page after a case: read in index
    // order, no sort of every case (schema 27).
    const QString order = QStringLiteral("SELECT c.rowid FROM cases c WHERE %1 ORDER BY %2 LIMIT 50");
    const QString byDue = QStringLiteral("coalesce(c.due_date, '~'), c.rowid");
    QTest::newRow("by due date") << order.arg(QStringLiteral("1"), byDue) << "cases_due_order";
    QTest::newRow("by due date, after") << order.arg(QStringLiteral("coalesce(c.due_date, '~') >= '2026-01-05' AND "
                                                                    "(coalesce(c.due_date, '~') > '2026-01-05' OR "
                                                                    "c.rowid > 7)"),
                                                     byDue)
                                        << "cases_due_order (<expr>>?)";
    const QString byStage = QStringLiteral("c.stage DESC, c.received_at DESC, c.rowid DESC");
    QTest::newRow("by stage") << order.arg(QStringLiteral("1"), byStage) << "cases_stage_received";
    QTest::newRow("by stage, after") << order.arg(QStringLiteral("(c.stage, c.received_at, c.rowid) < ('technical', "
                                                                 "'2026-01-05', 7)"),
                                                  byStage)
                                     << "cases_stage_received ((stage,received_at)<(?,?))";
    QTest::newRow("by applicant, walked")
        << QStringLiteral("SELECT c.rowid FROM applicants a INDEXED BY applicants_name CROSS JOIN cases c ON "
                          "c.applicant_id = a.id WHERE a.name >= 'Budi' AND (a.name > 'Budi' OR a.rowid > 5 OR "
                          "(a.rowid = 5 AND (c.received_at, c.rowid) < ('2026', 7))) ORDER BY a.name, a.rowid, "
                          "c.received_at DESC, c.rowid DESC LIMIT 50")
        << "applicants_name (name>?)";
    // With a filter the walk still reaches each applicant's cases through cases_applicant, not
    // through the filter's index (which read every paused case for each applicant).
    QTest::newRow("by applicant, walked, filtered")
        << QStringLiteral("SELECT c.rowid FROM applicants a INDEXED BY applicants_name CROSS JOIN cases c INDEXED BY "
                          "cases_applicant ON c.applicant_id = a.id WHERE c.clock <> 'stopped' AND c.clock = 'paused' "
                          "ORDER BY a.name, a.rowid, c.received_at DESC, c.rowid DESC LIMIT 50")
        << "cases_applicant (applicant_id=?)";
    // Open deadlines moved by a calendar change (CaseDeadlineSource).
    QTest::newRow("open deadlines")
        << QStringLiteral("SELECT c.id, m.kind FROM cases c JOIN case_clock_events m ON m.case_id = c.id WHERE "
                          "c.clock <> 'stopped' AND c.clock IN ('running', 'paused') ORDER BY c.id, m.seq")
        << "cases_clock_due";
    // A case's timeline (CaseRepository) and the actions the replay reads (CaseReplay).
    QTest::newRow("timeline") << QStringLiteral("SELECT action FROM case_events WHERE case_id = 'x' ORDER BY at, "
                                                "created_at, id")
                              << "case_events_case";
    QTest::newRow("replay") << QStringLiteral("SELECT id, COALESCE(parent_event, ''), at, workstation, overridden "
                                              "FROM case_events WHERE case_id = 'x' AND snapshot IS NOT NULL")
                            << "case_events_case";
}

void TestCaseIndexes::queriesUseTheirIndex()
{
    QFETCH(QString, sql);
    QFETCH(QString, index);
    const QString text = plan(sql);
    QVERIFY2(text.contains(QStringLiteral("INDEX ") + index), qPrintable(text));
    if (QByteArray(QTest::currentDataTag()).startsWith("by ")) // the orders; a filter sorts its few rows
        QVERIFY2(!text.contains(QStringLiteral("USE TEMP B-TREE FOR ORDER BY")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCaseIndexes)
#include "test_caseindexes.moc"
