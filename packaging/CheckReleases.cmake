# ctest packaging_releases: the project version is a release in the AppStream metainfo and the
# newest entry of the Debian changelog, so neither is forgotten when the version moves.
file(READ "${METAINFO}" metainfo)
if(NOT metainfo MATCHES "<release version=\"${VERSION}\" date=\"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]\"")
    message(FATAL_ERROR "${METAINFO}: no <release version=\"${VERSION}\" date=\"YYYY-MM-DD\"/>")
endif()
file(READ "${CHANGELOG}" changelog)
string(REGEX MATCH "^[^\n]*" first "${changelog}")
if(NOT first MATCHES "^loket \\(${VERSION}\\) [a-z-]+. urgency=")
    message(FATAL_ERROR "${CHANGELOG}: the first entry is \"${first}\", not loket (${VERSION})")
endif()
message(STATUS "Release ${VERSION} is in the metainfo and the changelog")
