#pragma once

#include <QCoreApplication>

#include "reports/SlaDashboard.h"

#include <QByteArray>
#include <QString>

class QPagedPaintDevice;

namespace loket::ui {

class UiContext;

// The SLA dashboard on paper (A4 landscape): the summary, the chart by stage, then every table
// of the snapshot, page after page; headers and names wrap onto more lines, nothing is cut.
class DashboardPrinter
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::ui::DashboardPrinter)
public:
    // The PDF's bytes (painted here, on the GUI thread: the chart is a widget).
    static QByteArray pdf(UiContext& ui, const SlaSnapshot& snapshot);
    static void paint(UiContext& ui, const SlaSnapshot& snapshot, QPagedPaintDevice& device);
};

} // namespace loket::ui
