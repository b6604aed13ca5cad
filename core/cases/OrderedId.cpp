#include "OrderedId.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

namespace loket {

QString OrderedId::next()
{
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint16 counter = 0;
    quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    quint16 seq;
    {
        // Within one millisecond a 12-bit counter keeps the order; it starts at a random point.
        QMutexLocker lock(&mutex);
        if (qint64(ms) <= lastMs) {
            ms = quint64(lastMs);
            if (++counter > 0x0FFF) {
                ++ms;
                counter = quint16(QRandomGenerator::global()->bounded(0x0800));
            }
        } else {
            counter = quint16(QRandomGenerator::global()->bounded(0x0800));
        }
        lastMs = qint64(ms);
        seq = counter;
    }
    const quint64 high = (ms << 16) | 0x7000 | seq;                              // time, version 7, counter
    const quint64 low = (QRandomGenerator::global()->generate64() & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL; // variant 10
    const QString h = QStringLiteral("%1").arg(high, 16, 16, QLatin1Char('0'));
    const QString l = QStringLiteral("%1").arg(low, 16, 16, QLatin1Char('0'));
    return h.left(8) + QLatin1Char('-') + h.mid(8, 4) + QLatin1Char('-') + h.mid(12, 4) + QLatin1Char('-') + l.left(4) +
           QLatin1Char('-') + l.mid(4);
}

} // namespace loket
