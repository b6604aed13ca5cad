#include "ReportCommands.h"

#include "common/Error.h"
#include "reports/SlaDashboard.h"
#include "reports/XlsxExport.h"
#include "users/PersonalData.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>

namespace loket::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("loket::cli", text);
}

QString text(const SlaSnapshot& s)
{
    QString t = tr("SLA on %1").arg(s.today.toString(QStringLiteral("dd-MM-yyyy")));
    t += QLatin1Char('\n') +
         tr("Cases: %1 open, %2 on track, %3 at risk, %4 overdue, %5 paused, %6 not started; %7 due today.")
             .arg(s.cases.open)
             .arg(s.cases.onTrack)
             .arg(s.cases.atRisk)
             .arg(s.cases.overdue)
             .arg(s.cases.paused)
             .arg(s.cases.notStarted)
             .arg(s.cases.dueToday);
    t += QLatin1Char('\n') + tr("This month: %1 finished in time, %2 late.").arg(s.metThisMonth).arg(s.missedThisMonth);
    t += QLatin1Char('\n') + tr("Complaints: %1 open, %2 at risk, %3 overdue.")
                                 .arg(s.complaints.open)
                                 .arg(s.complaints.atRisk)
                                 .arg(s.complaints.overdue);
    if (!s.lateCases.isEmpty()) {
        t += QLatin1Char('\n') + tr("Late and at-risk cases:");
        for (const SlaLateItem& i : s.lateCases.mid(0, 20))
            t += QStringLiteral("\n  %1  %2  %3  %4").arg(i.number, i.due.toString(QStringLiteral("dd-MM-yyyy")),
                                                          i.stage, i.officer);
    }
    return t;
}

int runReport(CliContext& ctx, CliArgs& args)
{
    // Options first: "--xlsx FILE sla" must not take FILE for the report's name.
    const QString xlsx = args.option(QStringLiteral("xlsx"));
    const QString csvDir = args.option(QStringLiteral("csv"));
    const QString sub = args.takeFirst();
    args.finish();
    if (sub != QLatin1String("sla"))
        throw UsageError{tr("Unknown report: %1. Reports: sla.").arg(sub)};
    const Context c = ctx.userContext();
    const SlaSnapshot s = SlaDashboard::compute(c);
    const int personalRows = int(s.lateCases.size() + s.complaintDeadlines.size());
    if (!xlsx.isEmpty() || !csvDir.isEmpty())
        PersonalData::recordExport(c, QStringLiteral("sla_dashboard"), personalRows, xlsx.isEmpty() ? csvDir : xlsx);
    if (!xlsx.isEmpty())
        XlsxExport::write(xlsx, tr("SLA %1").arg(s.today.toString(Qt::ISODate)), s.tables());
    if (!csvDir.isEmpty()) {
        QDir().mkpath(csvDir);
        for (const ReportTable& t : s.tables()) {
            QFile f(QDir(csvDir).filePath(t.key + QStringLiteral(".csv")));
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                throw Error::storage(tr("Cannot write %1: %2").arg(f.fileName(), f.errorString()));
            f.write(t.toCsv().toUtf8());
        }
    }
    ctx.print(s.toJson(), text(s));
    return ExitOk;
}
} // namespace

void addReportCommands(QList<Command>& list)
{
    list.append({QStringLiteral("report"), QStringLiteral("report sla [--xlsx FILE] [--csv DIR]"), runReport});
}

} // namespace loket::cli
