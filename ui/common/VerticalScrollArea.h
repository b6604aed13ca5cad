#pragma once

#include <QScrollArea>

namespace loket::ui {

// Scrolls a page up and down only: the page always takes the area's width and the area asks its
// window for the page's minimum width. A plain QScrollArea around a page with word-wrapped text
// sizes it for the width it had before its vertical scroll bar showed, so the page first showed
// with a sideways scroll bar (the complaint dialog's Review tab at 1100 pixels).
class VerticalScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit VerticalScrollArea(QWidget* parent = nullptr);
    QSize minimumSizeHint() const override;
};

} // namespace loket::ui
