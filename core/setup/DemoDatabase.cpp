#include "DemoDatabase.h"

#include "common/Error.h"
#include "common/Log.h"
#include "storage/Database.h"
#include "users/DemoUsers.h"

namespace loket {

void DemoDatabase::requireNewOrDemo(const Database& db, bool newFile)
{
    if (newFile || DemoUsers::isDemo(db))
        return;
    qCWarning(lcAuth).noquote() << "demo-setup refused on" << db.path() << "(not a demo database)";
    throw Error::permission(tr("%1 is not a demo database: demo accounts and demo data are only set up in a new "
                               "file. Give demo-setup the name of a file that does not exist yet.")
                                .arg(db.path()));
}

void DemoDatabase::requireDemo(const Database& db)
{
    if (DemoUsers::isDemo(db))
        return;
    qCWarning(lcAuth).noquote() << "demo data refused on" << db.path() << "(not a demo database)";
    throw Error::permission(
        tr("%1 is not a demo database: demo applications are only written into a database made with demo-setup.")
            .arg(db.path()));
}

} // namespace loket
