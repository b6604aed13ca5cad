#include "common/TextReplace.h"

#include <QtTest>

using namespace loket;

// The one loop that masks identity numbers inside a text (IdentityMask, AuditMask).
class TestTextReplace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replacesEachMatchAndKeepsTheRest();
    void aReplacementMayChangeTheLength();
    void noMatchGivesTheTextBack();
};

void TestTextReplace::replacesEachMatchAndKeepsTheRest()
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    const auto stars = [](const QString& m) { return QString(m.size(), QLatin1Char('*')); };
    QCOMPARE(replaceEachMatch(QStringLiteral("NIK 3214010101010001, NPWP 012345678901234."), digits, stars),
             QStringLiteral("NIK ****************, NPWP ***************."));
    QCOMPARE(replaceEachMatch(QStringLiteral("12a34"), digits, stars), QStringLiteral("**a**"));
}

void TestTextReplace::aReplacementMayChangeTheLength()
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QCOMPARE(
        replaceEachMatch(QStringLiteral("a 123 b 45 c"), digits, [](const QString&) { return QStringLiteral("#"); }),
        QStringLiteral("a # b # c"));
    QCOMPARE(replaceEachMatch(QStringLiteral("7 x"), digits, [](const QString& m) { return m + m + m; }),
             QStringLiteral("777 x"));
}

void TestTextReplace::noMatchGivesTheTextBack()
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QCOMPARE(replaceEachMatch(QStringLiteral("tanpa angka"), digits, [](const QString&) { return QString(); }),
             QStringLiteral("tanpa angka"));
    QCOMPARE(replaceEachMatch(QString(), digits, [](const QString&) { return QStringLiteral("x"); }), QString());
}

QTEST_GUILESS_MAIN(TestTextReplace)
#include "test_textreplace.moc"
