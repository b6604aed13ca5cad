#include "FileMirror.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace loket {

void MirrorResult::add(const MirrorResult& other)
{
    copied += other.copied;
    present += other.present;
    bytesCopied += other.bytesCopied;
    problems += other.problems;
}

QJsonObject MirrorResult::toJson() const
{
    return {{QStringLiteral("copied"), copied},
            {QStringLiteral("present"), present},
            {QStringLiteral("bytes_copied"), bytesCopied},
            {QStringLiteral("problems"), QJsonValue::fromVariant(problems)}};
}

MirrorResult FileMirror::copyMissing(const QString& source, const QString& target, OnMismatch onMismatch)
{
    MirrorResult r;
    const QDir from(source);
    if (!from.exists())
        return r;
    QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo in(path);
        const QString relative = from.relativeFilePath(path);
        const QString out = QDir(target).filePath(relative);
        const QFileInfo existing(out);
        if (existing.exists() && existing.size() == in.size()) {
            ++r.present;
            continue;
        }
        if (existing.exists()) {
            if (onMismatch == OnMismatch::KeepTarget) {
                r.problems << tr("%1 no longer matches its copy %2 (%3 and %4 bytes); the copy is kept. Check the "
                                 "file.")
                                  .arg(path, out)
                                  .arg(in.size())
                                  .arg(existing.size());
                continue;
            }
            QString aside;
            for (int n = 1; aside.isEmpty() || QFileInfo::exists(aside); ++n)
                aside = out + QStringLiteral(".damaged-%1").arg(n);
            if (!QFile::rename(out, aside)) {
                r.problems << tr("Cannot move the damaged file %1 aside.").arg(out);
                continue;
            }
        }
        if (!QDir().mkpath(QFileInfo(out).absolutePath())) {
            r.problems << tr("Cannot create the folder %1.").arg(QFileInfo(out).absolutePath());
            continue;
        }
        // Through a temporary name, so an interrupted copy never looks complete.
        const QString partial = out + QStringLiteral(".part");
        QFile::remove(partial);
        if (!QFile::copy(path, partial)) {
            r.problems << tr("Cannot copy %1 to %2.").arg(path, out);
            continue;
        }
        QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!QFile::rename(partial, out)) {
            QFile::remove(partial);
            r.problems << tr("Cannot copy %1 to %2.").arg(path, out);
            continue;
        }
        ++r.copied;
        r.bytesCopied += in.size();
    }
    return r;
}

} // namespace loket
