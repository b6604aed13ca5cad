// The checklist's keys follow the labels the officer reads: S / P / T beside "Sah / Perlu
// perbaikan / Tidak ada" in Indonesian (they were V / P / M, from the English words).
#include "CaseFixture.h"
#include "cases/ChecklistEditor.h"
#include "i18n/Translations.h"

#include <QTableWidget>
#include <QtTest>

using namespace loket;
using namespace loket::test;
using namespace loket::ui;

class TestChecklistEditor : public QObject
{
    Q_OBJECT
private slots:
    void englishKeysAreTheEnglishInitials();
    void indonesianKeysAreTheIndonesianInitials();

private:
    QList<ChecklistStatus> press(const QList<int>& keys);
};

QList<ChecklistStatus> TestChecklistEditor::press(const QList<int>& keys)
{
    CaseFixture fixture;
    ChecklistEditor editor;
    editor.setStandard(fixture.standard());
    editor.show();
    QTableWidget* table = editor.table();
    table->setFocus();
    table->selectRow(0);
    for (int key : keys)
        QTest::keyClick(table, Qt::Key(key));
    QList<ChecklistStatus> out;
    const QList<ChecklistItem> items = editor.items();
    for (qsizetype i = 0; i < keys.size() && i < items.size(); ++i)
        out << items.at(i).status;
    return out;
}

void TestChecklistEditor::englishKeysAreTheEnglishInitials()
{
    // "Valid", "Missing", then the digit for "Valid"; P moves to the note, so it comes last.
    QCOMPARE(press({Qt::Key_V, Qt::Key_M, Qt::Key_1, Qt::Key_P}),
             (QList<ChecklistStatus>{ChecklistStatus::Valid, ChecklistStatus::Missing, ChecklistStatus::Valid,
                                     ChecklistStatus::Present}));
}

void TestChecklistEditor::indonesianKeysAreTheIndonesianInitials()
{
    installTranslations(*QCoreApplication::instance(), QStringLiteral("id"));
    QCOMPARE(checklistStatusTitle(ChecklistStatus::Valid), QStringLiteral("Sah"));
    QCOMPARE(press({Qt::Key_S, Qt::Key_T, Qt::Key_V, Qt::Key_3}),
             (QList<ChecklistStatus>{ChecklistStatus::Valid, ChecklistStatus::Missing, ChecklistStatus::Missing,
                                     ChecklistStatus::Missing}));
}

QTEST_MAIN(TestChecklistEditor)
#include "test_checklisteditor.moc"
