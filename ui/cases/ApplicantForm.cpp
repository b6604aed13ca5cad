#include "ApplicantForm.h"

#include "cases/ApplicantRepository.h"
#include "identity/IdentityMask.h"
#include "storage/Database.h"

#include "FieldCheck.h"
#include "identity/IdentityValidator.h"
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace loket::ui {

ApplicantForm::ApplicantForm(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("applicantForm"));
    auto* layout = new QVBoxLayout(this);
    auto* find = new QGroupBox(tr("Returning applicant"), this);
    auto* findLayout = new QVBoxLayout(find);
    m_search = new QLineEdit(find);
    m_search->setObjectName(QStringLiteral("applicantSearch"));
    m_search->setPlaceholderText(tr("NIK or name; Enter takes the highlighted applicant"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(find);
    m_results->setObjectName(QStringLiteral("applicantResults"));
    m_results->setMaximumHeight(110);
    findLayout->addWidget(m_search);
    findLayout->addWidget(m_results);
    layout->addWidget(find);

    auto* person = new QGroupBox(tr("Applicant (pemohon)"), this);
    auto* form = new QFormLayout(person);
    m_returning = new QLabel(person);
    m_returning->setObjectName(QStringLiteral("applicantReturning"));
    m_new = new QPushButton(tr("New applicant"), person);
    m_new->setObjectName(QStringLiteral("applicantNew"));
    m_new->hide();
    auto* returningRow = new QHBoxLayout;
    returningRow->addWidget(m_returning, 1);
    returningRow->addWidget(m_new);
    m_name = new QLineEdit(person);
    m_name->setObjectName(QStringLiteral("applicantName"));
    m_nik = new QLineEdit(person);
    m_nik->setObjectName(QStringLiteral("applicantNik"));
    m_nik->setPlaceholderText(tr("16 digits, as on the KTP"));
    m_nik->setMaxLength(24);
    m_phone = new QLineEdit(person);
    m_phone->setObjectName(QStringLiteral("applicantPhone"));
    m_phone->setPlaceholderText(tr("08… or +62…"));
    m_email = new QLineEdit(person);
    m_email->setObjectName(QStringLiteral("applicantEmail"));
    m_address = new QLineEdit(person);
    m_address->setObjectName(QStringLiteral("applicantAddress"));
    form->addRow(returningRow);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("NI&K"), m_nik);
    auto nikRule = [](const QString& text) { return IdentityValidator::validateNik(text).reason; };
    m_nikCheck = new FieldCheck(m_nik, nikRule, person);
    form->addRow(QString(), m_nikCheck);
    form->addRow(tr("&Telephone"), m_phone);
    form->addRow(tr("E-&mail"), m_email);
    form->addRow(tr("&Address"), m_address);
    layout->addWidget(person);

    auto* rep = new QGroupBox(tr("Representative (kuasa), when someone files for the applicant"), this);
    auto* repForm = new QFormLayout(rep);
    m_repName = new QLineEdit(rep);
    m_repName->setObjectName(QStringLiteral("representativeName"));
    m_repNik = new QLineEdit(rep);
    m_repNik->setObjectName(QStringLiteral("representativeNik"));
    repForm->addRow(tr("Name"), m_repName);
    repForm->addRow(tr("NIK"), m_repNik);
    m_repNikCheck = new FieldCheck(m_repNik, nikRule, rep);
    repForm->addRow(QString(), m_repNikCheck);
    layout->addWidget(rep);
    layout->addStretch(1);

    connect(m_search, &QLineEdit::textChanged, this, &ApplicantForm::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_found.isEmpty())
            choose(std::max(0, m_results->currentRow()));
    });
    connect(m_results, &QListWidget::itemActivated, this, [this] { choose(m_results->currentRow()); });
    connect(m_new, &QPushButton::clicked, this, &ApplicantForm::startNew);
    // Down arrow from the search field walks the results.
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
}

void ApplicantForm::search(const QString& text)
{
    m_results->clear();
    m_found = text.trimmed().size() < 3 ? QList<Applicant>() : ApplicantRepository(m_db.handle()).find(text, 8);
    for (const Applicant& a : m_found)
        m_results->addItem(QStringLiteral("%1 · NIK %2 · %3").arg(a.name, IdentityMask::maskNik(a.nik), a.address));
    if (!m_found.isEmpty())
        m_results->setCurrentRow(0);
}

void ApplicantForm::choose(int row)
{
    if (row < 0 || row >= m_found.size())
        return;
    m_chosen = m_found.at(row);
    m_name->setText(m_chosen.name);
    m_nik->setText(m_chosen.nik);
    m_phone->setText(m_chosen.phone);
    m_email->setText(m_chosen.email);
    m_address->setText(m_chosen.address);
    m_name->setReadOnly(true);
    m_nik->setReadOnly(true);
    m_returning->setText(tr("Returning applicant: contact details may be updated."));
    m_new->show();
    m_phone->setFocus();
    m_phone->selectAll();
}

void ApplicantForm::startNew()
{
    for (FieldCheck* c : findChildren<FieldCheck*>())
        c->reset();
    m_chosen = Applicant{};
    for (QLineEdit* e : {m_name, m_nik, m_phone, m_email, m_address}) {
        e->clear();
        e->setReadOnly(false);
    }
    m_returning->clear();
    m_new->hide();
    m_name->setFocus();
}

void ApplicantForm::clear()
{
    startNew();
    m_search->clear();
    m_repName->clear();
    m_repNik->clear();
}

Applicant ApplicantForm::applicant() const
{
    Applicant a = m_chosen;
    a.name = m_name->text();
    a.nik = m_nik->text();
    a.phone = m_phone->text();
    a.email = m_email->text();
    a.address = m_address->text();
    return a;
}

QString ApplicantForm::representativeName() const
{
    return m_repName->text();
}

QString ApplicantForm::representativeNik() const
{
    return m_repNik->text();
}

bool ApplicantForm::focusField(const QString& field)
{
    const QHash<QString, QLineEdit*> map{{QStringLiteral("applicant.name"), m_name},
                                         {QStringLiteral("applicant.nik"), m_nik},
                                         {QStringLiteral("applicant.phone"), m_phone},
                                         {QStringLiteral("applicant.email"), m_email},
                                         {QStringLiteral("applicant.address"), m_address},
                                         {QStringLiteral("representative.name"), m_repName},
                                         {QStringLiteral("representative.nik"), m_repNik}};
    QLineEdit* e = map.value(field);
    if (!e)
        return false;
    e->setFocus();
    e->selectAll();
    return true;
}

} // namespace loket::ui
