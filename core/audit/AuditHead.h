#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace loket {

class AuditKey;

// The last entry of this workstation's audit trail that reached the central database: its
// number and hash. The central database keeps every pushed entry; this workstation also keeps the
// head of the last push in "<database>.audit-head", beside the audit key and sealed with it, so
// whoever deletes the tail of the trail (and lowers the numbering) has to change a file outside
// the database too, and cannot seal it without the key (issue 14).
struct AuditHead
{
    qint64 seq = 0;
    QString hash;
};

class AuditHeadFile
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::AuditHeadFile)
public:
    static QString pathFor(const QString& databasePath);
    // Records the head pushed last, sealed with the database's audit key (made when missing).
    // Nothing for a database without a file. Error::storage when the file cannot be written.
    static void record(const QString& databasePath, const AuditHead& head);
    // The head recorded beside the database; empty when there is none. A file that cannot be
    // read, or whose seal does not fit `key`, gives an empty head and the reason in `problem`.
    static std::optional<AuditHead> load(const QString& databasePath, const AuditKey& key, QString* problem);
};

} // namespace loket
