#include "ReceiptTestTools.h"
#include "common/Error.h"
#include "print/ReceiptRenderer.h"
#include "receipts/QrMatrix.h"

#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace loket;

class TestQrMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matrixShape();
    void tooLongThrows();
    void decodesToPayload_data();
    void decodesToPayload();
};

void TestQrMatrix::matrixShape()
{
    const QrMatrix m = QrMatrix::encode(QStringLiteral("LOKET:503/C01/2026/000123:K7QM4-XPA2B"));
    QVERIFY(!m.isNull());
    QVERIFY(m.version() >= 1);
    QCOMPARE(m.size(), 17 + 4 * m.version());
    // Finder patterns: dark outer ring, light ring, dark 3x3 centre, in three corners.
    for (const QPoint& corner : {QPoint(0, 0), QPoint(m.size() - 7, 0), QPoint(0, m.size() - 7)}) {
        QVERIFY(m.isDark(corner.x(), corner.y()));
        QVERIFY(m.isDark(corner.x() + 6, corner.y() + 6));
        QVERIFY(!m.isDark(corner.x() + 1, corner.y() + 1));
        QVERIFY(m.isDark(corner.x() + 3, corner.y() + 3));
    }
    QVERIFY(!m.isDark(-1, 0));
    QVERIFY(!m.isDark(m.size(), 0));
    const QString text = m.toText();
    QCOMPARE(text.count(u'\n'), m.size());
    // The same text gives the same matrix.
    QCOMPARE(QrMatrix::encode(QStringLiteral("LOKET:503/C01/2026/000123:K7QM4-XPA2B")).toText(), text);
}

void TestQrMatrix::tooLongThrows()
{
    QVERIFY_THROWS_EXCEPTION(Error, QrMatrix::encode(QString(8000, u'x'), QrMatrix::Ecc::High));
}

void TestQrMatrix::decodesToPayload_data()
{
    QTest::addColumn<QString>("payload");
    QTest::newRow("receipt") << "LOKET:503/C01/2026/000123:K7QM4-XPA2B";
    QTest::newRow("long number") << "LOKET:DPMPTSP/PWK/71205/2026/C01/0000012345:ABCDE-FGHJK";
    QTest::newRow("lower case") << "LOKET:reg-7:ZZZZZ-22222";
}

void TestQrMatrix::decodesToPayload()
{
    QFETCH(QString, payload);
    const QImage qr = ui::ReceiptRenderer::qrImage(payload);
    QVERIFY(!qr.isNull());
    const QrMatrix m = QrMatrix::encode(payload);
    QCOMPARE(qr.width(), m.size() + 8); // quiet zone of 4 modules on each side
    QCOMPARE(qGray(qr.pixel(0, 0)), 255);
    QCOMPARE(qGray(qr.pixel(4, 4)), 0);
    if (!test::hasTool(QStringLiteral("zbarimg")))
        QSKIP("zbarimg (zbar-tools) is not installed");
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("qr.png"));
    QVERIFY(qr.scaled(qr.size() * 6, Qt::IgnoreAspectRatio, Qt::FastTransformation).save(png));
    const QStringList found = test::decodeQr(png);
    QCOMPARE(found, QStringList{payload});
}

QTEST_MAIN(TestQrMatrix)
#include "test_qrmatrix.moc"
