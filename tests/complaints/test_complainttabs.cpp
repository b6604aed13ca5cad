#include "ComplaintFixture.h"
#include "common/UiContext.h"
#include "complaints/ComplaintDialog.h"
#include "complaints/ComplaintProcess.h"
#include "complaints/ComplaintReviewTab.h"
#include "i18n/Translations.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QtTest>

using namespace loket;
using namespace loket::ui;
using test::ComplaintFixture;

// The complaint screen's tabs as laid out in the dialog's default size.
class TestComplaintTabs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // In Indonesian, the office's language, whose labels are the longer ones.
    void initTestCase() { installTranslations(*qApp, QStringLiteral("id")); }
    void reviewTabDoesNotScrollSideways();
};

void TestComplaintTabs::reviewTabDoesNotScrollSideways()
{
    // A complaint about a case, classified and reviewed, so the review tab holds what it shows in use.
    ComplaintFixture f(QDate(2026, 3, 16));
    ComplaintIntake in = ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 9, 10));
    in.caseRegNumber = f.handedOverCase(QDate(2026, 3, 2));
    const Complaint c = ComplaintService::intake(f.as({Role::FrontDesk}), in);
    const Context back = f.as({Role::BackOffice}, QStringLiteral("dewi"));
    const ComplaintHandling h = ComplaintService::handling(back.database(), QStringLiteral("71205"));
    ComplaintProcess::classify(back, c.id, QStringLiteral("Perizinan jasa"), h.problemTypes.value(2));
    for (int step = 0; step < 3; ++step)
        ComplaintProcess::recordReviewStep(back, c.id, step, QDate(2026, 3, 10), QStringLiteral("Berkas diperiksa"));
    UiContext ui(f.tdb().db(), f.tdb().clock(), test::actorWith({Role::BackOffice}, QStringLiteral("dewi")));
    ComplaintDialog dialog(ui, c.id);
    dialog.resize(1100, 660);
    auto* review = dialog.findChild<ComplaintReviewTab*>(QStringLiteral("complaintReviewTab"));
    QVERIFY(review);
    QScrollArea* area = nullptr;
    for (QScrollArea* a : dialog.findChildren<QScrollArea*>())
        if (a->widget() == review)
            area = a;
    QVERIFY(area);
    dialog.show();
    dialog.grab(); // the first sight of the dialog, before its layout settles
    QVERIFY(!area->horizontalScrollBar()->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(area->verticalScrollBar()->isVisible()); // the tab is taller than the dialog leaves it
    QVERIFY(!area->horizontalScrollBar()->isVisible());
    QCOMPARE(review->width(), area->viewport()->width());
    // The dialog cannot be made narrower than the page, so none of it is cut off.
    QVERIFY(dialog.minimumSizeHint().width() >= review->minimumSizeHint().width());
}

QTEST_MAIN(TestComplaintTabs)
#include "test_complainttabs.moc"
