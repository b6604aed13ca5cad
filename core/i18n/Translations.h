#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace loket {

// Indonesian ("id") is the default; English ("en") is the source language and needs no file.
// The language comes from the argument, else LOKET_LANG, else "id".
QString chooseLanguage(const QString& requested = {});
// Loads every :/i18n/*_<lang>.qm into the application. Returns the language in force.
QString installTranslations(QCoreApplication& app, const QString& requested = {});
QStringList availableLanguages();

} // namespace loket
