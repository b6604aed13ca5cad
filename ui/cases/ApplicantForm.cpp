#include "ApplicantForm.h"

#include "cases/ApplicantRepository.h"
#include "identity/IdentityMask.h"
#include "storage/Database.h"

#include "FieldCheck.h"
#include "identity/IdentityValidator.h"
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace loket::ui {

ApplicantForm::ApplicantForm(const Database& db, QWidget* parent)
    : IdentityForm({QStringLiteral("applicant"), tr("Returning applicant"),
                    tr("NIK or name; Enter takes the highlighted applicant"), tr("New applicant"),
                    tr("Returning applicant: contact details may be updated.")},
                   parent),
      m_db(db)
{
    auto* person = new QGroupBox(tr("Applicant (pemohon)"), this);
    auto* form = new QFormLayout(person);
    addReturningRow(form, person);
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
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("NI&K"), m_nik);
    auto nikRule = [](const QString& text) { return IdentityValidator::validateNik(text).reason; };
    form->addRow(QString(), new FieldCheck(m_nik, nikRule, person));
    form->addRow(tr("&Telephone"), m_phone);
    form->addRow(tr("E-&mail"), m_email);
    form->addRow(tr("&Address"), m_address);
    m_column->addWidget(person);

    auto* rep = new QGroupBox(tr("Representative (kuasa), when someone files for the applicant"), this);
    auto* repForm = new QFormLayout(rep);
    m_repName = new QLineEdit(rep);
    m_repName->setObjectName(QStringLiteral("representativeName"));
    m_repNik = new QLineEdit(rep);
    m_repNik->setObjectName(QStringLiteral("representativeNik"));
    repForm->addRow(tr("Name"), m_repName);
    repForm->addRow(tr("NIK"), m_repNik);
    repForm->addRow(QString(), new FieldCheck(m_repNik, nikRule, rep));
    m_column->addWidget(rep);
    m_column->addStretch(1);
    setFocusFields({{QStringLiteral("applicant.name"), m_name},
                    {QStringLiteral("applicant.nik"), m_nik},
                    {QStringLiteral("applicant.phone"), m_phone},
                    {QStringLiteral("applicant.email"), m_email},
                    {QStringLiteral("applicant.address"), m_address},
                    {QStringLiteral("representative.name"), m_repName},
                    {QStringLiteral("representative.nik"), m_repNik}});
}

void ApplicantForm::search(const QString& text)
{
    m_found = worthSearching(text) ? ApplicantRepository(m_db.handle()).find(text, 8) : QList<Applicant>();
    QStringList lines;
    for (const Applicant& a : m_found)
        lines << QStringLiteral("%1 · NIK %2 · %3").arg(a.name, IdentityMask::maskNik(a.nik), a.address);
    showResults(lines);
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
    markReturning();
    m_phone->setFocus();
    m_phone->selectAll();
}

void ApplicantForm::startNew()
{
    m_chosen = Applicant{};
    resetFields({m_name, m_nik, m_phone, m_email, m_address});
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

} // namespace loket::ui
