#include "ReportCommands.h"
#include "CliText.h"

#include "common/Error.h"
#include "reports/SlaDashboard.h"
#include "reports/XlsxExport.h"
#include "storage/AtomicFiles.h"
#include "storage/StorageProblem.h"
#include "users/PersonalData.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>

namespace loket::cli {

namespace {
QString text(const SlaSnapshot& s)
{
    QString t = Cli::tr("SLA on %1").arg(s.today.toString(QStringLiteral("dd-MM-yyyy")));
    t += QLatin1Char('\n') +
         Cli::tr("Cases: %1 open, %2 on track, %3 at risk, %4 overdue, %5 paused, %6 not started; %7 due today.")
             .arg(s.cases.open)
             .arg(s.cases.onTrack)
             .arg(s.cases.atRisk)
             .arg(s.cases.overdue)
             .arg(s.cases.paused)
             .arg(s.cases.notStarted)
             .arg(s.cases.dueToday);
    t += QLatin1Char('\n') +
         Cli::tr("This month: %1 finished in time, %2 late.").arg(s.metThisMonth).arg(s.missedThisMonth);
    t += QLatin1Char('\n') + Cli::tr("Complaints: %1 open, %2 at risk, %3 overdue.")
                                 .arg(s.complaints.open)
                                 .arg(s.complaints.atRisk)
                                 .arg(s.complaints.overdue);
    if (!s.lateCases.isEmpty()) {
        t += QLatin1Char('\n') + Cli::tr("Late and at-risk cases:");
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
        throw UsageError{Cli::tr("Unknown report: %1. Reports: sla.").arg(sub)};
    const Context c = ctx.userContext();
    const SlaSnapshot s = SlaDashboard::compute(c);
    const int personalRows = int(s.lateCases.size() + s.complaintDeadlines.size());
    if (!xlsx.isEmpty() || !csvDir.isEmpty()) {
        c.require(Permission::ExportPersonalData);
        // Written whole under temporary names, renamed when complete; a full or read-only disk
        // exits 4 with nothing under the final names and no audit entry.
        AtomicFiles files;
        if (!xlsx.isEmpty()) {
            const QString temporary = files.temporaryFor(xlsx);
            try {
                XlsxExport::write(temporary, Cli::tr("SLA %1").arg(s.today.toString(Qt::ISODate)), s.tables());
            } catch (const Error& e) {
                QFile::remove(temporary);
                throw StorageProblem::fileError(e.message(), xlsx, {});
            }
            files.adopt(temporary, xlsx);
        }
        if (!csvDir.isEmpty() && !QDir().mkpath(csvDir))
            throw StorageProblem::fileError(Cli::tr("Cannot create the folder %1").arg(csvDir), csvDir, {});
        if (!csvDir.isEmpty())
            for (const ReportTable& t : s.tables())
                files.write(QDir(csvDir).filePath(t.key + QStringLiteral(".csv")), t.toCsv().toUtf8());
        files.commit();
        try {
            PersonalData::recordExport(c, QStringLiteral("sla_dashboard"), personalRows,
                                       xlsx.isEmpty() ? csvDir : xlsx);
        } catch (...) {
            files.undo(); // an export the audit trail does not know of is not left behind
            throw;
        }
    }
    ctx.print(s.toJson(), text(s));
    return ExitOk;
}
} // namespace

void addReportCommands(QList<Command>& list)
{
    list.append({QStringLiteral("report"),
                 QString::fromUtf8(QT_TRANSLATE_NOOP("loket::cli::help", "report sla [--xlsx FILE] [--csv DIR]")),
                 runReport});
}

} // namespace loket::cli
