#include "SyncFiles.h"

#include "cases/DocumentStore.h"
#include "common/Error.h"
#include "common/Log.h"
#include "complaints/ComplaintAttachmentStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace loket {

namespace {
QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

SyncFiles::SyncFiles(const Database& db)
    : m_documents(DocumentStore::folderFor(db.path())), m_attachments(ComplaintAttachmentStore::rootFor(db.path()))
{}

QString SyncFiles::localPath(const QString& table, const QJsonObject& row) const
{
    QString root;
    QString relative;
    if (table == QLatin1String("case_documents")) {
        root = m_documents;
        relative = row.value(QStringLiteral("stored_name")).toString();
    } else if (table == QLatin1String("complaint_attachments")) {
        root = m_attachments;
        relative = row.value(QStringLiteral("stored_path")).toString();
    }
    // Names come from another workstation: never outside the managed folder.
    if (root.isEmpty() || relative.isEmpty() || relative.contains(QLatin1String("..")) ||
        QDir::isAbsolutePath(relative))
        return {};
    return root + QLatin1Char('/') + relative;
}

void SyncFiles::upload(QSqlDatabase& pg, const QString& table, const QJsonObject& row) const
{
    const QString path = localPath(table, row);
    if (path.isEmpty())
        return;
    const QString hash = row.value(QStringLiteral("sha256")).toString();
    SqlQuery known(pg, QStringLiteral("SELECT 1 FROM loket_files WHERE sha256 = :sha"));
    if (known.bind(QStringLiteral(":sha"), hash).scalar().isValid())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSync) << "document not sent, cannot read" << path << file.errorString();
        return;
    }
    const QByteArray bytes = file.readAll();
    if (sha256(bytes) != hash) {
        qCWarning(lcSync) << "document not sent, its content does not match its hash:" << path;
        return;
    }
    SqlQuery(pg, QStringLiteral("INSERT INTO loket_files (sha256, size_bytes, content) VALUES (:sha, :size, :content) "
                                "ON CONFLICT (sha256) DO NOTHING"))
        .bind(QStringLiteral(":sha"), hash)
        .bind(QStringLiteral(":size"), bytes.size())
        .bind(QStringLiteral(":content"), bytes)
        .exec();
}

bool SyncFiles::download(QSqlDatabase& pg, const QString& table, const QJsonObject& row) const
{
    const QString path = localPath(table, row);
    if (path.isEmpty() || QFileInfo::exists(path))
        return true;
    const QString hash = row.value(QStringLiteral("sha256")).toString();
    SqlQuery q(pg, QStringLiteral("SELECT content FROM loket_files WHERE sha256 = :sha"));
    q.bind(QStringLiteral(":sha"), hash).exec();
    if (!q.next())
        return false;
    const QByteArray bytes = q.value(0).toByteArray();
    if (sha256(bytes) != hash) {
        qCWarning(lcSync) << "central copy of" << hash << "does not match its hash; not written";
        return false;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        throw Error::storage(tr("Cannot create the folder for %1.").arg(path));
    // Through a temporary name, owner-only, so a cut-off write never carries the final name.
    const QString partial = path + QStringLiteral(".part");
    QFile out(partial);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size() || !out.flush()) {
        out.remove();
        throw Error::storage(tr("Cannot write the received file %1: %2").arg(path, out.errorString()));
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.close();
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        throw Error::storage(tr("Cannot write the received file %1.").arg(path));
    }
    return true;
}

} // namespace loket
