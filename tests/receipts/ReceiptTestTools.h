#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace loket::test {

// Runs an external tool (pdftotext, zbarimg, ...); exit code -1 when it is not installed.
struct ToolResult {
    int exitCode = -1;
    QByteArray out;
};
ToolResult runTool(const QString& program, const QStringList& args);
bool hasTool(const QString& program);

// The QR codes zbarimg finds in a PNG, one payload per entry.
QStringList decodeQr(const QString& pngPath);

} // namespace loket::test
