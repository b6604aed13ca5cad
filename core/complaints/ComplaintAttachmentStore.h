#pragma once

#include <QCoreApplication>

#include "Complaint.h"

#include <QString>
#include <QStringList>

namespace loket {

class Database;

// The managed folder of complaint attachments, next to the database file
// (<db folder>/attachments/complaints/<complaint id>/). A file is copied in and hashed; a copy
// whose database row is rolled back is removed again by discard().
class ComplaintAttachmentStore
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::ComplaintAttachmentStore)
public:
    explicit ComplaintAttachmentStore(const Database& db);

    QString root() const { return m_root; }
    // The folder of the database file at `databasePath`.
    static QString rootFor(const QString& databasePath);
    // Copies `sourcePath` in and returns the attachment (id, name, relative path, SHA-256, size).
    // Throws Error::invalid naming the file when it cannot be read or copied.
    ComplaintAttachment store(const QString& complaintId, const QString& sourcePath, const QDateTime& now);
    void discard(const ComplaintAttachment& attachment) const;
    QString absolutePath(const ComplaintAttachment& attachment) const;
    // True when the stored file is present and still has its recorded hash.
    bool verify(const ComplaintAttachment& attachment) const;

    static QString sha256Of(const QString& path);

private:
    QString m_root;
};

} // namespace loket
