#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace loket {

// The central database's own numbered schema, kept by the program like the local one: every
// workstation brings it up to the version it knows (one transaction per step, under an advisory
// lock so two PCs never migrate at once), and a program older than the central schema refuses to
// sync instead of writing or reading what it does not understand.
class CentralSchema
{
    Q_DECLARE_TR_FUNCTIONS(loket::CentralSchema)
public:
    static constexpr int kVersion = 2;

    // Creates or migrates the central tables. Error::storage when the central schema is newer
    // than this program, or a statement is refused.
    static void ensure(QSqlDatabase& pg);
    // The central schema version (0 when the central database is empty).
    static int version(QSqlDatabase& pg);
};

} // namespace loket
