#include "BackupInfo.h"

#include "common/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace loket {

QString BackupInfo::fileName() const
{
    return QFileInfo(path).fileName();
}

QJsonObject BackupInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("file"), fileName()},
                  {QStringLiteral("path"), path},
                  {QStringLiteral("size"), double(size)},
                  {QStringLiteral("taken_at"), takenAt.toString(Qt::ISODate)},
                  {QStringLiteral("ok"), ok}};
    if (ok) {
        o.insert(QStringLiteral("schema_version"), schemaVersion);
        o.insert(QStringLiteral("workstation"), workstation);
        o.insert(QStringLiteral("sha256"), sha256);
        if (cases >= 0)
            o.insert(QStringLiteral("cases"), double(cases));
        if (complaints >= 0)
            o.insert(QStringLiteral("complaints"), double(complaints));
    } else {
        o.insert(QStringLiteral("problem"), problem);
    }
    if (!removed.isEmpty())
        o.insert(QStringLiteral("removed"), QJsonArray::fromStringList(removed));
    switch (integrity) {
    case Integrity::NotCompared:
        break;
    case Integrity::Recorded:
        o.insert(QStringLiteral("integrity"), QStringLiteral("recorded"));
        o.insert(QStringLiteral("recorded_at"), recordedAt.toString(Qt::ISODate));
        break;
    case Integrity::Changed:
        o.insert(QStringLiteral("integrity"), QStringLiteral("changed"));
        o.insert(QStringLiteral("recorded_sha256"), recordedSha256);
        o.insert(QStringLiteral("recorded_at"), recordedAt.toString(Qt::ISODate));
        break;
    case Integrity::Unrecorded:
        o.insert(QStringLiteral("integrity"), QStringLiteral("unrecorded"));
        break;
    }
    return o;
}

QString BackupInfo::integrityText() const
{
    const QString when = recordedAt.toTimeZone(Clock::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    switch (integrity) {
    case Integrity::NotCompared:
        return QCoreApplication::translate("loket::BackupService",
                                           "%1 was not compared with the audit trail: there is no database here.")
            .arg(path);
    case Integrity::Recorded:
        return QCoreApplication::translate("loket::BackupService",
                                           "%1 is unchanged since it was written (%2): its SHA-256 is the one in the "
                                           "audit trail.")
            .arg(path, when);
    case Integrity::Changed:
        return QCoreApplication::translate("loket::BackupService",
                                           "%1 has been changed since it was written: its SHA-256 is %2, the audit "
                                           "trail recorded %3 when it was written (%4).")
            .arg(path, sha256, recordedSha256, when);
    case Integrity::Unrecorded:
        return QCoreApplication::translate("loket::BackupService",
                                           "%1 is not in the audit trail of this database (SHA-256 %2): Loket cannot "
                                           "tell whether it was changed.")
            .arg(path, sha256);
    }
    return {};
}

QRegularExpressionMatch BackupInfo::matchRotating(const QString& fileName)
{
    static const QRegularExpression re(
        QStringLiteral("^loket-([A-Z][A-Z0-9]{1,5})-(\\d{8})-(\\d{6})(?:-(\\d+))?\\.sqlite$"));
    return re.match(fileName);
}

QDateTime BackupInfo::takenAtOf(const QFileInfo& info)
{
    const auto m = matchRotating(info.fileName());
    if (m.hasMatch()) {
        const QDate date = QDate::fromString(m.captured(2), QStringLiteral("yyyyMMdd"));
        const QTime time = QTime::fromString(m.captured(3), QStringLiteral("HHmmss"));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Clock::zone());
    }
    return info.lastModified().toTimeZone(Clock::zone());
}

} // namespace loket
