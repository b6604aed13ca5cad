#include "BusinessForm.h"

#include "cases/BusinessRepository.h"
#include "storage/Database.h"

#include "FieldCheck.h"
#include "identity/IdentityValidator.h"
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace loket::ui {

qint64 parseRupiahText(const QString& text, bool* ok)
{
    QString digits;
    for (QChar c : text.trimmed()) {
        if (c.isDigit())
            digits += c;
        else if (c != QLatin1Char('.') && c != QLatin1Char(',') && c != QLatin1Char(' '))
            return *ok = false, 0;
    }
    return digits.toLongLong(ok);
}

BusinessForm::BusinessForm(const Database& db, QWidget* parent)
    : IdentityForm({QStringLiteral("business"), tr("Returning business"),
                    tr("NIB or name; Enter takes the highlighted business"), tr("New business"),
                    tr("Returning business: its details may be updated.")},
                   parent),
      m_db(db)
{
    auto* box = new QGroupBox(tr("Business"), this);
    auto* form = new QFormLayout(box);
    addReturningRow(form, box);
    auto field = [&](const char* name, const QString& label, const QString& placeholder = {}) {
        auto* e = new QLineEdit(box);
        e->setObjectName(QString::fromLatin1(name));
        e->setPlaceholderText(placeholder);
        form->addRow(label, e);
        return e;
    };
    m_name = field("businessName", tr("&Name"));
    m_nib = field("businessNib", tr("NI&B"), tr("13 digits; empty when OSS has not issued one yet"));
    auto check = [&](QLineEdit* e, FieldCheck::Rule rule) {
        form->addRow(QString(), new FieldCheck(e, std::move(rule), box));
    };
    check(m_nib, [](const QString& text) { return IdentityValidator::validateNib(text).reason; });
    m_npwp = field("businessNpwp", tr("N&PWP"), tr("15 or 16 digits"));
    check(m_npwp, [](const QString& text) { return IdentityValidator::validateNpwp(text).reason; });
    m_kbli = field("businessKbli", tr("Other &KBLI codes"), tr("5-digit codes, separated by commas"));
    m_capital = field("businessCapital", tr("&Capital (Rp)"), tr("without land and buildings"));
    m_scale = new QLabel(box);
    m_scale->setObjectName(QStringLiteral("businessScale"));
    form->addRow(tr("Scale"), m_scale);
    m_estate = new QCheckBox(tr("Located inside an &industrial estate"), box);
    m_estate->setObjectName(QStringLiteral("businessEstate"));
    form->addRow(QString(), m_estate);
    m_siinas = field("businessSiinas", tr("&SIINas account"));
    m_address = field("businessAddress", tr("A&ddress"));
    m_column->addWidget(box);
    m_column->addStretch(1);
    setFocusFields({{QStringLiteral("business.name"), m_name},
                    {QStringLiteral("business.nib"), m_nib},
                    {QStringLiteral("business.npwp"), m_npwp},
                    {QStringLiteral("business.kbli"), m_kbli},
                    {QStringLiteral("business.capital"), m_capital}});

    connect(m_capital, &QLineEdit::textChanged, this, &BusinessForm::updateScale);
    // Rupiah with thousands separators once typed: 750000000 -> 750.000.000.
    connect(m_capital, &QLineEdit::editingFinished, this, [this] {
        bool ok = false;
        const qint64 capital = parseRupiahText(m_capital->text(), &ok);
        if (ok && !m_capital->text().trimmed().isEmpty())
            m_capital->setText(rupiahText(capital));
    });
    updateScale();
}

void BusinessForm::updateScale()
{
    bool ok = false;
    const qint64 capital = parseRupiahText(m_capital->text(), &ok);
    m_scale->setText(ok ? BusinessScaleRules::title(BusinessScaleRules::forCapital(capital))
                        : tr("Enter the capital to see the scale"));
}

void BusinessForm::search(const QString& text)
{
    m_found = worthSearching(text) ? BusinessRepository(m_db.handle()).find(text, 8) : QList<Business>();
    QStringList lines;
    for (const Business& b : m_found)
        lines << QStringLiteral("%1 · NIB %2 · %3").arg(b.name, b.nib.isEmpty() ? tr("none yet") : b.nib, b.address);
    showResults(lines);
}

void BusinessForm::choose(int row)
{
    if (row < 0 || row >= m_found.size())
        return;
    m_chosen = m_found.at(row);
    m_name->setText(m_chosen.name);
    m_nib->setText(m_chosen.nib);
    m_npwp->setText(m_chosen.npwp);
    m_kbli->setText(m_chosen.kbliCodes.join(QStringLiteral(", ")));
    m_capital->setText(rupiahText(m_chosen.capital));
    m_estate->setChecked(m_chosen.inIndustrialEstate);
    m_siinas->setText(m_chosen.siinasAccount);
    m_address->setText(m_chosen.address);
    m_name->setReadOnly(true);
    m_nib->setReadOnly(!m_chosen.nib.isEmpty());
    markReturning();
    m_capital->setFocus();
    m_capital->selectAll();
}

void BusinessForm::startNew()
{
    m_chosen = Business{};
    m_estate->setChecked(false);
    resetFields({m_name, m_nib, m_npwp, m_kbli, m_capital, m_siinas, m_address});
}

void BusinessForm::clear()
{
    startNew();
    m_search->clear();
}

QString rupiahText(qint64 amount)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions); // group separators even in the C locale
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::Indonesian, QLocale::Indonesia);
    return locale.toString(amount);
}

Business BusinessForm::business() const
{
    Business b = m_chosen;
    b.name = m_name->text();
    b.nib = m_nib->text();
    b.npwp = m_npwp->text();
    b.kbliCodes = m_kbli->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    bool ok = false;
    b.capital = parseRupiahText(m_capital->text(), &ok);
    if (!ok)
        b.capital = m_capital->text().trimmed().isEmpty() ? 0 : -1; // the core names the field
    b.inIndustrialEstate = m_estate->isChecked();
    b.siinasAccount = m_siinas->text();
    b.address = m_address->text();
    return b;
}

} // namespace loket::ui
