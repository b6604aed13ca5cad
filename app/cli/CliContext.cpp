#include "CliContext.h"

#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Platform.h"
#include "setup/Bootstrap.h"
#include "users/AuthService.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace loket::cli {

CliContext::CliContext() : m_out(stdout), m_err(stderr) {}

Database& CliContext::database()
{
    Database::OpenOptions existing;
    existing.create = false;
    return database(existing);
}

Database& CliContext::database(const Database::OpenOptions& options)
{
    if (!m_db) {
        auto db = std::make_unique<Database>();
        db->open(dbPath.isEmpty() ? Database::defaultPath() : dbPath, options);
        if (options.migrate && catalogueSince) {
            // demo-setup: the built-in standard applies from before the oldest demo case.
            const FixedClock since(*catalogueSince);
            CatalogService::importBuiltinIfEmpty(*db, since);
        }
        if (options.migrate)
            Bootstrap::ensureBuiltins(*db, defaultClock());
        m_db = std::move(db);
    }
    return *m_db;
}

Context CliContext::anonymousContext()
{
    Actor nobody;
    return Context(database(), defaultClock(), nobody);
}

Context CliContext::userContext()
{
    if (user.isEmpty())
        throw Error::permission(QCoreApplication::translate(
            "loket::cli::CliContext", "This command needs a signed-in user: add --user NAME (the password comes from "
                                      "LOKET_PASSWORD or is asked for on the terminal)."));
    if (!m_actor) {
        Database& db = database();
        const QString password =
            secret(QStringLiteral("LOKET_PASSWORD"),
                   QCoreApplication::translate("loket::cli::CliContext", "Password for %1: ").arg(user));
        m_actor = AuthService::signIn(db, defaultClock(), user, password);
    }
    return Context(database(), defaultClock(), *m_actor);
}

Context CliContext::requireUser()
{
    return userContext();
}

QString CliContext::secret(const QString& envVar, const QString& prompt, bool confirm)
{
    if (qEnvironmentVariableIsSet(envVar.toLatin1().constData()))
        return qEnvironmentVariable(envVar.toLatin1().constData());
    if (!platform::stdinIsTerminal())
        throw Error::invalid(QCoreApplication::translate("loket::cli::CliContext",
                                                         "No password given: set %1 or run loket-cli on a terminal.")
                                 .arg(envVar),
                             envVar);
    auto readHidden = [this](const QString& text) {
        m_err << text;
        m_err.flush();
        const QString line = platform::readHiddenLine();
        m_err << Qt::endl;
        return line;
    };
    const QString first = readHidden(prompt);
    if (confirm && readHidden(QCoreApplication::translate("loket::cli::CliContext", "Again, to confirm: ")) != first)
        throw Error::invalid(
            QCoreApplication::translate("loket::cli::CliContext", "The two passwords are not the same."), envVar);
    return first;
}

void CliContext::print(const QJsonValue& data, const QString& text)
{
    if (json) {
        QJsonDocument doc = data.isArray() ? QJsonDocument(data.toArray()) : QJsonDocument(data.toObject());
        m_out << doc.toJson(QJsonDocument::Indented);
    } else {
        m_out << text;
        if (!text.endsWith(QLatin1Char('\n')))
            m_out << '\n';
    }
    m_out.flush();
}

} // namespace loket::cli
