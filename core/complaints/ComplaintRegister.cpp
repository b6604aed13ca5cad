#include "ComplaintRegister.h"

#include "ComplaintService.h"
#include "ComplaintTriage.h"
#include "calendar/ClockStateText.h"

#include <QCoreApplication>
#include <QLocale>

namespace loket {

namespace {
QString day(QDate d)
{
    return d.isValid() ? QLocale().toString(d, QStringLiteral("dd-MM-yyyy")) : QString();
}
} // namespace

QStringList ComplaintRegister::headers(ComplaintKind kind)
{
    if (kind == ComplaintKind::Suggestion)
        return {tr("Number"),    tr("Received"),         tr("Name"),  tr("Channel"),        tr("Substance"),
                tr("Why a suggestion"), tr("State"),     tr("Follow-up note"), tr("Service")};
    return {tr("Number"), tr("Received"), tr("Complainant"),  tr("Channel"), tr("Object"),
            tr("Due"),    tr("Clock"),    tr("State"),        tr("Triage"),  tr("Problem type"),
            tr("Case"),   tr("Service"),  tr("Contact"),      tr("Answered")};
}

QString ComplaintRegister::title(ComplaintKind kind)
{
    return kind == ComplaintKind::Suggestion ? tr("Suggestion register") : tr("Complaint register");
}

QString ComplaintRegister::clockTitle(const QString& key)
{
    for (ClockState s : {ClockState::OnTrack, ClockState::AtRisk, ClockState::Overdue, ClockState::Met,
                         ClockState::Missed})
        if (ClockStateText::key(s) == key)
            return ClockStateText::title(s);
    return {};
}

QStringList ComplaintRegister::row(const Complaint& c, const QString& clockState)
{
    const QString received = QLocale().toString(c.receivedAt, QStringLiteral("dd-MM-yyyy HH:mm"));
    const QString service = c.serviceKbli.isEmpty() ? QString() : c.serviceKbli + QLatin1Char(' ') + c.serviceName;
    QString triage = ComplaintTriage::ruleTitle(c.triageRule);
    if (c.overridden)
        triage = tr("%1 (overridden: %2)").arg(triage, c.overrideReason);
    if (c.kind == ComplaintKind::Suggestion) {
        return {c.number, received, c.complainantName, c.channelLabel, c.objectText, triage,
                ComplaintStates::title(c.state), c.note, service};
    }
    // "Lainnya" stays its own type in the register (filters and counts), with its description.
    const QString problem =
        c.problemTypeOther.isEmpty() ? c.problemType : QStringLiteral("%1: %2").arg(c.problemType, c.problemTypeOther);
    return {c.number,
            received,
            c.complainantName,
            c.channelLabel,
            c.objectText,
            day(c.dueOn),
            clockTitle(clockState),
            ComplaintStates::title(c.state),
            triage,
            problem,
            c.caseRegNumber,
            service,
            c.complainantContact,
            day(c.answerOn)};
}

bool ComplaintRegister::isCompact(ComplaintKind kind, int column)
{
    if (kind == ComplaintKind::Suggestion)
        return column == SNumber || column == SReceived;
    return column == CNumber || column == CReceived || column == CDue || column == CAnswered;
}

QString ComplaintRegister::describe(const ComplaintFilter& f)
{
    QStringList parts;
    if (f.from.isValid() || f.to.isValid())
        parts << tr("period %1 to %2").arg(f.from.isValid() ? day(f.from) : QStringLiteral("…"),
                                           f.to.isValid() ? day(f.to) : QStringLiteral("…"));
    if (!f.channelKey.isEmpty())
        parts << tr("channel %1").arg(f.channelKey);
    if (!f.serviceKbli.isEmpty())
        parts << tr("service %1").arg(f.serviceKbli);
    if (!f.problemType.isEmpty())
        parts << tr("problem type %1").arg(f.problemType);
    if (!f.state.isEmpty())
        parts << tr("state %1").arg(ComplaintStates::title(f.state));
    if (!f.clockState.isEmpty())
        parts << tr("clock %1").arg(clockTitle(f.clockState));
    if (!f.search.isEmpty())
        parts << tr("search \"%1\"").arg(f.search);
    return parts.isEmpty() ? tr("all entries") : parts.join(QStringLiteral(", "));
}

int ComplaintRegister::forEach(const Context& ctx, const ComplaintFilter& filter,
                               const std::function<bool(const Complaint&, const QString&)>& visit)
{
    ComplaintCursor cursor;
    int n = 0;
    for (;;) {
        const QList<Complaint> page = ComplaintService::page(ctx, filter, cursor, 500);
        for (const Complaint& c : page) {
            ++n;
            if (!visit(c, ComplaintService::clockState(ctx, c)))
                return n;
        }
        if (page.size() < 500)
            return n;
        cursor = ComplaintCursor::after(page.last());
    }
}

} // namespace loket
