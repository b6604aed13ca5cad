#include "AuditKey.h"

#include "common/Error.h"
#include "common/Log.h"
#include "common/SecretFile.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace loket {

namespace {
const QString kFormat = QStringLiteral("loket-audit-key-1");

// Appends read the key once per file, not once per entry.
QMutex& cacheMutex()
{
    static QMutex m;
    return m;
}
struct Cached
{
    AuditKey key;
    QDateTime modified; // a key file replaced on disk is read again
};
QHash<QString, Cached>& cache()
{
    static QHash<QString, Cached> c;
    return c;
}
} // namespace

QString AuditKey::pathFor(const QString& databasePath)
{
    // A restore writes its entry into the staged copy ("<database>.restoring-<stamp>") that then
    // becomes the database: that copy is sealed with the database's key.
    static const QRegularExpression staged(QStringLiteral("\\.restoring-[0-9-]+$"));
    return QString(databasePath).remove(staged) + QStringLiteral(".audit-key");
}

std::optional<AuditKey> AuditKey::load(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return std::nullopt;
    if (!f.open(QIODevice::ReadOnly))
        throw Error::storage(tr("The audit key file %1 cannot be read.").arg(path), f.errorString());
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    AuditKey key;
    key.secret = QByteArray::fromBase64(o.value(QStringLiteral("secret")).toString().toLatin1());
    key.fromSeq = o.value(QStringLiteral("from_seq")).toInteger(0);
    if (o.value(QStringLiteral("format")).toString() != kFormat || key.secret.size() != 32 || key.fromSeq < 1)
        throw Error::storage(tr("The audit key file %1 is damaged; the audit trail cannot be checked.").arg(path));
    return key;
}

std::optional<AuditKey> AuditKey::forDatabase(const QString& databasePath, qint64 nextSeq)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:") ||
        databasePath.startsWith(QLatin1String("file::memory:")))
        return std::nullopt;
    const QString path = pathFor(QFileInfo(databasePath).absoluteFilePath());
    QMutexLocker lock(&cacheMutex());
    const QFileInfo file(path);
    if (file.exists() && cache().contains(path) && cache().value(path).modified == file.lastModified())
        return cache().value(path).key;
    std::optional<AuditKey> key = load(path);
    if (!key) {
        AuditKey made;
        made.secret.resize(32);
        QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(made.secret.data()),
                                             reinterpret_cast<quint32*>(made.secret.data() + made.secret.size()));
        made.fromSeq = qMax<qint64>(1, nextSeq);
        save(path, made);
        qCDebug(lcAudit) << "audit key made" << path << "sealing from entry" << made.fromSeq;
        key = made;
    }
    cache().insert(path, Cached{*key, QFileInfo(path).lastModified()});
    return key;
}

QString AuditKey::seal(const QString& hash) const
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(hash.toLatin1(), secret, QCryptographicHash::Sha256).toHex());
}

void AuditKey::save(const QString& path, const AuditKey& key)
{
    const QJsonObject o{{QStringLiteral("format"), kFormat},
                        {QStringLiteral("from_seq"), key.fromSeq},
                        {QStringLiteral("secret"), QString::fromLatin1(key.secret.toBase64())}};
    QString error;
    if (!SecretFile::write(path, QJsonDocument(o).toJson(), &error)) {
        qCWarning(lcStorage) << "cannot write the audit key file" << path << error;
        throw Error::storage(tr("The audit key file %1 cannot be written.").arg(path), error);
    }
}

} // namespace loket
