#include "common/Error.h"
#include "i18n/Translations.h"
#include "reports/SlaDashboard.h"
#include "reports/XlsxExport.h"

#include <QDate>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace loket;

class TestXlsxExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesAWorkbookWithEverySheet();
    void unwritablePlaceIsAStorageError();
    void sheetNamesAreWholeWords();
};

void TestXlsxExport::writesAWorkbookWithEverySheet()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sla.xlsx"));
    ReportTable a{QStringLiteral("a"), QStringLiteral("Ringkasan: layanan/tahap"), {QStringLiteral("Ukuran"), QStringLiteral("Jumlah")},
                  {{QStringLiteral("Terbuka"), 12}, {QStringLiteral("Terlambat"), 3}}};
    ReportTable b{QStringLiteral("b"), QStringLiteral("Terlambat"), {QStringLiteral("Nomor"), QStringLiteral("Tenggat")},
                  {{QStringLiteral("DPMPTSP/71205/2026/C01/00001"), QDate(2026, 1, 14)}}};
    XlsxExport::write(file, QStringLiteral("SLA"), {a, b});
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(2), QByteArray("PK")); // an OOXML zip
    f.close();
    QProcess unzip;
    unzip.start(QStringLiteral("python3"), {QStringLiteral("-c"),
                                            QStringLiteral("import zipfile,sys;z=zipfile.ZipFile(sys.argv[1]);"
                                                           "print(len([n for n in z.namelist() if n.startswith('xl/worksheets/sheet')]));"
                                                           "print(z.read('xl/sharedStrings.xml').decode())"),
                                            file});
    QVERIFY(unzip.waitForFinished(30000));
    const QString out = QString::fromUtf8(unzip.readAllStandardOutput());
    QVERIFY2(out.startsWith(QStringLiteral("2")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("DPMPTSP/71205/2026/C01/00001")));
    QVERIFY(out.contains(QStringLiteral("Terlambat")));
}

void TestXlsxExport::unwritablePlaceIsAStorageError()
{
    try {
        XlsxExport::write(QStringLiteral("/nonexistent-folder/x/y.xlsx"), QStringLiteral("SLA"), {});
        QFAIL("wrote into a missing folder");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Storage);
    }
}

void TestXlsxExport::sheetNamesAreWholeWords()
{
    // Cut at a word, never inside one, within Excel's 31 characters.
    QCOMPARE(XlsxExport::sheetName(QStringLiteral("Permohonan terlambat dan berisiko"), 4),
             QStringLiteral("5 Permohonan terlambat dan"));
    QCOMPARE(XlsxExport::sheetName(QStringLiteral("Per layanan"), 1), QStringLiteral("2 Per layanan"));
    QCOMPARE(XlsxExport::sheetName(QStringLiteral("a/b: c"), 0), QStringLiteral("1 a b c"));
    QVERIFY(XlsxExport::sheetName(QString(40, QLatin1Char('x')), 9).size() <= 31);
    // The dashboard's tabs have short names of their own, whole in both languages.
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("id")}) {
        installTranslations(*QCoreApplication::instance(), language);
        const QList<ReportTable> tables = SlaSnapshot().tables();
        QCOMPARE(tables.size(), 6);
        for (int i = 0; i < tables.size(); ++i) {
            QVERIFY2(!tables[i].sheet.isEmpty(), qPrintable(tables[i].key));
            QCOMPARE(XlsxExport::sheetName(tables[i].sheet, i),
                     QStringLiteral("%1 %2").arg(i + 1).arg(tables[i].sheet));
        }
    }
}

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "test_xlsxexport.moc"
