#pragma once

// What every benchmark prints for its scripts/bench-* script: "RESULT key value unit goal G ok|MISSED"
// lines (and INFO lines of its own), read into docs/PERFORMANCE.md.
#include <QElapsedTimer>
#include <QString>
#include <QTextStream>
#include <sys/resource.h>

namespace loket::bench {

inline QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

template <typename F> double timeMs(F&& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU seconds this process has used (user and system): on a busy machine the wall time of a step
// says more about the neighbours than about the step.
inline double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

inline void result(const char* key, double value, const char* unit, double goal)
{
    out() << QStringLiteral("RESULT %1 %2 %3 goal %4 %5\n")
                 .arg(QString::fromLatin1(key))
                 .arg(value, 0, 'f', value < 100 ? 2 : 0)
                 .arg(QString::fromLatin1(unit))
                 .arg(goal)
                 .arg(value <= goal ? QStringLiteral("ok") : QStringLiteral("MISSED"));
    out().flush();
}

} // namespace loket::bench
