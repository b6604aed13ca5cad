#include "Migrator.h"

#include "Database.h"
#include "Transaction.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <sqlite3.h>

namespace loket {

QList<Migrator::Migration> Migrator::available()
{
    static const QList<Migration> list = [] {
        QList<Migration> found;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
        const QStringList files = QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name);
        for (const QString& f : files) {
            const auto m = pattern.match(f);
            if (m.hasMatch())
                found.append({m.captured(1).toInt(), m.captured(2), QStringLiteral(":/sql/") + f});
        }
        std::sort(found.begin(), found.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
        return found;
    }();
    return list;
}

int Migrator::latestVersion()
{
    const auto list = available();
    return list.isEmpty() ? 0 : list.last().version;
}

void Migrator::migrate(int target)
{
    if (target < 0)
        target = latestVersion();
    const int current = m_db.schemaVersion();
    for (const Migration& m : available()) {
        if (m.version > current && m.version <= target)
            apply(m);
    }
}

void Migrator::apply(const Migration& m)
{
    QFile file(m.resource);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::storage(QCoreApplication::translate("loket::Migrator", "Migration %1 is missing from the program.")
                                 .arg(m.resource));
    // The version is an integer from our own file name, never user input.
    const QByteArray script = file.readAll() + "\nPRAGMA user_version = " + QByteArray::number(m.version) + ";\n";

    Transaction tx(m_db.handle());
    char* message = nullptr;
    // sqlite3_exec runs the whole script (triggers included) inside the open transaction.
    const int rc = sqlite3_exec(m_db.sqliteHandle(), script.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        throw Error::storage(QCoreApplication::translate("loket::Migrator", "Migration %1 (%2) failed: %3")
                                 .arg(m.version, 3, 10, QLatin1Char('0'))
                                 .arg(m.name, text));
    }
    tx.commit();
}

} // namespace loket
