#include "TestDatabase.h"

#include <QtTest>

using namespace loket;

// loket-cli --help in one language (issue 13, point 12): the header and every command's description.
class TestCliHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void indonesianThroughout();
    void englishThroughout();
};

void TestCliHelp::indonesianThroughout()
{
    const test::CliResult r = test::runCli({QStringLiteral("--lang"), QStringLiteral("id"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("Perintah:")), qPrintable(out));
    QVERIFY2(
        out.contains(QStringLiteral("audit verify               (keluar 1 bila ada entri yang diubah atau dihapus)")),
        qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("complaint letter NOMOR --kind answer|report --pdf BERKAS")), qPrintable(out));
    // No English description or placeholder is left.
    for (const QString& english : {QStringLiteral("(exit"), QStringLiteral(" unless "), QStringLiteral("FILE"),
                                   QStringLiteral("NAME"), QStringLiteral("TEXT"), QStringLiteral("(password")})
        QVERIFY2(!out.contains(english), qPrintable(english + QStringLiteral(" in:\n") + out));
}

void TestCliHelp::englishThroughout()
{
    const test::CliResult r = test::runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("Commands:")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("audit verify               (exit 1 when an entry was changed or deleted)")),
             qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("BERKAS")) && !out.contains(QStringLiteral("keluar")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCliHelp)
#include "test_clihelp.moc"
