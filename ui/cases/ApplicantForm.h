#pragma once

#include "cases/Applicant.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace loket {
class Database;
}

namespace loket::ui {

class FieldCheck;

// Step 2 of intake: find a returning applicant by NIK or name (Enter takes the highlighted
// one), or type a new one; plus the optional representative (kuasa).
class ApplicantForm : public QWidget
{
    Q_OBJECT
public:
    ApplicantForm(const Database& db, QWidget* parent = nullptr);

    Applicant applicant() const;
    QString representativeName() const;
    QString representativeNik() const;
    void clear();
    // Puts the cursor into the field a core error named ("applicant.nik", ...); false if not ours.
    bool focusField(const QString& field);
    QLineEdit* searchField() const { return m_search; }

private:
    void search(const QString& text);
    void choose(int row);
    void startNew();

    const Database& m_db;
    QLineEdit* m_search;
    QListWidget* m_results;
    QLabel* m_returning;
    QLineEdit* m_name;
    QLineEdit* m_nik;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_address;
    QLineEdit* m_repName;
    QLineEdit* m_repNik;
    FieldCheck* m_nikCheck;
    FieldCheck* m_repNikCheck;
    QPushButton* m_new;
    QList<Applicant> m_found;
    Applicant m_chosen;
};

} // namespace loket::ui
