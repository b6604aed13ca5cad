#include "ManagedFiles.h"

#include "cases/DocumentStore.h"
#include "complaints/ComplaintAttachmentStore.h"

namespace loket {

QList<ManagedFolder> ManagedFiles::of(const QString& databasePath)
{
    return {{QStringLiteral("documents"), DocumentStore::folderFor(databasePath)},
            {QStringLiteral("complaint-attachments"), ComplaintAttachmentStore::rootFor(databasePath)}};
}

} // namespace loket
