#pragma once

#include "CalendarService.h"

#include <QSqlDatabase>

namespace loket {

class Context;

// All SQL of the working calendar: the two day layers, confirmed years and version history.
class CalendarRepository
{
public:
    explicit CalendarRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    struct Snapshot
    {
        QList<CalendarEntry> national;
        QList<CalendarEntry> office;
        QSet<int> confirmed;
    };
    struct Head
    {
        int version = 0;
        QString id; // unique per version row, so caches never mix databases
    };

    Head head() const;
    Snapshot load() const;

    // Inside the caller's transaction.
    void applyChange(const Context& ctx, const CalendarDayChange& change, int version);
    void confirmYear(const Context& ctx, int year);
    void insertVersion(const Context& ctx, int version, const QString& action, const QString& reason,
                       const QJsonObject& changes);
    QList<CalendarVersionInfo> history(int limit) const;

    static QJsonObject changeToJson(const CalendarDayChange& change);
    static CalendarDayChange changeFromJson(const QJsonObject& o);

private:
    QSqlDatabase m_db;
};

} // namespace loket
