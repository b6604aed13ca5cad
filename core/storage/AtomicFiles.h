#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace loket {

// Export files written whole or not at all. Each is written under a hidden temporary name in the
// folder of its final name, every write checked and flushed to the disk; only when all of them
// are complete are they renamed into place. On any failure, or when the object goes away before
// commit(), the temporaries are removed: nothing is left under a final name, not even 0 bytes.
// A target that is not a regular file (a device such as /dev/stdout) is written directly, every
// write checked. Failures throw Error::storage naming the file and its disk (StorageProblem).
class AtomicFiles
{
    Q_DECLARE_TR_FUNCTIONS(loket::AtomicFiles)
public:
    AtomicFiles() = default;
    ~AtomicFiles();
    AtomicFiles(const AtomicFiles&) = delete;
    AtomicFiles& operator=(const AtomicFiles&) = delete;

    // Writes `bytes` to a temporary beside `finalPath` (its folder must exist).
    void write(const QString& finalPath, const QByteArray& bytes);
    // A temporary name beside `finalPath` for a writer that takes a file name (libxlsxwriter);
    // the caller writes it, then calls adopt() with it.
    QString temporaryFor(const QString& finalPath);
    // Checks the temporary that an outside writer filled, and takes it into the commit.
    void adopt(const QString& temporary, const QString& finalPath);
    // Renames every temporary to its final name.
    void commit();
    // Removes the files commit() put in place (when what should follow them, such as their
    // audit entry, failed).
    void undo();

private:
    struct Entry
    {
        QString temporary; // empty when written directly (a device)
        QString finalPath;
    };
    void discard();

    QList<Entry> m_entries;
    QStringList m_committed;
};

} // namespace loket
