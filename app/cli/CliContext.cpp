#include "CliContext.h"

#include "common/Clock.h"
#include "setup/Bootstrap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace loket::cli {

CliContext::CliContext() : m_out(stdout), m_err(stderr)
{
}

Database& CliContext::database(const Database::OpenOptions& options)
{
    if (!m_db) {
        auto db = std::make_unique<Database>();
        db->open(dbPath.isEmpty() ? Database::defaultPath() : dbPath, options);
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
    return Context(database(), defaultClock(), Actor::systemActor());
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
