#include "AuditCommands.h"
#include "CliText.h"

#include "audit/AuditTrail.h"
#include "common/Bounds.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace loket::cli {

namespace {
QDate parseDate(const QString& text, const QString& option)
{
    if (text.isEmpty())
        return {};
    const QDate d = Bounds::strictIsoDate(text);
    if (!d.isValid())
        throw Error::invalid(Cli::tr("--%1 must be a date like 2026-01-31, not \"%2\".").arg(option, text), option);
    return d;
}

QString compact(const QJsonObject& o)
{
    return o.isEmpty() ? QStringLiteral("-") : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject entryJson(const AuditEntry& e)
{
    QJsonObject o{{QStringLiteral("seq"), e.seq},
                  {QStringLiteral("id"), e.id},
                  {QStringLiteral("at"), toStoredTime(e.at)},
                  {QStringLiteral("actor"), e.actorName},
                  {QStringLiteral("workstation"), e.workstation},
                  {QStringLiteral("action"), e.action},
                  {QStringLiteral("record_type"), e.recordType},
                  {QStringLiteral("record_id"), e.recordId},
                  {QStringLiteral("before"), e.before},
                  {QStringLiteral("after"), e.after},
                  {QStringLiteral("hash"), e.hash}};
    if (!e.note.isEmpty())
        o.insert(QStringLiteral("note"), e.note);
    return o;
}

// This workstation's chain against the head the central database holds, when one is configured
// and answers: a chain shorter than what was sent, or another entry under its number, fails.
AuditVerification compareWithCentral(CliContext& ctx, QJsonObject& json, QString& text)
{
    const SyncTarget target = SyncTarget::fromSettings(SettingsRepository(ctx.database()));
    AuditVerification result;
    if (!target.isConfigured())
        return result;
    QJsonObject central{{QStringLiteral("target"), target.describe()}};
    std::optional<AuditHead> head;
    try {
        head = SyncService::centralAuditHead(target, ctx.database().workstationCode());
    } catch (const Error& e) {
        central.insert(QStringLiteral("reached"), false);
        central.insert(QStringLiteral("message"), e.message());
        json.insert(QStringLiteral("central"), central);
        text += QLatin1Char('\n') + Cli::tr("The central database did not answer, so the trail was not compared with what "
                                       "was sent to it: %1")
                                        .arg(e.message());
        return result;
    }
    central.insert(QStringLiteral("reached"), true);
    central.insert(QStringLiteral("pushed_seq"), head ? head->seq : 0);
    if (head)
        result = AuditTrail(ctx.userContext()).compareWithHead(*head, Cli::tr("the central database"));
    central.insert(QStringLiteral("ok"), result.ok);
    if (result.ok) {
        text +=
            QLatin1Char('\n') + (head ? Cli::tr("The central database holds entries up to %1: they match.").arg(head->seq)
                                      : Cli::tr("The central database holds no entries of this workstation yet."));
    } else {
        central.insert(QStringLiteral("first_bad_seq"), result.firstBadSeq);
        central.insert(QStringLiteral("problem"), result.problem);
        text += QLatin1Char('\n') + Cli::tr("Compared with the central database: NOT intact. %1").arg(result.problem);
    }
    json.insert(QStringLiteral("central"), central);
    return result;
}

int runVerify(CliContext& ctx, CliArgs& args)
{
    args.finish();
    const AuditVerification v = AuditTrail(ctx.userContext()).verify();
    QJsonObject o{
        {QStringLiteral("ok"), v.ok}, {QStringLiteral("checked"), v.checked}, {QStringLiteral("last_seq"), v.lastSeq}};
    QString text;
    if (v.ok) {
        text = Cli::tr("The audit trail is intact: %1 entries checked.").arg(v.checked);
    } else {
        o.insert(QStringLiteral("first_bad_seq"), v.firstBadSeq);
        o.insert(QStringLiteral("first_bad_id"), v.firstBadId);
        o.insert(QStringLiteral("problem"), v.problem);
        text = Cli::tr("The audit trail was tampered with. First bad entry: %1.").arg(v.firstBadSeq) +
               QLatin1Char('\n') + v.problem;
    }
    bool allOk = v.ok && compareWithCentral(ctx, o, text).ok;
    // Other workstations' chains as received through the central database, each on its own.
    QJsonArray received;
    for (const ReceivedChain& c : AuditTrail(ctx.userContext()).verifyReceived()) {
        allOk = allOk && c.result.ok;
        QJsonObject r{{QStringLiteral("workstation"), c.workstation},
                      {QStringLiteral("ok"), c.result.ok},
                      {QStringLiteral("checked"), c.result.checked}};
        if (c.result.ok) {
            text += QLatin1Char('\n') +
                    Cli::tr("Received from %1: intact, %2 entries checked.").arg(c.workstation).arg(c.result.checked);
        } else {
            r.insert(QStringLiteral("first_bad_seq"), c.result.firstBadSeq);
            r.insert(QStringLiteral("problem"), c.result.problem);
            text +=
                QLatin1Char('\n') + Cli::tr("Received from %1: NOT intact. %2").arg(c.workstation, c.result.problem);
        }
        received.append(r);
    }
    o.insert(QStringLiteral("received"), received);
    ctx.print(o, text);
    return allOk ? ExitOk : ExitFailure;
}

int runLog(CliContext& ctx, CliArgs& args)
{
    AuditFilter f;
    f.recordId = args.option(QStringLiteral("record"));
    f.recordType = args.option(QStringLiteral("type"));
    f.actor = args.option(QStringLiteral("actor"));
    f.action = args.option(QStringLiteral("action"));
    f.from = parseDate(args.option(QStringLiteral("from")), QStringLiteral("from"));
    f.to = parseDate(args.option(QStringLiteral("to")), QStringLiteral("to"));
    const QString limitText = args.option(QStringLiteral("limit"));
    const QString afterText = args.option(QStringLiteral("after"));
    args.finish();
    const int limit =
        limitText.isEmpty() ? 100 : Bounds::wholeNumber(limitText, 1, Bounds::kMaxLimit, QStringLiteral("--limit"));
    // --after SEQ: the entries older than that one (the log is newest first), found by seeking seq.
    const qint64 after = afterText.isEmpty() ? 0
                                             : Bounds::wholeNumber(afterText, 1, std::numeric_limits<int>::max(),
                                                                   QStringLiteral("--after"));
    if (f.from.isValid() && f.to.isValid() && f.to < f.from)
        throw Error::invalid(
            Cli::tr("--to (%1) is before --from (%2).").arg(f.to.toString(Qt::ISODate), f.from.toString(Qt::ISODate)),
            QStringLiteral("to"));
    const AuditTrail trail(ctx.userContext());
    const QList<AuditEntry> entries = trail.query(f, after, limit);
    QJsonArray array;
    QStringList lines;
    for (const AuditEntry& e : entries) {
        array.append(entryJson(e));
        lines << QStringLiteral("%1  %2  %3  %4  %5  %6/%7  %8 -> %9%10")
                     .arg(e.seq)
                     .arg(e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actorName, e.workstation, e.action,
                          e.recordType, e.recordId, compact(e.before), compact(e.after))
                     .arg(e.note.isEmpty() ? QString() : QStringLiteral("  (") + e.note + QLatin1Char(')'));
    }
    const qint64 total = trail.count(f);
    if (lines.isEmpty())
        lines << Cli::tr("No audit entries match.");
    else if (total > entries.size())
        lines << Cli::tr("(the newest %1 of %2 entries; use --limit for more)").arg(entries.size()).arg(total);
    ctx.print(array, lines.join(QLatin1Char('\n')));
    if (entries.size() == limit)
        ctx.message(Cli::tr("More may follow: --after %1").arg(entries.last().seq));
    return ExitOk;
}

int runAudit(CliContext& ctx, CliArgs& args)
{
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("verify"))
        return runVerify(ctx, args);
    if (sub == QLatin1String("log"))
        return runLog(ctx, args);
    throw UsageError{sub.isEmpty() ? Cli::tr("audit needs a sub-command: verify or log.")
                                   : Cli::tr("Unknown sub-command: audit %1.").arg(sub)};
}
} // namespace

void addAuditCommands(QList<Command>& list)
{
    list.append({QStringLiteral("audit"),
                 QString::fromUtf8(QT_TRANSLATE_NOOP(
                     "loket::cli::help", "audit verify               (exit 1 when an entry was changed or deleted)\n"
                                         "audit log [--record ID] [--type TYPE] [--actor USER] [--action ACTION] "
                                         "[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N] [--after SEQ]")),
                 runAudit});
}

} // namespace loket::cli
