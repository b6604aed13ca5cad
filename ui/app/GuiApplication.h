#pragma once

namespace loket::ui {

// Start-up of the desktop program: options, language, database, sign-in, main window.
int runGui(int argc, char* argv[]);

} // namespace loket::ui
