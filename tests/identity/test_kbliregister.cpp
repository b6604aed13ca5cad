#include "TestDatabase.h"
#include "audit/AuditTrail.h"
#include "common/Error.h"
#include "identity/KbliRegister.h"
#include "storage/SqlQuery.h"

#include <QtTest>

using namespace loket;

// The office's KBLI list beside the built-in one: import all-or-nothing, validation that accepts
// imported codes, and the permission.
class TestKbliRegister : public QObject
{
    Q_OBJECT
private slots:
    void importedCodeBecomesKnown();
    void badRowsWriteNothing();
    void reimportCountsChangesOnly();
    void needsEditCatalog();
    void listAndSearch();

private:
    static int officeRows(test::TestDatabase& t)
    {
        return SqlQuery(t.db().handle(), QStringLiteral("SELECT count(*) FROM kbli_codes")).scalar().toInt();
    }
};

void TestKbliRegister::importedCodeBecomesKnown()
{
    test::TestDatabase t;
    const Context admin = t.context(test::actorWith({Role::Admin}));
    QVERIFY(!KbliRegister(t.db()).validate(QStringLiteral("62011")).ok);
    QVERIFY(KbliRegister(t.db()).validate(QStringLiteral("62011")).reason.contains(QStringLiteral("kbli import")));

    const QByteArray csv = "\xEF\xBB\xBFkode;judul;kategori\r\n"
                           "62011;Aktivitas Pengembangan Video Game;J\r\n"
                           "85111;\"Pendidikan Anak Usia Dini, Taman Kanak-Kanak\";\r\n"
                           "71205;Jasa Kalibrasi/Metrologi;M\r\n"; // built in: left as it is
    const KbliImportSummary s = KbliRegister::importCsv(admin, csv, QStringLiteral("kbli.csv"));
    QVERIFY(s.written);
    QCOMPARE(s.rows, 3);
    QCOMPARE(s.added, 2);
    QCOMPARE(s.unchanged, 1);
    QCOMPARE(officeRows(t), 2);

    const KbliRegister kbli(t.db());
    const ValidationResult r = kbli.validate(QStringLiteral("62.011"));
    QVERIFY2(r.ok, qPrintable(r.reason));
    QCOMPARE(r.details.value(QStringLiteral("title")).toString(), QStringLiteral("Aktivitas Pengembangan Video Game"));
    QCOMPARE(r.details.value(QStringLiteral("category")).toString(), QStringLiteral("J"));
    QCOMPARE(r.details.value(QStringLiteral("source")).toString(), QStringLiteral("office"));
    QCOMPARE(kbli.find(QStringLiteral("85111")).category, QStringLiteral("P"));
    QVERIFY(kbli.find(QStringLiteral("71205")).builtIn);
    // A code in a division that does not exist stays refused whatever the office list holds.
    QVERIFY(!kbli.validate(QStringLiteral("04111")).ok);

    AuditFilter filter;
    filter.action = QStringLiteral("kbli.import");
    QCOMPARE(AuditTrail(t.context(test::actorWith({Role::Admin}))).count(filter), 1);
}

void TestKbliRegister::badRowsWriteNothing()
{
    test::TestDatabase t;
    const Context admin = t.context(test::actorWith({Role::Admin}));
    const QByteArray csv = "code,title,category\n"
                           "62011,Aktivitas Pengembangan Video Game,J\n"
                           "62011,Dua kali,J\n"         // 3: repeated
                           "04000,Tidak ada,\n"          // 4: no division 04
                           "6201,Empat digit,J\n"        // 5: four digits
                           "63112,,J\n"                  // 6: no title
                           "63122,Portal Web,C\n";       // 7: wrong category
    const KbliImportSummary s = KbliRegister::importCsv(admin, csv, QStringLiteral("bad.csv"));
    QVERIFY(!s.written);
    QCOMPARE(officeRows(t), 0);
    QList<int> lines;
    for (const KbliImportProblem& p : s.problems)
        lines << p.line;
    QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 7}));
    QVERIFY(s.problems.at(4).message.contains(QStringLiteral("J")));

    QVERIFY(!KbliRegister::importCsv(admin, "judul\nX\n", QStringLiteral("h.csv")).problems.isEmpty());
    QVERIFY(!KbliRegister::importCsv(admin, "", QStringLiteral("e.csv")).problems.isEmpty());
    QCOMPARE(KbliRegister::importCsv(admin, "code,title\n\"62011,x\n", QStringLiteral("q.csv")).problems.first().line, 2);
}

void TestKbliRegister::reimportCountsChangesOnly()
{
    test::TestDatabase t;
    const Context admin = t.context(test::actorWith({Role::Admin}));
    QVERIFY(KbliRegister::importCsv(admin, "code,title\n62011,Video Game\n63111,Pengolahan Data\n", QStringLiteral("a.csv")).written);
    const KbliImportSummary again =
        KbliRegister::importCsv(admin, "code,title\n62011,Aktivitas Pengembangan Video Game\n63111,Pengolahan Data\n",
                                QStringLiteral("b.csv"));
    QVERIFY(again.written);
    QCOMPARE(again.added, 0);
    QCOMPARE(again.changed, 1);
    QCOMPARE(again.unchanged, 1);
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("SELECT row_version FROM kbli_codes WHERE code = '62011'")).scalar().toInt(), 2);
    QCOMPARE(KbliRegister(t.db()).find(QStringLiteral("62011")).title, QStringLiteral("Aktivitas Pengembangan Video Game"));
}

void TestKbliRegister::needsEditCatalog()
{
    test::TestDatabase t;
    const Context clerk = t.context(test::actorWith({Role::FrontDesk}));
    QVERIFY_THROWS_EXCEPTION(Error, KbliRegister::importCsv(clerk, "code,title\n62011,X\n", QStringLiteral("x.csv")));
    QCOMPARE(officeRows(t), 0);
}

void TestKbliRegister::listAndSearch()
{
    test::TestDatabase t;
    const Context admin = t.context(test::actorWith({Role::Admin}));
    QVERIFY(KbliRegister::importCsv(admin, "code,title\n62011,Aktivitas Pengembangan Video Game\n", QStringLiteral("a.csv")).written);
    const KbliRegister kbli(t.db());
    const QList<KbliCode> all = kbli.list();
    QCOMPARE(all.size(), IdentityValidator::kbliCodes().size() + 1);
    QVERIFY(std::is_sorted(all.begin(), all.end(), [](const KbliCode& a, const KbliCode& b) { return a.code < b.code; }));
    const QList<KbliCode> hits = kbli.list(QStringLiteral("video game"));
    QCOMPARE(hits.size(), 1);
    QVERIFY(!hits.first().builtIn);
    QCOMPARE(kbli.list(QStringLiteral("712")).size(), int(std::count_if(all.begin(), all.end(), [](const KbliCode& c) {
                 return c.code.startsWith(QLatin1String("712"));
             })));
    QCOMPARE(kbli.officeCount(), 1);
}

QTEST_GUILESS_MAIN(TestKbliRegister)
#include "test_kbliregister.moc"
