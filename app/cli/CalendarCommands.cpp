#include "CalendarCommands.h"

#include "calendar/CalendarRepository.h"
#include "calendar/CalendarService.h"
#include "common/Bounds.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace loket::cli {

namespace {

QDate parseDate(const QString& text, const QString& what)
{
    if (text.isEmpty())
        throw UsageError{QCoreApplication::translate("loket::cli::CalendarCommands", "Missing %1 (YYYY-MM-DD).").arg(what)};
    const QDate d = Bounds::strictIsoDate(text);
    if (!d.isValid())
        throw Error::invalid(QCoreApplication::translate("loket::cli::CalendarCommands", "%1 is not a date (YYYY-MM-DD).")
                                 .arg(text),
                             what);
    return d;
}

int parseInt(const QString& text, const QString& what)
{
    if (text.isEmpty())
        throw UsageError{QCoreApplication::translate("loket::cli::CalendarCommands", "Missing %1.").arg(what)};
    return Bounds::wholeNumber(text, -100000, 100000, what);
}

void warnUnconfirmed(CliContext& ctx, const WorkingCalendar& cal, QDate a, QDate b)
{
    if (!cal.allConfirmedBetween(a, b))
        ctx.message(QCoreApplication::translate("loket::cli::CalendarCommands",
                                                "Warning: the count crosses a year whose calendar is not confirmed."));
}

QJsonObject dayJson(const DayInfo& d)
{
    QJsonObject o{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                  {QStringLiteral("kind"), dayKindKey(d.kind)},
                  {QStringLiteral("name"), d.name},
                  {QStringLiteral("working"), d.working()}};
    if (!d.reason.isEmpty())
        o.insert(QStringLiteral("reason"), d.reason);
    if (d.kind != d.baseKind)
        o.insert(QStringLiteral("overrides"), dayKindKey(d.baseKind));
    return o;
}

QString changeLine(const CalendarDayChange& c)
{
    const QString before = c.before ? dayKindTitle(c.before->kind) + QStringLiteral(" ") + c.before->name : QStringLiteral("-");
    const QString after = c.after ? dayKindTitle(c.after->kind) + QStringLiteral(" ") + c.after->name : QStringLiteral("-");
    return QStringLiteral("%1  %2 -> %3").arg(c.date.toString(Qt::ISODate), before.trimmed(), after.trimmed());
}

QJsonObject changeResultJson(const CalendarChangeResult& r, QString* text)
{
    QJsonArray changes;
    for (const CalendarDayChange& c : r.changes) {
        changes.append(CalendarRepository::changeToJson(c));
        *text += changeLine(c) + QLatin1Char('\n');
    }
    QJsonArray moved;
    for (const MovedDeadline& m : r.moved) {
        moved.append(QJsonObject{{QStringLiteral("record_type"), m.recordType},
                                 {QStringLiteral("record_id"), m.recordId},
                                 {QStringLiteral("label"), m.label},
                                 {QStringLiteral("before"), m.before.toString(Qt::ISODate)},
                                 {QStringLiteral("after"), m.after.toString(Qt::ISODate)}});
        *text += QCoreApplication::translate("loket::cli::CalendarCommands", "Deadline of %1 moved: %2 -> %3\n")
                     .arg(m.label, m.before.toString(Qt::ISODate), m.after.toString(Qt::ISODate));
    }
    *text += QCoreApplication::translate("loket::cli::CalendarCommands", "Calendar version %1.").arg(r.version);
    return QJsonObject{{QStringLiteral("version"), r.version}, {QStringLiteral("changes"), changes},
                       {QStringLiteral("moved_deadlines"), moved}};
}

int runShow(CliContext& ctx, CliArgs& args)
{
    const QString yearText = args.takeFirst();
    args.finish();
    if (yearText.isEmpty())
        parseInt(yearText, QStringLiteral("YEAR"));
    const int year = Bounds::wholeNumber(yearText, Bounds::kFirstYear, Bounds::kLastYear, QStringLiteral("YEAR"));
    const auto cal = CalendarService::current(ctx.database());
    QJsonArray days;
    QString text = QCoreApplication::translate("loket::cli::CalendarCommands", "Working calendar %1 (%2), version %3")
                       .arg(year)
                       .arg(cal->isConfirmedYear(year)
                                ? QCoreApplication::translate("loket::cli::CalendarCommands", "confirmed")
                                : QCoreApplication::translate("loket::cli::CalendarCommands", "NOT CONFIRMED"))
                       .arg(cal->version());
    text += QLatin1Char('\n');
    for (const DayInfo& d : cal->specialDays(year)) {
        days.append(dayJson(d));
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(d.date.toString(Qt::ISODate), QLocale().toString(d.date, QStringLiteral("ddd")), dayKindTitle(d.kind), d.name);
    }
    const int working = cal->workingDaysBetween(QDate(year - 1, 12, 31), QDate(year, 12, 31));
    text += QCoreApplication::translate("loket::cli::CalendarCommands", "%1 working days.").arg(working);
    ctx.print(QJsonObject{{QStringLiteral("year"), year},
                          {QStringLiteral("confirmed"), cal->isConfirmedYear(year)},
                          {QStringLiteral("version"), cal->version()},
                          {QStringLiteral("working_days"), working},
                          {QStringLiteral("days"), days}},
              text);
    return ExitOk;
}

int runAddWorkingDays(CliContext& ctx, CliArgs& args)
{
    const QString dateText = args.takeFirst();
    const QString nText = args.takeFirst();
    args.finish();
    const QDate from = parseDate(dateText, QStringLiteral("DATE"));
    const int n = parseInt(nText, QStringLiteral("N"));
    const auto cal = CalendarService::current(ctx.database());
    const QDate due = cal->addWorkingDays(from, n);
    warnUnconfirmed(ctx, *cal, from, due);
    ctx.print(QJsonObject{{QStringLiteral("date"), due.toString(Qt::ISODate)}}, due.toString(Qt::ISODate));
    return ExitOk;
}

int runBetween(CliContext& ctx, CliArgs& args)
{
    const QString a = args.takeFirst();
    const QString b = args.takeFirst();
    args.finish();
    const QDate from = parseDate(a, QStringLiteral("FROM"));
    const QDate to = parseDate(b, QStringLiteral("TO"));
    const auto cal = CalendarService::current(ctx.database());
    const int n = cal->workingDaysBetween(from, to);
    warnUnconfirmed(ctx, *cal, from, to);
    ctx.print(QJsonObject{{QStringLiteral("working_days"), n}}, QString::number(n));
    return ExitOk;
}

int runIsWorkingDay(CliContext& ctx, CliArgs& args)
{
    const QString a = args.takeFirst();
    args.finish();
    const QDate day = parseDate(a, QStringLiteral("DATE"));
    const auto cal = CalendarService::current(ctx.database());
    const DayInfo info = cal->info(day);
    QJsonObject o{{QStringLiteral("working"), info.working()},
                  {QStringLiteral("name"), info.name.isEmpty() ? QJsonValue() : QJsonValue(info.name)},
                  {QStringLiteral("kind"), dayKindKey(info.kind)}};
    if (!cal->isConfirmedYear(day.year()))
        o.insert(QStringLiteral("unconfirmed_year"), true);
    QString text = info.working() ? QCoreApplication::translate("loket::cli::CalendarCommands", "working day")
                                  : QCoreApplication::translate("loket::cli::CalendarCommands", "not a working day");
    text += QStringLiteral(" (") + dayKindTitle(info.kind) + (info.name.isEmpty() ? QString() : QStringLiteral(": ") + info.name)
            + QLatin1Char(')');
    if (!cal->isConfirmedYear(day.year()))
        ctx.message(QCoreApplication::translate("loket::cli::CalendarCommands", "Warning: the calendar of %1 is not confirmed.")
                        .arg(day.year()));
    ctx.print(o, text);
    return ExitOk;
}

int runImport(CliContext& ctx, CliArgs& args)
{
    const bool dryRun = args.flag(QStringLiteral("dry-run"));
    QString reason = args.option(QStringLiteral("reason"));
    const QString encoding = args.option(QStringLiteral("encoding"));
    const QString file = args.takeFirst();
    args.finish();
    if (file.isEmpty())
        throw UsageError{QCoreApplication::translate("loket::cli::CalendarCommands", "calendar import needs the FILE.")};
    // The file is checked before anything else: a bad file is refused the same for everyone.
    const CalendarImportFile parsed = CalendarImportFile::parseFile(file, encoding);
    const CalendarImportPreview preview = CalendarService::previewImport(ctx.database(), parsed);
    QString text;
    QJsonArray years;
    for (int y : preview.confirmsYears)
        years.append(y);
    if (dryRun) {
        QJsonArray changes;
        for (const CalendarDayChange& c : preview.changes) {
            changes.append(CalendarRepository::changeToJson(c));
            text += changeLine(c) + QLatin1Char('\n');
        }
        text += QCoreApplication::translate("loket::cli::CalendarCommands", "%1 change(s); nothing applied (--dry-run).")
                    .arg(preview.changes.size());
        ctx.print(QJsonObject{{QStringLiteral("applied"), false},
                              {QStringLiteral("changes"), changes},
                              {QStringLiteral("confirms_years"), years}},
                  text);
        return ExitOk;
    }
    if (reason.isEmpty())
        reason = QCoreApplication::translate("loket::cli::CalendarCommands", "Imported from %1").arg(file);
    const Context user = ctx.userContext(); // a preview (--dry-run) needs nobody; applying needs an admin
    const CalendarChangeResult r = CalendarService::applyImport(user, preview, reason);
    QJsonObject o = changeResultJson(r, &text);
    o.insert(QStringLiteral("applied"), true);
    o.insert(QStringLiteral("confirms_years"), years);
    ctx.print(o, text);
    return ExitOk;
}

int runSet(CliContext& ctx, CliArgs& args)
{
    const QString name = args.option(QStringLiteral("name"));
    const QString reason = args.option(QStringLiteral("reason"));
    const QString dateText = args.takeFirst();
    const QString kindText = args.takeFirst();
    args.finish();
    const QDate date = parseDate(dateText, QStringLiteral("DATE"));
    DayKind kind;
    if (kindText == QLatin1String("working"))
        kind = DayKind::Workday;
    else if (kindText == QLatin1String("holiday"))
        kind = DayKind::NationalHoliday;
    else if (kindText == QLatin1String("cuti"))
        kind = DayKind::CutiBersama;
    else if (kindText == QLatin1String("closure"))
        kind = DayKind::LocalClosure;
    else
        throw UsageError{QCoreApplication::translate("loket::cli::CalendarCommands",
                                                     "calendar set DATE working|holiday|cuti|closure --name NAME --reason TEXT")};
    const Context user = ctx.userContext();
    const CalendarChangeResult r = CalendarService::setDay(user, date, kind, name, reason);
    QString text;
    QJsonObject o = changeResultJson(r, &text);
    o.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    o.insert(QStringLiteral("kind"), dayKindKey(CalendarService::current(ctx.database())->info(date).kind));
    ctx.print(o, text);
    return ExitOk;
}

int runConfirm(CliContext& ctx, CliArgs& args)
{
    const QString reason = args.option(QStringLiteral("reason"));
    const QString yearText = args.takeFirst();
    args.finish();
    if (yearText.isEmpty())
        parseInt(yearText, QStringLiteral("YEAR"));
    const int year = Bounds::wholeNumber(yearText, Bounds::kFirstYear, Bounds::kLastYear, QStringLiteral("YEAR"));
    const Context user = ctx.userContext();
    const CalendarChangeResult r = CalendarService::confirmYear(user, year, reason);
    QString text;
    QJsonObject o = changeResultJson(r, &text);
    o.insert(QStringLiteral("year"), year);
    o.insert(QStringLiteral("confirmed"), true);
    ctx.print(o, text);
    return ExitOk;
}

int runHistory(CliContext& ctx, CliArgs& args)
{
    const QString limitText = args.option(QStringLiteral("limit"));
    args.finish();
    const int limit =
        limitText.isEmpty() ? 50 : Bounds::wholeNumber(limitText, 1, Bounds::kMaxLimit, QStringLiteral("--limit"));
    QJsonArray list;
    QString text;
    for (const CalendarVersionInfo& v : CalendarService::history(ctx.database(), limit)) {
        QJsonArray changes;
        for (const CalendarDayChange& c : v.changes)
            changes.append(CalendarRepository::changeToJson(c));
        QJsonArray years;
        for (int y : v.confirmedYears)
            years.append(y);
        list.append(QJsonObject{{QStringLiteral("version"), v.version},
                                {QStringLiteral("at"), v.at.toString(Qt::ISODate)},
                                {QStringLiteral("actor"), v.actorName},
                                {QStringLiteral("action"), v.action},
                                {QStringLiteral("reason"), v.reason},
                                {QStringLiteral("changes"), changes},
                                {QStringLiteral("confirmed_years"), years}});
        text += QStringLiteral("%1  %2  %3  %4  %5\n")
                    .arg(v.version)
                    .arg(v.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), v.actorName, v.action, v.reason);
    }
    ctx.print(list, text);
    return ExitOk;
}

int runCalendar(CliContext& ctx, CliArgs& args)
{
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("show"))
        return runShow(ctx, args);
    if (sub == QLatin1String("add-working-days"))
        return runAddWorkingDays(ctx, args);
    if (sub == QLatin1String("working-days-between"))
        return runBetween(ctx, args);
    if (sub == QLatin1String("is-working-day"))
        return runIsWorkingDay(ctx, args);
    if (sub == QLatin1String("import"))
        return runImport(ctx, args);
    if (sub == QLatin1String("set"))
        return runSet(ctx, args);
    if (sub == QLatin1String("confirm"))
        return runConfirm(ctx, args);
    if (sub == QLatin1String("history"))
        return runHistory(ctx, args);
    throw UsageError{QCoreApplication::translate("loket::cli::CalendarCommands", "Unknown calendar command: %1.").arg(sub)};
}

} // namespace

void addCalendarCommands(QList<Command>& list)
{
    list.append({QStringLiteral("calendar"),
                 QString::fromUtf8(QT_TRANSLATE_NOOP(
                     "loket::cli::help", "calendar show YEAR\n"
                                         "calendar add-working-days DATE N\n"
                                         "calendar working-days-between FROM TO\n"
                                         "calendar is-working-day DATE\n"
                                         "calendar import FILE [--dry-run] [--reason TEXT] [--encoding NAME]\n"
                                         "calendar set DATE working|holiday|cuti|closure --name NAME --reason TEXT\n"
                                         "calendar confirm YEAR [--reason TEXT]\n"
                                         "calendar history [--limit N]")),
                 runCalendar});
}

} // namespace loket::cli
