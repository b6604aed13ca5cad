#include "AuditHead.h"

#include "AuditKey.h"
#include "common/Error.h"
#include "common/Log.h"
#include "common/SecretFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace loket {

namespace {
const QString kFormat = QStringLiteral("loket-audit-head-1");

// What the seal covers: the format, the number and the hash, so none can be changed alone.
QString sealedText(qint64 seq, const QString& hash)
{
    return kFormat + QLatin1Char('|') + QString::number(seq) + QLatin1Char('|') + hash;
}

bool isFileDatabase(const QString& databasePath)
{
    return !databasePath.isEmpty() && databasePath != QLatin1String(":memory:") &&
           !databasePath.startsWith(QLatin1String("file::memory:"));
}
} // namespace

QString AuditHeadFile::pathFor(const QString& databasePath)
{
    // A restore's staged copy ("<database>.restoring-<stamp>") belongs to the database it becomes.
    static const QRegularExpression staged(QStringLiteral("\\.restoring-[0-9-]+$"));
    return QString(QFileInfo(databasePath).absoluteFilePath()).remove(staged) + QStringLiteral(".audit-head");
}

void AuditHeadFile::record(const QString& databasePath, const AuditHead& head)
{
    if (!isFileDatabase(databasePath) || head.seq < 1)
        return;
    const std::optional<AuditKey> key = AuditKey::forDatabase(QFileInfo(databasePath).absoluteFilePath(), head.seq + 1);
    if (!key)
        return;
    const QJsonObject o{{QStringLiteral("format"), kFormat},
                        {QStringLiteral("seq"), head.seq},
                        {QStringLiteral("hash"), head.hash},
                        {QStringLiteral("seal"), key->seal(sealedText(head.seq, head.hash))}};
    const QString path = pathFor(databasePath);
    QString error;
    if (!SecretFile::write(path, QJsonDocument(o).toJson(), &error)) {
        qCWarning(lcStorage) << "cannot write the audit head file" << path << error;
        throw Error::storage(tr("The record of the last audit entry sent, %1, cannot be written.").arg(path), error);
    }
    qCDebug(lcAudit) << "audit head recorded" << path << "entry" << head.seq;
}

std::optional<AuditHead> AuditHeadFile::load(const QString& databasePath, const AuditKey& key, QString* problem)
{
    if (!isFileDatabase(databasePath))
        return std::nullopt;
    const QString path = pathFor(databasePath);
    QFile f(path);
    if (!f.exists())
        return std::nullopt;
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = tr("The record of the last audit entry sent, %1, cannot be read: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    AuditHead head;
    head.seq = o.value(QStringLiteral("seq")).toInteger(0);
    head.hash = o.value(QStringLiteral("hash")).toString();
    if (o.value(QStringLiteral("format")).toString() != kFormat || head.seq < 1 ||
        o.value(QStringLiteral("seal")).toString() != key.seal(sealedText(head.seq, head.hash))) {
        *problem = tr("The record of the last audit entry sent, %1, was changed outside Loket: its seal does not "
                      "fit this workstation's audit key.")
                       .arg(path);
        return std::nullopt;
    }
    return head;
}

} // namespace loket
