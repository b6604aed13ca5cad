#pragma once

#include "users/TrainingRecord.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace loket::ui {

class UiContext;

// Records a training someone completed.
class TrainingDialog : public QDialog
{
    Q_OBJECT
public:
    TrainingDialog(UiContext& ui, const QString& username, QWidget* parent = nullptr);
    bool save();

private:
    UiContext& m_ui;
    QString m_username;
    QComboBox* m_course;
    QLineEdit* m_title;
    QDateEdit* m_date;
    QLineEdit* m_provider;
    QLineEdit* m_certificate;
    QLabel* m_error;
};

} // namespace loket::ui
