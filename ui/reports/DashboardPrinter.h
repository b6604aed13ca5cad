#pragma once

#include <QCoreApplication>

#include "reports/SlaDashboard.h"

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QPair>
#include <QPicture>
#include <QSize>
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
    // What only the GUI thread can make: the chart drawn (it is a widget) and the office's name
    // (from the database). The rest, a thousand late cases at a million, is painted from these on
    // any thread.
    struct Chart
    {
        QString office;
        QPicture picture; // the chart as on screen, at `size` on the page
        QSize size;
        QList<QPair<QString, QColor>> legend;
    };
    static Chart chart(UiContext& ui, const SlaSnapshot& snapshot);
    // The PDF's bytes: on any thread (the dashboard writes it on a worker thread).
    static QByteArray pdf(const Chart& chart, const SlaSnapshot& snapshot);
    // Both of the above, on the GUI thread.
    static QByteArray pdf(UiContext& ui, const SlaSnapshot& snapshot);
    static void paint(const Chart& chart, const SlaSnapshot& snapshot, QPagedPaintDevice& device);
};

} // namespace loket::ui
