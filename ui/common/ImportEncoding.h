#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

class QWidget;

namespace loket::ui {

// The encoding to read a file chosen for import with (issue 14, point 7). Imports read UTF-8; a
// file saved in another encoding is reported with its first line that is not UTF-8, and the user
// is offered (through the Prompter, so tests answer) to read it as Windows-1252, the encoding
// spreadsheets on Windows save in. Returns "" for UTF-8, "windows-1252" when the user agreed,
// nothing when the user declined (then nothing is imported). A file that cannot be read is left
// to the import, which reports it.
class ImportEncoding
{
    Q_DECLARE_TR_FUNCTIONS(loket::ui::ImportEncoding)
public:
    static std::optional<QString> choose(QWidget* parent, const QString& title, const QString& path);
};

} // namespace loket::ui
