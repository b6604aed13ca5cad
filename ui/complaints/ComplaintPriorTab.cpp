#include "ComplaintPriorTab.h"
#include "common/Dates.h"

#include "common/Error.h"
#include "common/UiContext.h"
#include "complaints/ComplaintService.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

namespace {
QTableWidget* table(QWidget* parent, const QString& name, const QStringList& headers, int stretch)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

void fill(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]);
        t->setItem(row, c, item);
    }
}
} // namespace

ComplaintPriorTab::ComplaintPriorTab(UiContext& ui, QWidget* parent) : ComplaintTab(ui, parent)
{
    setObjectName(QStringLiteral("complaintPriorTab"));
    auto* layout = new QVBoxLayout(this);
    auto* caseBox = new QGroupBox(tr("History of the related case"), this);
    auto* caseLayout = new QVBoxLayout(caseBox);
    m_caseHeader = new QLabel(this);
    m_caseHeader->setObjectName(QStringLiteral("priorCaseHeader"));
    m_caseHeader->setWordWrap(true);
    m_history = table(this, QStringLiteral("priorCaseHistory"), {tr("When"), tr("Event"), tr("By"), tr("Note")}, 3);
    caseLayout->addWidget(m_caseHeader);
    caseLayout->addWidget(m_history, 1);
    layout->addWidget(caseBox, 1);

    auto* earlierBox = new QGroupBox(tr("Earlier complaints about the same case, applicant or service"), this);
    auto* earlierLayout = new QVBoxLayout(earlierBox);
    m_earlier = table(this, QStringLiteral("priorComplaints"),
                      {tr("Number"), tr("Received"), tr("Kind"), tr("State"), tr("Related by"), tr("Object")}, 5);
    earlierLayout->addWidget(m_earlier);
    layout->addWidget(earlierBox, 1);
}

void ComplaintPriorTab::showComplaint(const Complaint& c)
{
    m_complaint = c;
    m_history->setRowCount(0);
    m_earlier->setRowCount(0);
    ComplaintPriorInfo info;
    try {
        info = ComplaintService::prior(m_ui.context(), c);
    } catch (const Error& e) {
        m_caseHeader->setText(e.message());
        return;
    }
    if (c.caseRegNumber.isEmpty())
        m_caseHeader->setText(tr("No related case was named."));
    else if (!info.relatedCase.found)
        m_caseHeader->setText(tr("Case %1 is not on this workstation.").arg(c.caseRegNumber));
    else
        m_caseHeader->setText(tr("<b>%1</b> — %2, %3 (applicant %4)")
                                  .arg(info.relatedCase.registrationNumber, info.relatedCase.kbli,
                                       info.relatedCase.stageTitle, info.relatedCase.applicantName.toHtmlEscaped()));
    m_history->setRowCount(int(info.relatedCase.history.size()));
    for (int i = 0; i < info.relatedCase.history.size(); ++i) {
        const RelatedCaseEvent& e = info.relatedCase.history[i];
        fill(m_history, i, {dates::dateTime(e.at), e.title, e.actorName, e.note});
    }
    m_earlier->setRowCount(int(info.earlier.size()));
    for (int i = 0; i < info.earlier.size(); ++i) {
        const RelatedComplaint& r = info.earlier[i];
        QStringList why;
        if (r.sameCase)
            why << tr("same case");
        if (r.sameApplicant)
            why << tr("same applicant");
        if (r.sameService)
            why << tr("same service");
        fill(m_earlier, i,
             {r.complaint.number, dates::shortDate(r.complaint.receivedAt), complaintKindTitle(r.complaint.kind),
              ComplaintStates::title(r.complaint.state), why.join(QStringLiteral(", ")), r.complaint.objectText});
    }
    m_history->resizeColumnsToContents();
    m_earlier->resizeColumnsToContents();
    m_history->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_earlier->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
}

} // namespace loket::ui
