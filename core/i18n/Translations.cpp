#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTranslator>

namespace loket {

QStringList availableLanguages()
{
    return {QStringLiteral("id"), QStringLiteral("en")};
}

QString chooseLanguage(const QString& requested)
{
    QString lang = requested;
    if (lang.isEmpty())
        lang = qEnvironmentVariable("LOKET_LANG");
    lang = lang.left(2).toLower();
    return availableLanguages().contains(lang) ? lang : QStringLiteral("id");
}

QString installTranslations(QCoreApplication& app, const QString& requested)
{
    const QString lang = chooseLanguage(requested);
    QLocale::setDefault(QLocale(lang == QLatin1String("id") ? QLocale::Indonesian : QLocale::English,
                                lang == QLatin1String("id") ? QLocale::Indonesia : QLocale::UnitedKingdom));
    // English is the source text; its *_en files hold only the plural forms of the %n messages.
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("*_%1.qm").arg(lang)}, QDir::Files, QDir::Name);
    for (const QString& f : files) {
        auto* translator = new QTranslator(&app);
        if (translator->load(QStringLiteral(":/i18n/") + f))
            app.installTranslator(translator);
        else
            delete translator;
    }
    return lang;
}

} // namespace loket
