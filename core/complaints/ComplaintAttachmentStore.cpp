#include "ComplaintAttachmentStore.h"

#include "common/Error.h"
#include "common/Ids.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace loket {

namespace {
// Keeps the original name readable but safe on any file system.
QString safeName(const QString& name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString out = name;
    out.replace(unsafe, QStringLiteral("_"));
    return out.left(120);
}
} // namespace

ComplaintAttachmentStore::ComplaintAttachmentStore(const Database& db) : m_root(rootFor(db.path())) {}

QString ComplaintAttachmentStore::rootFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("attachments/complaints"));
}

QString ComplaintAttachmentStore::sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

ComplaintAttachment ComplaintAttachmentStore::store(const QString& complaintId, const QString& sourcePath,
                                                    const QDateTime& now)
{
    const QFileInfo source(sourcePath);
    if (!source.isFile() || !source.isReadable())
        throw Error::invalid(tr("Attachment %1 cannot be read.").arg(sourcePath), QStringLiteral("attachment"));
    ComplaintAttachment a;
    a.id = newId();
    a.fileName = source.fileName();
    a.size = source.size();
    a.addedAt = now;
    a.sha256 = sha256Of(source.absoluteFilePath());
    if (a.sha256.isEmpty())
        throw Error::invalid(tr("Attachment %1 cannot be read.").arg(sourcePath), QStringLiteral("attachment"));
    a.storedPath = complaintId + QLatin1Char('/') + a.sha256.left(12) + QLatin1Char('_') + safeName(a.fileName);
    const QString target = QDir(m_root).filePath(a.storedPath);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        throw Error::storage(tr("The attachments folder %1 cannot be created.").arg(m_root));
    if (QFile::exists(target)) {
        if (sha256Of(target) == a.sha256)
            return a; // the same content is already there
        QFile::remove(target);
    }
    if (!QFile::copy(source.absoluteFilePath(), target))
        throw Error::storage(tr("Attachment %1 could not be copied into %2.").arg(a.fileName, m_root));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    if (sha256Of(target) != a.sha256) {
        QFile::remove(target);
        throw Error::storage(tr("The copy of attachment %1 does not match the original.").arg(a.fileName));
    }
    return a;
}

void ComplaintAttachmentStore::discard(const ComplaintAttachment& attachment) const
{
    QFile::remove(absolutePath(attachment));
}

QString ComplaintAttachmentStore::absolutePath(const ComplaintAttachment& attachment) const
{
    return QDir(m_root).filePath(attachment.storedPath);
}

bool ComplaintAttachmentStore::verify(const ComplaintAttachment& attachment) const
{
    return sha256Of(absolutePath(attachment)) == attachment.sha256;
}

} // namespace loket
