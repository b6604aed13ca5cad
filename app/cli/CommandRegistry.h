#pragma once

#include "CliArgs.h"
#include "CliContext.h"
#include "common/Error.h"

#include <QList>

namespace loket::cli {

struct Command
{
    QString name;    // first word: "init", "catalog", ...
    // One line per sub-command, shown by --help: English source text marked with
    // QT_TRANSLATE_NOOP("loket::cli::help", ...), translated when shown; blocks of it marked
    // separately are joined with '\f'.
    QString usage;
    int (*run)(CliContext& ctx, CliArgs& args);
};

// Every command group of loket-cli, in the order --help lists them.
const QList<Command>& commands();
// Maps a core error to the exit code and prints its message on stderr.
int report(CliContext& ctx, const loket::Error& error);

} // namespace loket::cli
