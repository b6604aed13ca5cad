#pragma once

namespace loket::cli {

// loket-cli [--db PATH] [--json] [--user NAME] [--lang id|en] COMMAND ...
int runCli(int argc, char* argv[]);

} // namespace loket::cli
