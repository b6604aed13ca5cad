#include "VerticalScrollArea.h"

#include <QScrollBar>

namespace loket::ui {

VerticalScrollArea::VerticalScrollArea(QWidget* parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    QSize size = QScrollArea::minimumSizeHint();
    if (widget())
        size.setWidth(std::max(size.width(), widget()->minimumSizeHint().width() +
                                                 verticalScrollBar()->sizeHint().width() + 2 * frameWidth()));
    return size;
}

} // namespace loket::ui
