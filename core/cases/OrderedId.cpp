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
    const quint64 high = (ms << 16) | 0x7000 | seq; // time, version 7, counter
    const quint64 low = (QRandomGenerator::global()->generate64() & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL; // variant
    // xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, written by hand: imports make millions of these.
    static const char hex[] = "0123456789abcdef";
    char out[36];
    int pos = 0;
    const quint64 words[2] = {high, low};
    for (int w = 0; w < 2; ++w) {
        for (int n = 15; n >= 0; --n) {
            const int index = w * 16 + (15 - n);
            if (index == 8 || index == 12 || index == 16 || index == 20)
                out[pos++] = '-';
            out[pos++] = hex[(words[w] >> (n * 4)) & 0xF];
        }
    }
    return QString::fromLatin1(out, 36);
}

} // namespace loket
