#pragma once

#include <QByteArray>
#include <QString>

namespace loket {

// A key kept beside the database (the receipt signing key, the audit seal key): written whole
// under a temporary name, owner-only from its first byte, then renamed into place.
class SecretFile
{
public:
    // False with the system's reason in `error` when the file could not be written.
    static bool write(const QString& path, const QByteArray& bytes, QString* error);
};

} // namespace loket
