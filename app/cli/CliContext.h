#pragma once

#include "CliArgs.h"
#include "common/Context.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonValue>
#include <QTextStream>
#include <memory>
#include <optional>

namespace loket::cli {

// Exit codes of loket-cli (see docs/CLI.md).
enum Exit
{
    ExitOk = 0,
    ExitFailure = 1, // a check found problems (check, audit verify, receipt verify)
    ExitUsage = 2,
    ExitInvalid = 3, // bad input: a value, a file, a record that does not exist
    ExitStorage = 4,
    ExitPermission = 5, // signed in, but not allowed
};

// Shared state of one loket-cli run: global options, output streams, the database.
class CliContext
{
public:
    CliContext();

    QString dbPath;
    // When set (demo-setup on a new file), the built-in catalogue is imported as of this time.
    std::optional<QDateTime> catalogueSince;
    bool json = false;
    QString user;
    QString lang;

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Opens (and migrates) the database on first use. A missing or empty file is refused (exit 3,
    // pointing to init): only init and demo-setup create one, passing options with create set.
    Database& database();
    Database& database(const Database::OpenOptions& options);
    // The service context for an anonymous read: no permissions beyond reading.
    Context anonymousContext();
    // The service context of the acting user: --user NAME, signed in with the password from
    // LOKET_PASSWORD (or a prompt on a terminal). Throws Error::permission (exit 5) without --user
    // and Error::invalid (exit 3) for a wrong name or password or a locked account.
    Context userContext();
    // The same; the name says what a command needs.
    Context requireUser();
    // A secret from the environment variable, else typed at a terminal without echo (twice when
    // `confirm`). Throws Error::invalid when neither is possible.
    QString secret(const QString& envVar, const QString& prompt, bool confirm = false);

    // Prints data: JSON on stdout with --json, else the text.
    void print(const QJsonValue& data, const QString& text);
    void message(const QString& text) { m_err << text << Qt::endl; }

private:
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Database> m_db;
    std::optional<Actor> m_actor; // signed in once per run
};

} // namespace loket::cli
