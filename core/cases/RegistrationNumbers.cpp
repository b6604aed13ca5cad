#include "RegistrationNumbers.h"

#include "OrderedId.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "settings/SettingsRepository.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace loket {

namespace {
const QRegularExpression& tokenPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([a-z]+)(?::(0?)(\\d{1,2}))?\\}"));
    return re;
}
} // namespace

QString RegistrationNumbers::defaultPattern()
{
    return QStringLiteral("{office}/{service}/{year}/{ws}/{seq:05}");
}

void RegistrationNumbers::validatePattern(const QString& pattern)
{
    const QString field = QStringLiteral("numbering.pattern");
    static const QStringList known{QStringLiteral("office"), QStringLiteral("service"), QStringLiteral("year"),
                                   QStringLiteral("yy"),     QStringLiteral("month"),   QStringLiteral("ws"),
                                   QStringLiteral("seq")};
    QStringList seen;
    auto it = tokenPattern().globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!known.contains(m.captured(1)))
            throw Error::invalid(tr("The numbering pattern has an unknown field {%1}; use {office}, {service}, "
                                    "{year}, {yy}, {month}, {ws} and {seq:05}.")
                                     .arg(m.captured(1)),
                                 field);
        seen << m.captured(1);
    }
    QString rest = pattern;
    rest.remove(tokenPattern());
    if (rest.contains(QLatin1Char('{')) || rest.contains(QLatin1Char('}')))
        throw Error::invalid(tr("The numbering pattern has an unclosed or malformed {field}."), field);
    if (!seen.contains(QStringLiteral("ws")))
        throw Error::invalid(tr("The numbering pattern must contain {ws}, the workstation code, so counters that "
                                "work offline never give out the same number."),
                             field);
    if (!seen.contains(QStringLiteral("seq")))
        throw Error::invalid(tr("The numbering pattern must contain {seq}, the running number."), field);
    if (!seen.contains(QStringLiteral("year")) && !seen.contains(QStringLiteral("yy")))
        throw Error::invalid(tr("The numbering pattern must contain {year} or {yy}: the running number starts "
                                "again each year."),
                             field);
}

QList<RegistrationNumbers::Piece> RegistrationNumbers::parse(const QString& pattern)
{
    QList<Piece> pieces;
    qsizetype last = 0;
    auto it = tokenPattern().globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() > last)
            pieces.append(Piece{pattern.mid(last, m.capturedStart() - last), {}, 0});
        last = m.capturedEnd();
        pieces.append(Piece{{}, m.captured(1), m.captured(3).isEmpty() ? 0 : m.captured(3).toInt()});
    }
    if (last < pattern.size())
        pieces.append(Piece{pattern.mid(last), {}, 0});
    return pieces;
}

QString RegistrationNumbers::format(const QString& pattern, const Fields& f)
{
    return format(parse(pattern), f);
}

QString RegistrationNumbers::format(const QList<Piece>& pieces, const Fields& f)
{
    QString out;
    for (const Piece& p : pieces) {
        const QString& name = p.name;
        if (name.isEmpty())
            out += p.literal;
        else if (name == QLatin1String("office"))
            out += f.office;
        else if (name == QLatin1String("service"))
            out += f.service;
        else if (name == QLatin1String("year"))
            out += QString::number(f.date.year());
        else if (name == QLatin1String("yy"))
            out += QStringLiteral("%1").arg(f.date.year() % 100, 2, 10, QLatin1Char('0'));
        else if (name == QLatin1String("month"))
            out += QStringLiteral("%1").arg(f.date.month(), 2, 10, QLatin1Char('0'));
        else if (name == QLatin1String("ws"))
            out += f.workstation;
        else if (name == QLatin1String("seq"))
            out += QStringLiteral("%1").arg(f.sequence, p.width, 10, QLatin1Char('0'));
    }
    return out;
}

QRegularExpression RegistrationNumbers::matcher() const
{
    QString re = QStringLiteral("^");
    for (const Piece& p : m_pieces) {
        const QString& name = p.name;
        if (name.isEmpty())
            re += QRegularExpression::escape(p.literal);
        else if (name == QLatin1String("office"))
            re += QRegularExpression::escape(m_office);
        else if (name == QLatin1String("service"))
            re += QStringLiteral("\\d{5}");
        else if (name == QLatin1String("year"))
            re += QStringLiteral("\\d{4}");
        else if (name == QLatin1String("yy") || name == QLatin1String("month"))
            re += QStringLiteral("\\d{2}");
        else if (name == QLatin1String("ws"))
            re += QStringLiteral("[A-Za-z0-9_-]{1,16}");
        else if (name == QLatin1String("seq"))
            re += QStringLiteral("\\d{%1,12}").arg(qMax(1, p.width));
    }
    re += QLatin1Char('$');
    return QRegularExpression(re);
}

RegistrationNumbers::RegistrationNumbers(const Context& ctx) : m_ctx(ctx)
{
    const SettingsRepository settings(ctx.database());
    m_pattern = settings.value(QStringLiteral("numbering.pattern"), defaultPattern()).trimmed();
    if (m_pattern.isEmpty())
        m_pattern = defaultPattern();
    validatePattern(m_pattern);
    m_pieces = parse(m_pattern);
    m_office = settings.value(QStringLiteral("office.code"), QStringLiteral("DPMPTSP")).trimmed();
    if (m_office.isEmpty())
        m_office = QStringLiteral("DPMPTSP");
}

qint64 RegistrationNumbers::reserve(int year, qint64 count)
{
    const QString now = toStoredTime(m_ctx.clock().now());
    const qint64 last = SqlQuery(m_ctx.db(), QStringLiteral(
                                                 "INSERT INTO registration_sequences (id, seq_ws, seq_year, last_value, "
                                                 "created_at, updated_at, workstation, row_version) VALUES (:id, :ws, "
                                                 ":year, :count, :now, :now, :ws, 1) ON CONFLICT (seq_ws, seq_year) DO "
                                                 "UPDATE SET last_value = last_value + excluded.last_value, "
                                                 "updated_at = excluded.updated_at, row_version = row_version + 1 "
                                                 "RETURNING last_value"))
                            .bind(QStringLiteral(":id"), OrderedId::next())
                            .bind(QStringLiteral(":ws"), m_ctx.workstation())
                            .bind(QStringLiteral(":year"), year)
                            .bind(QStringLiteral(":count"), count)
                            .bind(QStringLiteral(":now"), now)
                            .scalar()
                            .toLongLong();
    return last - count + 1;
}

QString RegistrationNumbers::formatWith(const QString& serviceKbli, const QDate& date, qint64 sequence) const
{
    return format(m_pieces, Fields{m_office, serviceKbli, date, m_ctx.workstation(), sequence});
}

QString RegistrationNumbers::next(const QString& serviceKbli, const QDate& date)
{
    return formatWith(serviceKbli, date, reserve(date.year(), 1));
}

} // namespace loket
