#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace loket {

// Every "now" and "today" in Loket comes through a Clock so tests can pin the date.
// Times are reported in Asia/Jakarta (WIB), the office's zone.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }

    static QTimeZone zone();
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override;
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime now);
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now);
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

// The clock the programs use: the system clock, unless LOKET_NOW (ISO date or date-time, in
// Asia/Jakarta) pins it, which scripted demos and CLI tests rely on. Only a build with the CMake
// option LOKET_CLOCK_OVERRIDE (on except for CMAKE_BUILD_TYPE=Release) reads LOKET_NOW.
const Clock& defaultClock();

// The clock for what a user must not be able to move, such as how long a sign-in lockout lasts
// (issue 14): `clock` itself, except when it is defaultClock() pinned by LOKET_NOW; then the
// system clock. Tests that hand a FixedClock in directly keep it.
const Clock& unsettableClock(const Clock& clock);

} // namespace loket
