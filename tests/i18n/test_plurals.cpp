#include "i18n/Translations.h"

#include <QTranslator>
#include <QtTest>

// Counts read right in both languages (issue 13, point 12): "1 working day", "5 working days",
// "1 entry"; Indonesian has one form ("1 hari kerja", "5 hari kerja").
class TestPlurals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void englishHasSingularAndPlural();
    void indonesianHasOneForm();

private:
    static QString text(const char* context, const char* source, int n)
    {
        return QCoreApplication::translate(context, source, nullptr, n);
    }
};

void TestPlurals::cleanup()
{
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void TestPlurals::englishHasSingularAndPlural()
{
    QCOMPARE(loket::installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    const char* days = "(%n working day(s))";
    QCOMPARE(text("loket::ui::ReceiptRenderer", days, 1), QStringLiteral("(1 working day)"));
    QCOMPARE(text("loket::ui::ReceiptRenderer", days, 5), QStringLiteral("(5 working days)"));
    QCOMPARE(text("loket::ui::ComplaintsPage", "%n entries", 1), QStringLiteral("1 entry"));
    QCOMPARE(text("loket::ui::ComplaintsPage", "%n entries", 3), QStringLiteral("3 entries"));
    QCOMPARE(text("loket::ui::CasesPage", "%n application(s)", 1), QStringLiteral("1 application"));
    QCOMPARE(text("loket::ui::CasesPage", "%n application(s)", 0), QStringLiteral("0 applications"));
    QCOMPARE(text("loket::ui::IntakePage", "KBLI %1 · %2 · %n working day(s) · %3", 5),
             QStringLiteral("KBLI %1 · %2 · 5 working days · %3"));
    // No "(s)" is left in any English plural.
    QVERIFY(
        !text("loket::ui::SyncController", "Automatic sync every %n minute(s).", 15).contains(QStringLiteral("(s)")));
}

void TestPlurals::indonesianHasOneForm()
{
    QCOMPARE(loket::installTranslations(*qApp, QStringLiteral("id")), QStringLiteral("id"));
    const char* days = "(%n working day(s))";
    QCOMPARE(text("loket::ui::ReceiptRenderer", days, 1), QStringLiteral("(1 hari kerja)"));
    QCOMPARE(text("loket::ui::ReceiptRenderer", days, 5), QStringLiteral("(5 hari kerja)"));
    QVERIFY(!text("loket::ui::ComplaintsPage", "%n entries", 1).contains(QStringLiteral("entries")));
}

QTEST_GUILESS_MAIN(TestPlurals)
#include "test_plurals.moc"
