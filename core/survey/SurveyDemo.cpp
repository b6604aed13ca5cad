#include "SurveyDemo.h"

#include "SurveyElements.h"
#include "SurveyService.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "storage/Database.h"

#include <QRandomGenerator>

namespace loket {

int SurveyDemo::generate(const Context& ctx, int formsPerQuarter, quint32 seed)
{
    QRandomGenerator random(seed);
    const SurveyService service(ctx.database());
    const QDate today = ctx.clock().today();
    int written = 0;
    for (int quarter = 0; quarter < 4; ++quarter) {
        // Each quarter a little better than the one before, as offices usually report.
        const QDate end = today.addMonths(-3 * quarter);
        const QDate start = end.addDays(-85);
        const int good = 55 + 8 * (3 - quarter); // percent of 4s among 3s and 4s
        for (int i = 0; i < formsPerQuarter; ++i) {
            SurveyResponse r;
            r.receivedOn = start.addDays(random.bounded(86));
            r.serviceKbli = QStringLiteral("71205");
            r.gender = random.bounded(2) ? QStringLiteral("L") : QStringLiteral("P");
            for (const SurveyElement& e : SurveyElements::builtIn()) {
                const int roll = random.bounded(100);
                // Waiting time (U3) draws the most complaints at counters.
                const int penalty = e.key == QLatin1String("U3") ? 15 : 0;
                r.answers.insert(e.key, roll < 3 + penalty / 3 ? 2 : roll < good - penalty ? 4 : 3);
            }
            service.record(ctx, r);
            ++written;
        }
    }
    return written;
}

} // namespace loket
