#include "CalendarPage.h"
#include "common/BackgroundWork.h"
#include "common/Dates.h"

#include "ImportPreviewDialog.h"
#include "YearView.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/ImportEncoding.h"
#include "common/Prompter.h"
#include "common/UiContext.h"

#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setWordWrap(false);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QWidget* legendItem(QWidget* parent, DayKind kind)
{
    auto* w = new QWidget(parent);
    auto* l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 8, 0);
    l->setSpacing(4);
    auto* swatch = new QLabel(w);
    swatch->setFixedSize(14, 14);
    swatch->setStyleSheet(QStringLiteral("background: %1; border: 1px solid #b0b7bf;").arg(YearView::background(kind).name()));
    l->addWidget(swatch);
    l->addWidget(new QLabel(dayKindTitle(kind), w));
    return w;
}

} // namespace

CalendarPage::CalendarPage(UiContext& ui, QWidget* parent) : QWidget(parent), m_ui(ui)
{
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buildHeader());
    layout->addLayout(buildStatusRow());
    auto* body = new QHBoxLayout;
    body->addLayout(buildYearColumn(), 3);
    auto* right = new QVBoxLayout;
    right->addWidget(buildDayBox());
    right->addWidget(buildLists(), 1);
    body->addLayout(right, 2);
    layout->addLayout(body, 1);
    connectActions();

    m_view->setToday(m_ui.context().clock().today());
    reload();
    selectDate(m_ui.context().clock().today());
}

QHBoxLayout* CalendarPage::buildHeader()
{
    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Working calendar"), this);
    title->setObjectName(QStringLiteral("calendarTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    header->addWidget(title);
    header->addStretch(1);
    auto* prev = new QToolButton(this);
    prev->setObjectName(QStringLiteral("calendarPrevYear"));
    prev->setArrowType(Qt::LeftArrow);
    prev->setToolTip(tr("Previous year"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(m_ui.context().clock().today().year());
    m_year->setMinimumWidth(90);
    auto* next = new QToolButton(this);
    next->setObjectName(QStringLiteral("calendarNextYear"));
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next year"));
    header->addWidget(prev);
    header->addWidget(m_year);
    header->addWidget(next);
    connect(prev, &QToolButton::clicked, this, [this] { m_year->setValue(m_year->value() - 1); });
    connect(next, &QToolButton::clicked, this, [this] { m_year->setValue(m_year->value() + 1); });
    return header;
}

QHBoxLayout* CalendarPage::buildStatusRow()
{
    auto* statusRow = new QHBoxLayout;
    m_yearStatus = new QLabel(this);
    m_yearStatus->setObjectName(QStringLiteral("calendarYearStatus"));
    m_yearStatus->setWordWrap(true);
    m_confirmYear = new QPushButton(tr("Confirm this year"), this);
    m_confirmYear->setObjectName(QStringLiteral("calendarConfirmYear"));
    m_import = new QPushButton(tr("Import file…"), this);
    m_import->setObjectName(QStringLiteral("calendarImport"));
    statusRow->addWidget(m_yearStatus, 1);
    statusRow->addWidget(m_confirmYear);
    statusRow->addWidget(m_import);
    return statusRow;
}

QVBoxLayout* CalendarPage::buildYearColumn()
{
    auto* left = new QVBoxLayout;
    m_view = new YearView(this);
    left->addWidget(m_view, 1);
    auto* legend = new QHBoxLayout;
    for (DayKind k : {DayKind::NationalHoliday, DayKind::CutiBersama, DayKind::LocalClosure, DayKind::WorkingOverride,
                      DayKind::Weekend})
        legend->addWidget(legendItem(this, k));
    legend->addStretch(1);
    left->addLayout(legend);
    return left;
}

QGroupBox* CalendarPage::buildDayBox()
{
    auto* dayBox = new QGroupBox(tr("Selected day"), this);
    dayBox->setObjectName(QStringLiteral("calendarDayBox"));
    auto* boxLayout = new QVBoxLayout(dayBox);
    auto* form = new QFormLayout;
    m_dayDate = new QLabel(dayBox);
    m_dayDate->setObjectName(QStringLiteral("calendarDayDate"));
    QFont bold = m_dayDate->font();
    bold.setBold(true);
    m_dayDate->setFont(bold);
    m_dayState = new QLabel(dayBox);
    m_dayState->setObjectName(QStringLiteral("calendarDayState"));
    m_dayState->setWordWrap(true);
    m_dayState->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_dayKind = new QComboBox(dayBox);
    m_dayKind->setObjectName(QStringLiteral("calendarDayKind"));
    for (DayKind k : {DayKind::Workday, DayKind::NationalHoliday, DayKind::CutiBersama, DayKind::LocalClosure})
        m_dayKind->addItem(dayKindTitle(k), int(k));
    m_dayName = new QLineEdit(dayBox);
    m_dayName->setObjectName(QStringLiteral("calendarDayName"));
    m_dayName->setPlaceholderText(tr("e.g. Hari Raya Idulfitri"));
    m_dayReason = new QLineEdit(dayBox);
    m_dayReason->setObjectName(QStringLiteral("calendarDayReason"));
    m_dayReason->setPlaceholderText(tr("Decree number or why the office changes it"));
    m_applyDay = new QPushButton(tr("Save change"), dayBox);
    m_applyDay->setObjectName(QStringLiteral("calendarApplyDay"));
    m_clearOverride = new QPushButton(tr("Remove office override"), dayBox);
    m_clearOverride->setObjectName(QStringLiteral("calendarClearOverride"));
    m_readOnlyHint = new QLabel(tr("Only an administrator may change the calendar."), dayBox);
    m_readOnlyHint->setObjectName(QStringLiteral("calendarReadOnlyHint"));
    m_readOnlyHint->setWordWrap(true);
    m_readOnlyHint->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_applyDay);
    buttons->addWidget(m_clearOverride);
    buttons->addStretch(1);
    form->addRow(tr("Make it:"), m_dayKind);
    form->addRow(tr("Name:"), m_dayName);
    form->addRow(tr("Reason:"), m_dayReason);
    boxLayout->addWidget(m_dayDate);
    boxLayout->addWidget(m_dayState);
    boxLayout->addLayout(form);
    boxLayout->addLayout(buttons);
    boxLayout->addWidget(m_readOnlyHint);
    dayBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    return dayBox;
}

QTabWidget* CalendarPage::buildLists()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("calendarTabs"));
    m_dayList = makeTable(m_tabs, QStringLiteral("calendarDayList"), {tr("Date"), tr("Kind"), tr("Name")});
    m_history = makeTable(m_tabs, QStringLiteral("calendarHistory"),
                          {tr("Version"), tr("When"), tr("Who"), tr("Reason"), tr("Changes")});
    m_dayList->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_history->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_history->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_tabs->addTab(m_dayList, tr("Holidays and overrides"));
    m_tabs->addTab(m_history, tr("History"));
    return m_tabs;
}

void CalendarPage::connectActions()
{
    connect(m_year, &QSpinBox::valueChanged, this, &CalendarPage::showYear);
    connect(m_view, &YearView::dateSelected, this, &CalendarPage::fillDayEditor);
    connect(m_applyDay, &QPushButton::clicked, this, &CalendarPage::applySelectedDay);
    connect(m_confirmYear, &QPushButton::clicked, this, &CalendarPage::confirmShownYear);
    connect(m_import, &QPushButton::clicked, this, &CalendarPage::chooseImportFile);
    connect(m_clearOverride, &QPushButton::clicked, this, [this] {
        const QDate date = m_view->selectedDate();
        const QString reason = m_dayReason->text();
        change(tr("Working calendar"),
               [date, reason](const Context& ctx) { return CalendarService::clearDay(ctx, date, false, reason); });
    });
    connect(m_dayKind, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = DayKind(m_dayKind->currentData().toInt());
        m_dayName->setEnabled(dayKindTakesName(kind) && m_ui.actor().can(Permission::EditCalendar));
    });
    connect(m_dayList, &QTableWidget::cellClicked, this, [this](int row) {
        selectDate(m_dayList->item(row, 0)->data(Qt::UserRole).toDate());
    });
    connect(&m_ui, &UiContext::actorChanged, this, &CalendarPage::updatePermissions);
    connect(&m_ui, &UiContext::dataChanged, this, [this](const QString& domain) {
        if (domain == QLatin1String("calendar"))
            reload();
    });
}

void CalendarPage::reload()
{
    m_calendar = CalendarService::current(m_ui.database());
    m_view->setCalendar(m_calendar, m_year->value());
    updateYearStatus();
    fillDayList();
    fillHistory();
    fillDayEditor();
    updatePermissions();
}

void CalendarPage::showYear(int year)
{
    if (m_year->value() != year) {
        m_year->setValue(year); // comes back here through valueChanged
        return;
    }
    m_view->setCalendar(m_calendar, year);
    updateYearStatus();
    fillDayList();
    fillDayEditor();
}

void CalendarPage::selectDate(QDate date)
{
    if (!date.isValid())
        return;
    showYear(date.year());
    m_view->setSelectedDate(date);
    fillDayEditor();
}

void CalendarPage::updateYearStatus()
{
    const int year = m_year->value();
    const bool confirmed = m_calendar->isConfirmedYear(year);
    if (confirmed) {
        m_yearStatus->setText(tr("The calendar of %1 is confirmed: %2 working days.")
                                  .arg(year)
                                  .arg(m_calendar->workingDaysBetween(QDate(year - 1, 12, 31), QDate(year, 12, 31))));
        m_yearStatus->setStyleSheet(QStringLiteral("QLabel { background: #e6f4ea; color: #14532d; padding: 6px;"
                                                   " border-radius: 3px; }"));
    } else {
        m_yearStatus->setText(tr("The calendar of %1 is NOT confirmed: deadlines falling in it carry a warning. "
                                 "Enter or import the decree's holidays and cuti bersama, then confirm the year.")
                                  .arg(year));
        m_yearStatus->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 6px;"
                                                   " border-radius: 3px; }"));
    }
    m_confirmYear->setVisible(!confirmed);
}

void CalendarPage::updatePermissions()
{
    const bool can = m_ui.actor().can(Permission::EditCalendar);
    for (QWidget* w : std::initializer_list<QWidget*>{m_dayKind, m_dayReason, m_applyDay, m_confirmYear, m_import})
        w->setEnabled(can);
    m_dayName->setEnabled(can && dayKindTakesName(DayKind(m_dayKind->currentData().toInt())));
    m_readOnlyHint->setVisible(!can);
    fillDayEditor();
}

void CalendarPage::fillDayEditor()
{
    const QDate d = m_view->selectedDate();
    if (!d.isValid() || !m_calendar) {
        m_dayDate->setText(tr("Click a day in the year view."));
        m_dayState->clear();
        m_clearOverride->setEnabled(false);
        return;
    }
    const DayInfo info = m_calendar->info(d);
    m_dayDate->setText(dates::longDate(d));
    QString state = dayKindTitle(info.kind);
    if (!info.name.isEmpty())
        state += QStringLiteral(": ") + info.name;
    if (info.kind != info.baseKind)
        state += QLatin1Char('\n') + tr("Instead of: %1").arg(dayKindTitle(info.baseKind) +
                                                               (info.baseName.isEmpty() ? QString() : QStringLiteral(" (") + info.baseName + QLatin1Char(')')));
    if (!info.reason.isEmpty())
        state += QLatin1Char('\n') + tr("Reason: %1").arg(info.reason);
    state += QLatin1Char('\n') + (info.working() ? tr("Counts as a working day.") : tr("Does not count as a working day."));
    m_dayState->setText(state);
    fitDayState();
    // Offer the opposite of what the day is now.
    const DayKind offer = info.working() ? (d.dayOfWeek() >= 6 ? DayKind::NationalHoliday : DayKind::LocalClosure)
                                         : DayKind::Workday;
    m_dayKind->setCurrentIndex(m_dayKind->findData(int(offer)));
    m_dayName->clear();
    m_dayReason->clear();
    bool hasOffice = false;
    for (const CalendarEntry& e : m_calendar->officeEntries())
        hasOffice = hasOffice || e.date == d;
    m_clearOverride->setEnabled(hasOffice && m_ui.actor().can(Permission::EditCalendar));
}

void CalendarPage::fitDayState()
{
    // A word-wrapped label does not tell its layout how tall it gets (and QLabel::heightForWidth
    // undercounts here), so count the wrapped lines with the label's own font.
    const QFontMetrics fm(m_dayState->font());
    const int width = std::max(120, m_dayState->contentsRect().width() - 8);
    int lines = 0;
    for (const QString& line : m_dayState->text().split(QLatin1Char('\n')))
        lines += std::max(1, (fm.horizontalAdvance(line) + width - 1) / width);
    m_dayState->setMinimumHeight(lines * fm.lineSpacing() + fm.lineSpacing() / 2 + 8);
}

void CalendarPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitDayState();
}

void CalendarPage::fillDayList()
{
    const QList<DayInfo> days = m_calendar->specialDays(m_year->value());
    m_dayList->setRowCount(int(days.size()));
    for (int row = 0; row < days.size(); ++row) {
        const DayInfo& d = days.at(row);
        auto* date = new QTableWidgetItem(dates::shortDate(d.date));
        date->setData(Qt::UserRole, d.date);
        auto* kind = new QTableWidgetItem(dayKindTitle(d.kind));
        kind->setBackground(YearView::background(d.kind));
        kind->setForeground(YearView::foreground(d.kind));
        auto* name = new QTableWidgetItem(d.name);
        name->setToolTip(d.reason);
        m_dayList->setItem(row, 0, date);
        m_dayList->setItem(row, 1, kind);
        m_dayList->setItem(row, 2, name);
    }
}

void CalendarPage::fillHistory()
{
    const QList<CalendarVersionInfo> versions = CalendarService::history(m_ui.database());
    m_history->setRowCount(int(versions.size()));
    for (int row = 0; row < versions.size(); ++row) {
        const CalendarVersionInfo& v = versions.at(row);
        QStringList changes;
        for (const CalendarDayChange& c : v.changes.mid(0, 3))
            changes << ImportPreviewDialog::changeText(c);
        if (v.changes.size() > 3)
            changes << tr("and %1 more").arg(v.changes.size() - 3);
        for (int y : v.confirmedYears)
            changes << tr("%1 confirmed").arg(y);
        const QStringList cells{QString::number(v.version), dates::dateTime(v.at), v.actorName, v.reason,
                                changes.join(QStringLiteral("; "))};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(col == 4 ? changes.join(QLatin1Char('\n')) : cells.at(col));
            m_history->setItem(row, col, item);
        }
    }
    m_history->resizeColumnToContents(3);
    m_history->setColumnWidth(3, std::min(m_history->columnWidth(3), 220));
}

bool CalendarPage::applySelectedDay()
{
    const auto kind = DayKind(m_dayKind->currentData().toInt());
    const QDate date = m_view->selectedDate();
    const QString name = m_dayName->text();
    const QString reason = m_dayReason->text();
    return change(tr("Working calendar"),
                  [=](const Context& ctx) { return CalendarService::setDay(ctx, date, kind, name, reason); });
}

bool CalendarPage::confirmShownYear()
{
    const int year = m_year->value();
    if (!Prompter::instance().confirm(this, tr("Confirm year"),
                                      tr("Confirm that the holidays and cuti bersama of %1 match the decree?").arg(year)))
        return false;
    return change(tr("Working calendar"),
                  [year](const Context& ctx) { return CalendarService::confirmYear(ctx, year); });
}

void CalendarPage::chooseImportFile()
{
    const QString path = Prompter::instance().openFile(this, tr("Import holidays"),
                                                       tr("Calendar files (*.json *.ics);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool CalendarPage::importFile(const QString& path)
{
    // A file that is not UTF-8 is said so, and read as Windows-1252 only when the user agrees.
    const std::optional<QString> encoding = ImportEncoding::choose(this, tr("Import holidays"), path);
    if (!encoding)
        return false;
    // The preview lists every open deadline the file would move: at office scale that reads many cases.
    CalendarImportPreview preview;
    const QString error = workOffThread(m_ui.context(), [&](const Context& ctx) {
        preview = CalendarService::previewImport(ctx.database(), CalendarImportFile::parseFile(path, *encoding));
    });
    if (!error.isEmpty()) {
        Prompter::instance().warning(this, tr("Import refused"),
                                     tr("%1 was not imported; the calendar is unchanged.\n%2").arg(path, error));
        return false;
    }
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = new ImportPreviewDialog(preview, path, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, &CalendarPage::applyImport);
    m_dialog->open();
    return true;
}

void CalendarPage::applyImport()
{
    if (!m_dialog)
        return;
    const CalendarImportPreview preview = m_dialog->preview();
    const QString reason = m_dialog->reason();
    change(tr("Import refused"),
           [&](const Context& ctx) { return CalendarService::applyImport(ctx, preview, reason); });
}

// A calendar change moves every open deadline it touches; at office scale that takes seconds, so it
// runs on a worker connection while the window keeps painting (issue 16).
bool CalendarPage::change(const QString& failureTitle, const std::function<CalendarChangeResult(const Context&)>& call)
{
    CalendarChangeResult result;
    const QString error = workOffThread(m_ui.context(), [&](const Context& ctx) { result = call(ctx); });
    if (!error.isEmpty()) {
        Prompter::instance().warning(this, failureTitle, error);
        return false;
    }
    reportChange(result);
    return true;
}

void CalendarPage::reportChange(const CalendarChangeResult& result)
{
    const QDate selected = m_view->selectedDate();
    m_ui.notifyDataChanged(QStringLiteral("calendar")); // reloads this page too
    reload();
    m_view->setSelectedDate(selected);
    fillDayEditor();
    QString text = tr("Calendar version %1 saved.").arg(result.version);
    if (result.moved.isEmpty()) {
        text += QLatin1Char('\n') + tr("No open deadline moved.");
    } else {
        text += QLatin1Char('\n') + tr("%1 open deadline(s) moved:").arg(result.moved.size());
        for (const MovedDeadline& m : result.moved.mid(0, 20))
            text +=
                QStringLiteral("\n• %1: %2 → %3").arg(m.label, dates::shortDate(m.before), dates::shortDate(m.after));
        if (result.moved.size() > 20)
            text += QLatin1Char('\n') + tr("and %1 more").arg(result.moved.size() - 20);
    }
    Prompter::instance().information(this, tr("Working calendar"), text);
}

} // namespace loket::ui
