#include "Version.h"

// Generated at configure time into the build folder (see the top CMakeLists.txt); only this file
// includes it, so a new commit recompiles one file.
#include "LoketBuildInfo.h"

namespace loket {

QString releaseVersion()
{
    return QStringLiteral(LOKET_RELEASE_VERSION);
}

QString programVersion()
{
    const QString describe = QStringLiteral(LOKET_GIT_DESCRIBE);
    // A build from the release's own tag says nothing more than the release.
    if (describe.isEmpty() || describe == releaseVersion() || describe == QLatin1Char('v') + releaseVersion())
        return releaseVersion();
    return QStringLiteral("%1 (git %2)").arg(releaseVersion(), describe);
}

} // namespace loket
