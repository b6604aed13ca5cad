#pragma once

#include "ComplaintTab.h"

class QLabel;
class QTableWidget;

namespace loket::ui {

// Prior documents and information for review step c: the related case's history and earlier
// complaints about the same case, applicant or service.
class ComplaintPriorTab : public ComplaintTab
{
    Q_OBJECT
public:
    explicit ComplaintPriorTab(UiContext& ui, QWidget* parent = nullptr);
    void showComplaint(const Complaint& c) override;

private:
    QLabel* m_caseHeader;
    QTableWidget* m_history;
    QTableWidget* m_earlier;
};

} // namespace loket::ui
