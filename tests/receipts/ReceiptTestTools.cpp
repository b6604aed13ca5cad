#include "ReceiptTestTools.h"

#include <QProcess>
#include <QStandardPaths>

namespace loket::test {

bool hasTool(const QString& program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

ToolResult runTool(const QString& program, const QStringList& args)
{
    ToolResult r;
    if (!hasTool(program))
        return r;
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    return r;
}

QStringList decodeQr(const QString& pngPath)
{
    // --raw prints the bare payloads, one per line; -q drops the statistics.
    const ToolResult r = runTool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), pngPath});
    QStringList out;
    for (const QByteArray& line : r.out.split('\n'))
        if (!line.trimmed().isEmpty())
            out.append(QString::fromUtf8(line.trimmed()));
    return out;
}

} // namespace loket::test
