#include "ImportEncoding.h"

#include "Prompter.h"
#include "common/TextDecoding.h"

#include <QFile>

namespace loket::ui {

std::optional<QString> ImportEncoding::choose(QWidget* parent, const QString& title, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    const int line = TextDecoding::firstInvalidUtf8Line(f.readAll());
    if (line == 0)
        return QString();
    const QString text =
        tr("%1 is not UTF-8 text: line %2 holds characters saved in another encoding, so names would come in "
           "garbled.\n\nRead the file as Windows-1252 (how spreadsheets on Windows save CSV and text files)? Check the "
           "names before you apply it. Choose No to import nothing; then save the file as UTF-8 and import it again.")
            .arg(path)
            .arg(line);
    if (!Prompter::instance().confirm(parent, title, text))
        return std::nullopt;
    return QStringLiteral("windows-1252");
}

} // namespace loket::ui
