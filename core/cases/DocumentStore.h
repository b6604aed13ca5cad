#pragma once

#include <QCoreApplication>

#include "CaseRecord.h"

#include <QString>
#include <QStringList>

namespace loket {

class Database;

// Scanned documents live in a folder next to the database ("<file>.documents/"), named by
// their SHA-256 so the same scan is kept once and a changed file is noticed.
class DocumentStore
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::DocumentStore)
public:
    explicit DocumentStore(const Database& db);

    QString folder() const { return m_folder; }
    // The folder of the database file at `databasePath`.
    static QString folderFor(const QString& databasePath);
    // Copies the file in (owner-only permissions) and describes it; the caller records it in the
    // database. Error::invalid when the file cannot be read or is too large.
    CaseDocument store(const QString& sourcePath, const QString& requirementKey, const QString& addedBy);
    // Removes files this store copied in during an operation that was then rolled back.
    void discard(const QStringList& storedNames);
    QString pathOf(const CaseDocument& document) const;
    // True when the stored file still has the recorded SHA-256.
    bool verify(const CaseDocument& document) const;

    static constexpr qint64 kMaxBytes = 50LL * 1024 * 1024;

private:
    QString m_folder;
    QStringList m_created;
};

} // namespace loket
