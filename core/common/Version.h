#pragma once

#include <QString>

// The program's version, fixed when the build was configured: the CMake project version (the
// release, as in the Debian changelog and the AppStream <releases>) and, when built from a git
// checkout, what `git describe` said then.
namespace loket {

// "0.1.0": the release this program belongs to.
QString releaseVersion();

// "0.1.0", or "0.1.0 (git v0.1.0-4-g1a2b3c4)" / "0.1.0 (git 1a2b3c4-dirty)" for a build from git.
// Shown by --version and recorded in a database by the program that last migrated it.
QString programVersion();

} // namespace loket
