#include "TrainingDialog.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "common/UiContext.h"
#include "users/UserService.h"
#include "common/Dates.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

TrainingDialog::TrainingDialog(UiContext& ui, const QString& username, QWidget* parent)
    : QDialog(parent), m_ui(ui), m_username(username)
{
    setObjectName(QStringLiteral("trainingDialog"));
    setWindowTitle(tr("Add training of %1").arg(username));
    setMinimumWidth(440);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_course = new QComboBox(this);
    m_course->setObjectName(QStringLiteral("trainingCourse"));
    for (TrainingCourse c : allTrainingCourses())
        m_course->addItem(trainingCourseTitle(c), trainingCourseKey(c));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("trainingTitle"));
    m_title->setPlaceholderText(tr("needed for other training"));
    m_date = new DateEdit(ui.context().clock().today(), this);
    m_date->setObjectName(QStringLiteral("trainingDate"));
    m_date->setMaximumDate(ui.context().clock().today());
    m_provider = new QLineEdit(this);
    m_provider->setObjectName(QStringLiteral("trainingProvider"));
    m_provider->setPlaceholderText(tr("e.g. BPSDM Provinsi Jawa Barat"));
    m_certificate = new QLineEdit(this);
    m_certificate->setObjectName(QStringLiteral("trainingCertificate"));
    form->addRow(tr("Course"), m_course);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Completed on"), m_date);
    form->addRow(tr("Held by"), m_provider);
    form->addRow(tr("Certificate number"), m_certificate);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("trainingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveTraining"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TrainingDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool TrainingDialog::save()
{
    try {
        TrainingRecord r;
        trainingCourseFromKey(m_course->currentData().toString(), &r.course);
        r.title = m_title->text();
        r.completedOn = m_date->date();
        r.provider = m_provider->text();
        r.certificateNo = m_certificate->text();
        UserService::addTraining(m_ui.context(), m_username, r);
        m_ui.notifyDataChanged(QStringLiteral("users"));
        accept();
        return true;
    } catch (const Error& e) {
        m_error->setText(e.message());
        m_error->show();
        return false;
    }
}

} // namespace loket::ui
