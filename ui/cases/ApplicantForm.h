#pragma once

#include "IdentityForm.h"
#include "cases/Applicant.h"

namespace loket {
class Database;
}

namespace loket::ui {

// Step 2 of intake: find a returning applicant by NIK or name (Enter takes the highlighted
// one), or type a new one; plus the optional representative (kuasa).
class ApplicantForm : public IdentityForm
{
    Q_OBJECT
public:
    ApplicantForm(const Database& db, QWidget* parent = nullptr);

    Applicant applicant() const;
    QString representativeName() const;
    QString representativeNik() const;
    void clear();

private:
    void search(const QString& text) override;
    void choose(int row) override;
    void startNew() override;

    const Database& m_db;
    QLineEdit* m_name;
    QLineEdit* m_nik;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_address;
    QLineEdit* m_repName;
    QLineEdit* m_repNik;
    QList<Applicant> m_found;
    Applicant m_chosen;
};

} // namespace loket::ui
