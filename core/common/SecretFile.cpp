#include "SecretFile.h"

#include "Platform.h"

#include <QFile>
#include <QSaveFile>

namespace loket {

bool SecretFile::write(const QString& path, const QByteArray& bytes, QString* error)
{
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(ownerOnly) || f.write(bytes) < 0 || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    platform::restrictToOwner(path);
    return true;
}

} // namespace loket
