#pragma once

#include "common/Permission.h"
#include "complaints/Complaint.h"

#include <QWidget>
#include <functional>
#include <initializer_list>

class QDateEdit;
class QHBoxLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace loket::ui {

class UiContext;

// Base of the complaint screen's tabs: each shows the complaint and runs actions through
// run(), which shows a refusal's message and announces a change.
class ComplaintTab : public QWidget
{
    Q_OBJECT
public:
    ComplaintTab(UiContext& ui, QWidget* parent);
    virtual void showComplaint(const Complaint& c) = 0;
    const Complaint& complaint() const { return m_complaint; }

Q_SIGNALS:
    void changed();

protected:
    // Runs `action`; on loket::Error shows its message under `title` and returns false.
    bool run(const QString& title, const std::function<void()>& action);
    bool can(Permission permission) const;

    // The scaffold the tabs build their widgets with, each named for the tests.
    // A date up to today, in the office's format, with a calendar to pick from.
    QDateEdit* dateField(const QString& name);
    QPushButton* button(const QString& text, const QString& name);
    QLineEdit* lineField(const QString& name, const QString& placeholder = {});
    QPlainTextEdit* textField(const QString& name, const QString& placeholder = {});
    // The buttons side by side on the left.
    static QHBoxLayout* buttonRow(std::initializer_list<QPushButton*> buttons);

    UiContext& m_ui;
    Complaint m_complaint;
};

} // namespace loket::ui
