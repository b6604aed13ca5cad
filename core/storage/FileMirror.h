#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace loket {

// A folder of files the database points to (scanned documents, complaint attachments).
struct ManagedFolder
{
    QString name; // short and stable: the sub-folder of the mirror ("documents")
    QString path; // absolute
};

struct MirrorResult
{
    int copied = 0;
    int present = 0; // already there with the same size
    qint64 bytesCopied = 0;
    QStringList problems; // translated, one per file that could not be copied

    void add(const MirrorResult& other);
    QJsonObject toJson() const;
};

// Keeps a copy of managed files beside the database backups. The files are written once and
// never changed (named by their content or by record), so copying what is missing is enough and
// a nightly run copies only the day's new files.
class FileMirror
{
    Q_DECLARE_TR_FUNCTIONS(loket::FileMirror)
public:
    // What to do when `target` has a file of the same name but another size. The names stand for
    // their content (a hash, or a record's id), so one of the two copies is damaged.
    enum class OnMismatch
    {
        KeepTarget,   // a backup: the copy already kept may be the only good one; report it
        RepairTarget, // a restore: move the target's file aside (".damaged-N"), then copy
    };

    // Copies every file under `source` that `target` does not have, keeping relative paths; new
    // files are owner-only and written through a temporary name. A missing `source` copies
    // nothing. Nothing is ever deleted.
    static MirrorResult copyMissing(const QString& source, const QString& target, OnMismatch onMismatch);
};

} // namespace loket
