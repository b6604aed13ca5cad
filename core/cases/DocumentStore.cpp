#include "DocumentStore.h"

#include "common/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace loket {

namespace {

QString hashFile(const QString& path, qint64* size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    *size = file.size();
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace

DocumentStore::DocumentStore(const Database& db) : m_folder(folderFor(db.path())) {}

QString DocumentStore::folderFor(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + QLatin1Char('/') + info.fileName() + QStringLiteral(".documents");
}

CaseDocument DocumentStore::store(const QString& sourcePath, const QString& requirementKey, const QString& addedBy)
{
    const QFileInfo info(sourcePath);
    if (!info.isFile() || !info.isReadable())
        throw Error::invalid(tr("Document %1 cannot be read.").arg(sourcePath), QStringLiteral("documents"));
    if (info.size() > kMaxBytes)
        throw Error::invalid(tr("Document %1 is larger than 50 MB; scan it at a lower resolution.").arg(info.fileName()),
                             QStringLiteral("documents"));
    CaseDocument d;
    d.requirementKey = requirementKey;
    d.fileName = info.fileName();
    d.addedBy = addedBy;
    d.sha256 = hashFile(sourcePath, &d.sizeBytes);
    if (d.sha256.isEmpty())
        throw Error::invalid(tr("Document %1 cannot be read.").arg(sourcePath), QStringLiteral("documents"));
    const QString suffix = info.suffix().toLower();
    d.storedName = d.sha256.left(2) + QLatin1Char('/') + d.sha256 + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    const QString target = m_folder + QLatin1Char('/') + d.storedName;
    if (!QFileInfo::exists(target)) {
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            throw Error::storage(tr("Cannot create the document folder %1.").arg(QFileInfo(target).absolutePath()));
        // Through a temporary name: a copy cut short never carries the name of the full file.
        const QString partial = target + QStringLiteral(".part");
        QFile::remove(partial);
        if (!QFile::copy(sourcePath, partial) || !QFile::rename(partial, target)) {
            QFile::remove(partial);
            throw Error::storage(tr("Cannot copy document %1 into %2.").arg(sourcePath, m_folder));
        }
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_created << d.storedName;
    }
    return d;
}

void DocumentStore::discard(const QStringList& storedNames)
{
    for (const QString& name : storedNames)
        if (m_created.contains(name))
            QFile::remove(m_folder + QLatin1Char('/') + name);
}

QString DocumentStore::pathOf(const CaseDocument& document) const
{
    return m_folder + QLatin1Char('/') + document.storedName;
}

bool DocumentStore::verify(const CaseDocument& document) const
{
    qint64 size = 0;
    return hashFile(pathOf(document), &size) == document.sha256 && size == document.sizeBytes;
}

} // namespace loket
