#pragma once

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace loket::ui {

class UiContext;

// One paper survey form typed in: a score of 1..4 for each element, keyboard first (1-4 keys).
class SurveyFormWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SurveyFormWidget(UiContext& ui, QWidget* parent = nullptr);

    bool save();
    void clear();
    void setScore(const QString& elementKey, int score);

Q_SIGNALS:
    void recorded();

private:
    UiContext& m_ui;
    QDateEdit* m_date;
    QLineEdit* m_service;
    QLineEdit* m_case;
    QComboBox* m_gender;
    QLineEdit* m_comment;
    QList<std::pair<QString, QButtonGroup*>> m_scores;
    QPushButton* m_save;
};

} // namespace loket::ui
