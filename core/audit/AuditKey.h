#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace loket {

// The secret that seals this workstation's audit entries: a file beside the database file
// ("<database>.audit-key", owner read/write only), like the receipt key. It is not in the
// database, so whoever holds only a copy of the database cannot rewrite the trail and recompute
// the seals. Entries from `fromSeq` on carry a seal (HMAC-SHA256 of the entry's hash); older
// entries were written before the key existed and are checked by their hash alone.
class AuditKey
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::AuditKey)
public:
    QByteArray secret; // 32 bytes
    qint64 fromSeq = 1;

    static QString pathFor(const QString& databasePath);
    // Empty when there is no key file; Error::storage when it exists but cannot be read.
    static std::optional<AuditKey> load(const QString& path);
    // The key of the database at `databasePath`, made (starting at `nextSeq`) when there is none.
    // Nothing for a database without a file (in memory).
    static std::optional<AuditKey> forDatabase(const QString& databasePath, qint64 nextSeq);

    QString seal(const QString& hash) const;

private:
    static void save(const QString& path, const AuditKey& key);
};

} // namespace loket
