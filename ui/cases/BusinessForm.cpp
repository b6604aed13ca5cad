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
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
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

BusinessForm::BusinessForm(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("businessForm"));
    auto* layout = new QVBoxLayout(this);
    auto* find = new QGroupBox(tr("Returning business"), this);
    auto* findLayout = new QVBoxLayout(find);
    m_search = new QLineEdit(find);
    m_search->setObjectName(QStringLiteral("businessSearch"));
    m_search->setPlaceholderText(tr("NIB or name; Enter takes the highlighted business"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(find);
    m_results->setObjectName(QStringLiteral("businessResults"));
    m_results->setMaximumHeight(110);
    findLayout->addWidget(m_search);
    findLayout->addWidget(m_results);
    layout->addWidget(find);

    auto* box = new QGroupBox(tr("Business"), this);
    auto* form = new QFormLayout(box);
    m_returning = new QLabel(box);
    m_returning->setObjectName(QStringLiteral("businessReturning"));
    m_new = new QPushButton(tr("New business"), box);
    m_new->setObjectName(QStringLiteral("businessNew"));
    m_new->hide();
    auto* returningRow = new QHBoxLayout;
    returningRow->addWidget(m_returning, 1);
    returningRow->addWidget(m_new);
    form->addRow(returningRow);
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
    layout->addWidget(box);
    layout->addStretch(1);

    connect(m_capital, &QLineEdit::textChanged, this, &BusinessForm::updateScale);
    // Rupiah with thousands separators once typed: 750000000 -> 750.000.000.
    connect(m_capital, &QLineEdit::editingFinished, this, [this] {
        bool ok = false;
        const qint64 capital = parseRupiahText(m_capital->text(), &ok);
        if (ok && !m_capital->text().trimmed().isEmpty())
            m_capital->setText(rupiahText(capital));
    });
    connect(m_search, &QLineEdit::textChanged, this, &BusinessForm::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_found.isEmpty())
            choose(std::max(0, m_results->currentRow()));
    });
    connect(m_results, &QListWidget::itemActivated, this, [this] { choose(m_results->currentRow()); });
    connect(m_new, &QPushButton::clicked, this, &BusinessForm::startNew);
    auto* down = new QShortcut(QKeySequence(Qt::Key_Down), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] {
        if (m_results->count() > 0)
            m_results->setCurrentRow(std::min(m_results->currentRow() + 1, m_results->count() - 1));
    });
    auto* up = new QShortcut(QKeySequence(Qt::Key_Up), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this, [this] {
        if (m_results->count() > 0)
            m_results->setCurrentRow(std::max(m_results->currentRow() - 1, 0));
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
    m_results->clear();
    m_found = text.trimmed().size() < 3 ? QList<Business>() : BusinessRepository(m_db.handle()).find(text, 8);
    for (const Business& b : m_found)
        m_results->addItem(QStringLiteral("%1 · NIB %2 · %3")
                               .arg(b.name, b.nib.isEmpty() ? tr("none yet") : b.nib, b.address));
    if (!m_found.isEmpty())
        m_results->setCurrentRow(0);
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
    m_returning->setText(tr("Returning business: its details may be updated."));
    m_new->show();
    m_capital->setFocus();
    m_capital->selectAll();
}

void BusinessForm::startNew()
{
    for (FieldCheck* c : findChildren<FieldCheck*>())
        c->reset();
    m_chosen = Business{};
    for (QLineEdit* e : {m_name, m_nib, m_npwp, m_kbli, m_capital, m_siinas, m_address}) {
        e->clear();
        e->setReadOnly(false);
    }
    m_estate->setChecked(false);
    m_returning->clear();
    m_new->hide();
    m_name->setFocus();
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

bool BusinessForm::focusField(const QString& field)
{
    const QHash<QString, QLineEdit*> map{{QStringLiteral("business.name"), m_name},
                                         {QStringLiteral("business.nib"), m_nib},
                                         {QStringLiteral("business.npwp"), m_npwp},
                                         {QStringLiteral("business.kbli"), m_kbli},
                                         {QStringLiteral("business.capital"), m_capital}};
    QLineEdit* e = map.value(field);
    if (!e)
        return false;
    e->setFocus();
    e->selectAll();
    return true;
}

} // namespace loket::ui
