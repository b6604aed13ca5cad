#pragma once

#include "IdentityForm.h"
#include "cases/Business.h"

class QCheckBox;
class QLabel;

namespace loket {
class Database;
}

namespace loket::ui {

// Step 3 of intake: find a returning business by NIB or name, or type a new one. The scale
// follows from the capital (PP 7/2021) and is shown, not chosen.
class BusinessForm : public IdentityForm
{
    Q_OBJECT
public:
    BusinessForm(const Database& db, QWidget* parent = nullptr);

    Business business() const;
    void clear();

private:
    void search(const QString& text) override;
    void choose(int row) override;
    void startNew() override;
    void updateScale();

    const Database& m_db;
    QLineEdit* m_name;
    QLineEdit* m_nib;
    QLineEdit* m_npwp;
    QLineEdit* m_kbli;
    QLineEdit* m_capital;
    QLabel* m_scale;
    QCheckBox* m_estate;
    QLineEdit* m_siinas;
    QLineEdit* m_address;
    QList<Business> m_found;
    Business m_chosen;
};

// "2.500.000.000", "Rp 2,5 M" is not accepted: digits with dots or commas as thousands only.
qint64 parseRupiahText(const QString& text, bool* ok);
// An amount in rupiah with the language's thousands separators: "750.000.000" (Indonesian).
QString rupiahText(qint64 amount);

} // namespace loket::ui
