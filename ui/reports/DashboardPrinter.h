#pragma once

#include <QCoreApplication>

#include "reports/SlaDashboard.h"

#include <QString>

class QPagedPaintDevice;

namespace loket::ui {

class UiContext;

// The SLA dashboard on paper (A4 landscape): every table of the snapshot, page after page.
class DashboardPrinter
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::ui::DashboardPrinter)
public:
    static bool writePdf(UiContext& ui, const SlaSnapshot& snapshot, const QString& file);
    static void paint(UiContext& ui, const SlaSnapshot& snapshot, QPagedPaintDevice& device);
};

} // namespace loket::ui
