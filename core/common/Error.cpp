#include "Error.h"

namespace loket {

Error::Error(Kind kind, QString message, QString field, QString detail)
    : m_kind(kind), m_message(std::move(message)), m_field(std::move(field)), m_detail(std::move(detail))
{
    m_what = m_message.toUtf8();
    if (!m_detail.isEmpty())
        m_what += " [" + m_detail.toUtf8() + "]";
}

Error Error::invalid(const QString& message, const QString& field)
{
    return Error(Kind::Invalid, message, field);
}

Error Error::storage(const QString& message, const QString& detail)
{
    return Error(Kind::Storage, message, {}, detail);
}

Error Error::permission(const QString& message)
{
    return Error(Kind::Permission, message);
}

Error Error::notFound(const QString& message)
{
    return Error(Kind::NotFound, message);
}

Error Error::conflict(const QString& message, const QString& field)
{
    return Error(Kind::Conflict, message, field);
}

} // namespace loket
