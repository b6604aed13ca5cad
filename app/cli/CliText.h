#pragma once

#include <QCoreApplication>

namespace loket::cli {

// The translation context of the command line. Its commands are free functions, which have no
// tr() of their own, so they write Cli::tr("...") and translate in the context "loket::cli"
// (docs/ARCHITECTURE.md, "Translations").
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(loket::cli)
};

} // namespace loket::cli
