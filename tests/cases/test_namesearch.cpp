#include "CaseFixture.h"
#include "cases/CaseQueries.h"
#include "cases/NameSearch.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QtTest>

using namespace loket;
using namespace loket::test;

// Name search forgives how Indonesian names are written: one word or two, short forms.
class TestNameSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wordsAndAlternatives();
    void findsThePerson_data();
    void findsThePerson();
    void commonNameListsTheNewestNamesFirst();
    void businessNameFoundBesideACommonApplicantName();
    void migrationRebuildsTheNameIndexes();

private:
    std::unique_ptr<CaseFixture> m_f;
    QHash<QString, QString> m_reg; // applicant name -> registration number
};

void TestNameSearch::initTestCase()
{
    m_f = std::make_unique<CaseFixture>();
    const QStringList names{QStringLiteral("Nurhayati"),  QStringLiteral("Dewi Nur Hayati"),
                            QStringLiteral("St. Aminah"), QStringLiteral("Siti Rahmawati"),
                            QStringLiteral("Muh. Iqbal"), QStringLiteral("Stefanus Wijaya")};
    for (int i = 0; i < names.size(); ++i) {
        IntakeRequest r = m_f->request(i + 1);
        r.applicant.name = names[i];
        r.business.name = QStringLiteral("CV Usaha %1").arg(i + 1);
        m_reg.insert(names[i], CaseService::registerCase(m_f->as({Role::FrontDesk}), r).record.registrationNumber);
    }
}

void TestNameSearch::wordsAndAlternatives()
{
    QCOMPARE(NameSearch::words(QStringLiteral(" St. AMINAH ")),
             (QStringList{QStringLiteral("st"), QStringLiteral("aminah")}));
    const QStringList st = NameSearch::alternatives(QStringLiteral("st"));
    QVERIFY(st.contains(QStringLiteral("\"st\"*")));
    QVERIFY(st.contains(QStringLiteral("\"siti\"*")));
    QVERIFY(NameSearch::alternatives(QStringLiteral("siti")).contains(QStringLiteral("\"st\"")));
    QVERIFY(NameSearch::alternatives(QStringLiteral("nurhayati")).contains(QStringLiteral("\"nur hayati\"*")));
    QVERIFY(NameSearch::ftsQuery(QStringLiteral("nur hayati")).contains(QStringLiteral("\"nurhayati\"*")));
    QVERIFY(NameSearch::ftsQuery(QStringLiteral("  ,. ")).isEmpty());
}

void TestNameSearch::findsThePerson_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("found");
    const QString nurhayati = QStringLiteral("Nurhayati");
    const QString nurHayati = QStringLiteral("Dewi Nur Hayati");
    QTest::newRow("one word finds both") << QStringLiteral("Nurhayati") << QStringList{nurhayati, nurHayati};
    QTest::newRow("two words find both") << QStringLiteral("Nur Hayati") << QStringList{nurhayati, nurHayati};
    QTest::newRow("prefix") << QStringLiteral("nurhay") << QStringList{nurhayati, nurHayati};
    QTest::newRow("siti finds St.") << QStringLiteral("Siti Aminah") << QStringList{QStringLiteral("St. Aminah")};
    QTest::newRow("St. finds Siti") << QStringLiteral("St. Rahmawati") << QStringList{QStringLiteral("Siti Rahmawati")};
    QTest::newRow("st alone") << QStringLiteral("St")
                              << QStringList{QStringLiteral("St. Aminah"), QStringLiteral("Siti Rahmawati"),
                                             QStringLiteral("Stefanus Wijaya")};
    QTest::newRow("muhammad") << QStringLiteral("Muhammad Iqbal") << QStringList{QStringLiteral("Muh. Iqbal")};
    QTest::newRow("no one") << QStringLiteral("Nur Aminah") << QStringList{};
}

void TestNameSearch::findsThePerson()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, found);
    CaseQueries q(m_f->system());
    CaseFilter f;
    f.search = typed;
    QStringList got;
    for (const CaseRow& r : q.page(f, 0, 50))
        got << r.applicantName;
    got.sort();
    found.sort();
    QCOMPARE(got, found);
}

namespace {
int countOf(const QSqlDatabase& db, const QString& sql)
{
    return SqlQuery(db, sql).scalar().toInt();
}
} // namespace

// A common first name matches more names than the list looks at: it takes the most recently
// added ones, so the person who just came to the counter is on the first page.
void TestNameSearch::commonNameListsTheNewestNamesFirst()
{
    CaseFixture f;
    IntakeRequest old = f.request(1);
    old.applicant.name = QStringLiteral("Rina Lama");
    CaseService::registerCase(f.as({Role::FrontDesk}), old);
    {
        // 2,000 more people called Rina, without cases, added after her.
        Transaction tx(f.data().db().handle());
        for (int i = 0; i < 2000; ++i)
            SqlQuery(f.data().db().handle(),
                     QStringLiteral("INSERT INTO applicants (id, name, nik, created_at, updated_at, workstation) "
                                    "VALUES (:id, :name, :nik, '2026-01-05T09:00:00.000+07:00', "
                                    "'2026-01-05T09:00:00.000+07:00', 'C01')"))
                .bind(QStringLiteral(":id"), QStringLiteral("filler-%1").arg(i))
                .bind(QStringLiteral(":name"), QStringLiteral("Rina Lain %1").arg(i))
                .bind(QStringLiteral(":nik"), QStringLiteral("32150141%1").arg(i, 8, 10, QLatin1Char('0')))
                .exec();
        tx.commit();
    }
    IntakeRequest recent = f.request(2);
    recent.applicant.name = QStringLiteral("Rina Baru");
    const QString reg = CaseService::registerCase(f.as({Role::FrontDesk}), recent).record.registrationNumber;
    CaseFilter filter;
    filter.search = QStringLiteral("rina");
    const QList<CaseRow> rows = CaseQueries(f.system()).page(filter, 0, 50);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().registrationNumber, reg);
    // The list (and its count) is a sample of the names, and says so (issue 16).
    QVERIFY(CaseQueries(f.system()).nameSampled(filter));
    // A fuller name still finds the earlier person, and is no sample.
    filter.search = QStringLiteral("rina lama");
    QCOMPARE(CaseQueries(f.system()).page(filter, 0, 50).size(), 1);
    QVERIFY(!CaseQueries(f.system()).nameSampled(filter));
    filter.search = reg;
    QVERIFY(!CaseQueries(f.system()).nameSampled(filter));
}

// A business is found by its name even when the word also names many applicants.
void TestNameSearch::businessNameFoundBesideACommonApplicantName()
{
    CaseFixture f;
    IntakeRequest r = f.request(1);
    r.applicant.name = QStringLiteral("Budi Santoso");
    r.business.name = QStringLiteral("UD Siti Makmur");
    const QString reg = CaseService::registerCase(f.as({Role::FrontDesk}), r).record.registrationNumber;
    CaseFilter filter;
    filter.search = QStringLiteral("siti makmur");
    const QList<CaseRow> rows = CaseQueries(f.system()).page(filter, 0, 50);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().registrationNumber, reg);
    QCOMPARE(rows.first().applicantName, QStringLiteral("Budi Santoso"));
}

// Schema 23 moves names from the shared party_names table to one FTS5 table per kind: names
// written before it are found after it, and the triggers keep following renames and deletions.
void TestNameSearch::migrationRebuildsTheNameIndexes()
{
    int before = 0;
    for (const Migrator::Migration& m : Migrator::available())
        if (m.version < 23)
            before = m.version;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database old;
        Database::OpenOptions opts;
        opts.targetVersion = before;
        old.open(path, opts);
        const QString t = QStringLiteral("'2025-06-02T09:00:00.000+07:00'");
        SqlQuery(old.handle(),
                 QStringLiteral("INSERT INTO applicants (id, name, nik, created_at, updated_at, "
                                "workstation) VALUES ('a1', 'Siti Nurhaliza', '3215014107900001', %1, %1, "
                                "'C01')")
                     .arg(t))
            .exec();
        SqlQuery(old.handle(), QStringLiteral("INSERT INTO businesses (id, name, scale, created_at, updated_at, "
                                              "workstation) VALUES ('b1', 'CV Sumber Rejeki', 'mikro', %1, %1, 'C01')")
                                   .arg(t))
            .exec();
    }
    Database db;
    db.open(path);
    const QSqlDatabase h = db.handle();
    QCOMPARE(countOf(h, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'party_names'")), 0);
    QCOMPARE(countOf(h, QStringLiteral("SELECT count(*) FROM applicant_names WHERE applicant_names MATCH 'nurhal*'")),
             1);
    QCOMPARE(countOf(h, QStringLiteral("SELECT count(*) FROM business_names WHERE business_names MATCH 'rejeki'")), 1);
    QCOMPARE(countOf(h, QStringLiteral("SELECT count(*) FROM applicant_names WHERE applicant_names MATCH 'rejeki'")),
             0);
    SqlQuery(h, QStringLiteral("UPDATE applicants SET name = 'Siti Aisyah' WHERE id = 'a1'")).exec();
    QCOMPARE(countOf(h, QStringLiteral("SELECT count(*) FROM applicant_names WHERE applicant_names MATCH 'nurhaliza'")),
             0);
    QCOMPARE(countOf(h, QStringLiteral("SELECT count(*) FROM applicant_names WHERE applicant_names MATCH 'aisyah'")),
             1);
    SqlQuery(h, QStringLiteral("UPDATE businesses SET name = 'CV Sumber Air' WHERE id = 'b1'")).exec();
    QCOMPARE(countOf(h, QStringLiteral("SELECT count(*) FROM business_names WHERE business_names MATCH 'air'")), 1);
    QCOMPARE(countOf(h, QStringLiteral("SELECT count(*) FROM business_names")), 1);
    SqlQuery(h, QStringLiteral("DELETE FROM applicants WHERE id = 'a1'")).exec();
    QCOMPARE(countOf(h, QStringLiteral("SELECT count(*) FROM applicant_names")), 0);
}

QTEST_GUILESS_MAIN(TestNameSearch)
#include "test_namesearch.moc"
