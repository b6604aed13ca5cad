#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace loket {

// What went wrong where a file lives, in words an IT admin can act on: a full disk, a read-only
// mount or folder, a damaged database. Every storage failure of the database and of exports is
// reported through here (exit 4 on the command line), never as bad input.
class StorageProblem
{
    Q_DECLARE_TR_FUNCTIONS(loket::StorageProblem)
public:
    // A sentence naming the disk or the folder of `path` when it is read-only, not writable for
    // this account or (nearly) full; empty when none of these is found.
    static QString diagnose(const QString& path);
    // Error::storage for a file that could not be written or read: "`action`: `reason`", followed
    // by the diagnosis of its disk or folder when there is one.
    static Error fileError(const QString& action, const QString& path, const QString& reason);
    // Error::storage for a failed SQLite call on the database file `path`, from SQLite's result
    // code: full disk, read-only file or mount, damaged file, I/O error. Nothing for any other
    // code, which is not a problem of the file or its disk.
    static std::optional<Error> sqliteError(int code, const QString& path, const QString& text, const QString& detail);
};

} // namespace loket
