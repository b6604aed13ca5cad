#include "AtomicFiles.h"

#include "StorageProblem.h"
#include "common/Error.h"
#include "common/Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace loket {

namespace {
bool isSpecialFile(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() && !info.isFile() && !info.isDir();
}

// Writes every byte and (for a new file) syncs it to the disk; the error text otherwise.
QString writeAll(const QString& path, const QByteArray& bytes, bool create)
{
    QFile f(path);
    const QIODevice::OpenMode mode =
        create ? QIODevice::WriteOnly | QIODevice::NewOnly : QIODevice::WriteOnly | QIODevice::Unbuffered;
    if (!f.open(mode))
        return f.errorString();
    // Owner-only from its first byte, whatever the process's file-creation mask (issue 14, point 9).
    if (create)
        platform::restrictToOwner(path);
    if (f.write(bytes) != bytes.size() || !f.flush() || (create && !platform::syncToDisk(f.handle()))) {
        const QString why = f.errorString();
        f.close();
        return why.isEmpty() ? QCoreApplication::translate("loket::AtomicFiles", "the disk refused the data") : why;
    }
    f.close();
    if (f.error() != QFileDevice::NoError)
        return f.errorString();
    return {};
}
} // namespace

AtomicFiles::~AtomicFiles()
{
    discard();
}

QString AtomicFiles::temporaryFor(const QString& finalPath)
{
    // Never beside a device: the temporary goes to the temporary folder and is copied onto it.
    if (isSpecialFile(finalPath))
        return QDir(QDir::tempPath())
            .filePath(QStringLiteral("loket-%1.part").arg(QUuid::createUuid().toString(QUuid::Id128).left(12)));
    const QFileInfo info(finalPath);
    if (!QFileInfo(info.absolutePath()).isDir())
        throw StorageProblem::fileError(tr("Cannot write %1").arg(finalPath), finalPath,
                                        tr("the folder %1 does not exist").arg(info.absolutePath()));
    return QDir(info.absolutePath())
        .filePath(
            QStringLiteral(".%1.part-%2").arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(12)));
}

void AtomicFiles::write(const QString& finalPath, const QByteArray& bytes)
{
    if (isSpecialFile(finalPath)) {
        const QString why = writeAll(finalPath, bytes, false);
        if (!why.isEmpty())
            throw StorageProblem::fileError(tr("Cannot write %1").arg(finalPath), finalPath, why);
        m_entries.append({QString(), finalPath});
        return;
    }
    const QString temporary = temporaryFor(finalPath);
    const QString why = writeAll(temporary, bytes, true);
    if (!why.isEmpty()) {
        QFile::remove(temporary);
        throw StorageProblem::fileError(tr("Cannot write %1").arg(finalPath), finalPath, why);
    }
    m_entries.append({temporary, finalPath});
}

void AtomicFiles::adopt(const QString& temporary, const QString& finalPath)
{
    const QFileInfo info(temporary);
    if (!info.isFile() || info.size() == 0) {
        QFile::remove(temporary);
        throw StorageProblem::fileError(tr("Cannot write %1").arg(finalPath), finalPath, {});
    }
    platform::restrictToOwner(temporary);
    if (isSpecialFile(finalPath)) {
        QFile f(temporary);
        const QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        f.close();
        QFile::remove(temporary);
        write(finalPath, bytes);
        return;
    }
    m_entries.append({temporary, finalPath});
}

void AtomicFiles::commit()
{
    for (Entry& e : m_entries) {
        if (e.temporary.isEmpty()) {
            m_committed << e.finalPath;
            continue;
        }
        // QFile::rename refuses to replace a file; an older export of the same name is replaced.
        QFile::remove(e.finalPath);
        QFile f(e.temporary);
        if (!f.rename(e.finalPath)) {
            const QString why = f.errorString();
            undo();
            throw StorageProblem::fileError(tr("Cannot write %1").arg(e.finalPath), e.finalPath, why);
        }
        e.temporary.clear();
        m_committed << e.finalPath;
    }
    m_entries.clear();
}

void AtomicFiles::undo()
{
    for (const QString& file : std::as_const(m_committed))
        if (QFileInfo(file).isFile())
            QFile::remove(file);
    m_committed.clear();
}

void AtomicFiles::discard()
{
    for (const Entry& e : std::as_const(m_entries))
        if (!e.temporary.isEmpty())
            QFile::remove(e.temporary);
    m_entries.clear();
}

} // namespace loket
