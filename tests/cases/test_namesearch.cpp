#include "CaseFixture.h"
#include "cases/CaseQueries.h"
#include "cases/NameSearch.h"

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

QTEST_GUILESS_MAIN(TestNameSearch)
#include "test_namesearch.moc"
