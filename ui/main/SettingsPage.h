#pragma once

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QLabel;

namespace loket::ui {

class UiContext;

// The office identity printed on receipts and reports, and this workstation's code.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(UiContext& ui, QWidget* parent = nullptr);

    void reload();
    bool save();

private:
    UiContext& m_ui;
    QLineEdit* m_officeName;
    QPlainTextEdit* m_officeAddress;
    QLineEdit* m_officePhone;
    QLabel* m_workstation;
    QPushButton* m_save;
};

} // namespace loket::ui
