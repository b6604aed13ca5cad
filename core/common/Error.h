#pragma once

#include <QString>
#include <exception>

namespace loket {

// The one exception core throws. The message is already translated and names the field or
// line at fault, so any front end can show it as it is.
class Error : public std::exception
{
public:
    enum class Kind {
        Invalid,    // bad input from a user or a file
        Storage,    // the database failed or refused
        Permission, // the actor may not do this
        NotFound,   // no such record
        Conflict,   // the record changed or the state does not allow it
    };

    Error(Kind kind, QString message, QString field = {}, QString detail = {});

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }
    const QString& field() const { return m_field; }
    // Technical detail (a query and its values) for logs, never shown as the message.
    const QString& detail() const { return m_detail; }
    const char* what() const noexcept override { return m_what.constData(); }

    static Error invalid(const QString& message, const QString& field = {});
    static Error storage(const QString& message, const QString& detail = {});
    static Error permission(const QString& message);
    static Error notFound(const QString& message);
    // `field`: what the conflict is about, for callers that tell one refusal from another.
    static Error conflict(const QString& message, const QString& field = {});

private:
    Kind m_kind;
    QString m_message;
    QString m_field;
    QString m_detail;
    QByteArray m_what;
};

} // namespace loket
