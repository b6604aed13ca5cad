#include "i18n/Translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPageSetupDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QToolBar>
#include <QTranslator>
#include <QtTest>

#include <memory>

// Qt ships no Indonesian qtbase catalogue; translations/qt_id.ts supplies Qt's own texts
// (standard buttons, print preview, context menus...) and is loaded with the app's catalogues.
class TestQtStrings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void catalogueIsEmbedded();
    void dialogButtonsAreIndonesian();
    void messageBoxButtonsAreIndonesian();
    void printPreviewToolbarIsIndonesian();
    void contextMenuAndFileModelAreIndonesian();
    void englishStaysEnglish();
    void screenshots();

private:
    static void useLanguage(const QString& lang);
    static QStringList toolbarTexts(QWidget* dialog, bool toolTips);
};

void TestQtStrings::useLanguage(const QString& lang)
{
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QCOMPARE(loket::installTranslations(*qApp, lang), lang);
}

void TestQtStrings::cleanup()
{
    useLanguage(QStringLiteral("en"));
}

QStringList TestQtStrings::toolbarTexts(QWidget* dialog, bool toolTips)
{
    QStringList out;
    for (QToolBar* bar : dialog->findChildren<QToolBar*>())
        for (QAction* a : bar->actions())
            if (!a->isSeparator() && !a->text().isEmpty())
                out << (toolTips ? a->toolTip() : a->text());
    return out;
}

void TestQtStrings::catalogueIsEmbedded()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/qt_id.qm")));
    useLanguage(QStringLiteral("id"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Batal"));
}

void TestQtStrings::dialogButtonsAreIndonesian()
{
    useLanguage(QStringLiteral("id"));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save |
                         QDialogButtonBox::Close | QDialogButtonBox::Apply);
    // Themes may add a mnemonic (GNOME: "&OK"); compare without it.
    auto text = [&](QDialogButtonBox::StandardButton b) { return box.button(b)->text().remove(QLatin1Char('&')); };
    QCOMPARE(text(QDialogButtonBox::Ok), QStringLiteral("OK"));
    QCOMPARE(text(QDialogButtonBox::Cancel), QStringLiteral("Batal"));
    QCOMPARE(text(QDialogButtonBox::Save), QStringLiteral("Simpan"));
    QCOMPARE(text(QDialogButtonBox::Close), QStringLiteral("Tutup"));
    QCOMPARE(text(QDialogButtonBox::Apply), QStringLiteral("Terapkan"));
}

void TestQtStrings::messageBoxButtonsAreIndonesian()
{
    useLanguage(QStringLiteral("id"));
    QMessageBox box(QMessageBox::Question, QStringLiteral("Loket"), QStringLiteral("?"),
                    QMessageBox::Yes | QMessageBox::No);
    QCOMPARE(box.button(QMessageBox::Yes)->text().remove(QLatin1Char('&')), QStringLiteral("Ya"));
    QCOMPARE(box.button(QMessageBox::No)->text().remove(QLatin1Char('&')), QStringLiteral("Tidak"));
    box.setDetailedText(QStringLiteral("details"));
    bool detailsButton = false;
    for (QAbstractButton* b : box.buttons())
        detailsButton |= b->text() == QStringLiteral("Tampilkan Rincian...");
    QVERIFY(detailsButton);
}

void TestQtStrings::printPreviewToolbarIsIndonesian()
{
    useLanguage(QStringLiteral("id"));
    QPrintPreviewDialog dialog;
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Pratinjau Cetak"));
    const QStringList texts = toolbarTexts(&dialog, false);
    const QStringList tips = toolbarTexts(&dialog, true);
    for (const char* expected : {"Halaman berikutnya", "Halaman sebelumnya", "Halaman pertama", "Halaman terakhir",
                                 "Sesuaikan lebar", "Sesuaikan halaman", "Perbesar", "Perkecil", "Potret", "Lanskap",
                                 "Cetak", "Pengaturan halaman", "Tampilkan satu halaman"}) {
        QVERIFY2(texts.contains(QString::fromUtf8(expected)), qPrintable(texts.join(QLatin1String(" | "))));
        QVERIFY2(tips.contains(QString::fromUtf8(expected)), qPrintable(tips.join(QLatin1String(" | "))));
    }
    for (const QString& t : texts + tips)
        QVERIFY2(!t.contains(QLatin1String("page"), Qt::CaseInsensitive) &&
                     !t.contains(QLatin1String("Zoom")) && !t.contains(QLatin1String("Print")),
                 qPrintable(QStringLiteral("English left in the toolbar: ") + t));
}

void TestQtStrings::contextMenuAndFileModelAreIndonesian()
{
    useLanguage(QStringLiteral("id"));
    QLineEdit edit;
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList texts;
    for (QAction* a : menu->actions())
        texts << a->text().section(QLatin1Char('\t'), 0, 0).remove(QLatin1Char('&'));
    for (const char* expected : {"Urungkan", "Ulangi", "Potong", "Salin", "Tempel", "Hapus", "Pilih Semua"})
        QVERIFY2(texts.contains(QString::fromUtf8(expected)), qPrintable(texts.join(QLatin1String(" | "))));

    QFileSystemModel model;
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Nama"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Ukuran"));
}

void TestQtStrings::englishStaysEnglish()
{
    useLanguage(QStringLiteral("en"));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Cancel"));
    QMessageBox message(QMessageBox::Question, QStringLiteral("Loket"), QStringLiteral("?"),
                        QMessageBox::Yes | QMessageBox::No);
    QCOMPARE(message.button(QMessageBox::Yes)->text().remove(QLatin1Char('&')), QStringLiteral("Yes"));
    QCOMPARE(message.button(QMessageBox::No)->text().remove(QLatin1Char('&')), QStringLiteral("No"));
    QPrintPreviewDialog dialog;
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Print Preview"));
    const QStringList texts = toolbarTexts(&dialog, false);
    QVERIFY2(texts.contains(QStringLiteral("Next page")), qPrintable(texts.join(QLatin1String(" | "))));
    QVERIFY2(texts.contains(QStringLiteral("Zoom in")), qPrintable(texts.join(QLatin1String(" | "))));
    QVERIFY2(toolbarTexts(&dialog, true).contains(QStringLiteral("Fit width")), "tooltip");
}

// Set LOKET_QTSTRINGS_SHOTS=<dir> (and LOKET_QTSTRINGS_LANG=en to compare) to save what the dialogs look like.
void TestQtStrings::screenshots()
{
    const QString dir = qEnvironmentVariable("LOKET_QTSTRINGS_SHOTS");
    if (dir.isEmpty())
        QSKIP("LOKET_QTSTRINGS_SHOTS not set");
    QDir().mkpath(dir);
    const QString lang = qEnvironmentVariable("LOKET_QTSTRINGS_LANG", QStringLiteral("id"));
    useLanguage(lang);
    QPrintPreviewDialog preview;
    preview.resize(1000, 700);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QVERIFY(preview.grab().save(dir + QStringLiteral("/printpreview_%1.png").arg(lang)));
    QMessageBox question(QMessageBox::Question, QStringLiteral("Loket"),
                         QStringLiteral("Simpan perubahan pada berkas ini sebelum ditutup?"),
                         QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    question.setDetailedText(QStringLiteral("Rincian"));
    question.show();
    QVERIFY(QTest::qWaitForWindowExposed(&question));
    QVERIFY(question.grab().save(dir + QStringLiteral("/question_%1.png").arg(lang)));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply |
                         QDialogButtonBox::RestoreDefaults);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QVERIFY(box.grab().save(dir + QStringLiteral("/buttonbox_%1.png").arg(lang)));
    QPrinter printer;
    QPrintDialog print(&printer);
    print.show();
    QVERIFY(QTest::qWaitForWindowExposed(&print));
    QVERIFY(print.grab().save(dir + QStringLiteral("/printdialog_%1.png").arg(lang)));
    for (QPushButton* b : print.findChildren<QPushButton*>())
        if (b->text().endsWith(QLatin1String(" >>")))
            b->click();
    QVERIFY(print.grab().save(dir + QStringLiteral("/printoptions_%1.png").arg(lang)));
    if (auto* tabs = print.findChild<QTabWidget*>())
        tabs->setCurrentIndex(tabs->count() - 1);
    QVERIFY(print.grab().save(dir + QStringLiteral("/printoptions2_%1.png").arg(lang)));
    QPageSetupDialog setup(&printer);
    setup.show();
    QVERIFY(QTest::qWaitForWindowExposed(&setup));
    QVERIFY(setup.grab().save(dir + QStringLiteral("/pagesetup_%1.png").arg(lang)));
    QFileDialog files(nullptr, QString(), QDir::tempPath(), QStringLiteral("PDF (*.pdf)"));
    files.setOption(QFileDialog::DontUseNativeDialog);
    files.setAcceptMode(QFileDialog::AcceptSave);
    files.setViewMode(QFileDialog::Detail);
    files.resize(800, 500);
    files.show();
    QVERIFY(QTest::qWaitForWindowExposed(&files));
    QVERIFY(files.grab().save(dir + QStringLiteral("/filedialog_%1.png").arg(lang)));
}

QTEST_MAIN(TestQtStrings)
#include "test_qtstrings.moc"
