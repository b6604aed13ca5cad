#pragma once

#include "storage/FileMirror.h"

#include <QList>

namespace loket {

// The folders of files that belong to a database file (scanned documents of applications,
// complaint attachments), for backups: each domain names its folder, this gathers them.
class ManagedFiles
{
public:
    static QList<ManagedFolder> of(const QString& databasePath);
};

} // namespace loket
