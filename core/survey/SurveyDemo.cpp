#include "SurveyDemo.h"

#include "SurveyElements.h"
#include "SurveyService.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "storage/Database.h"

#include <QRandomGenerator>

namespace loket {

int SurveyDemo::generate(const Context& ctx, int formsPerPeriod, quint32 seed)
{
    QRandomGenerator random(seed);
    // The periods the standard's surveys per year make (quarters for "4 kali dalam 1 tahun").
    const int months = SurveyService::monthsPerPeriod(SurveyService::surveysPerYear(ctx.database()));
    const QDate today = ctx.clock().today();
    QStringList services;
    for (const ServiceStandard& s : CatalogRepository(ctx.database()).listCurrent())
        services << s.kbli;
    if (services.isEmpty())
        services << QStringLiteral("71205");
    QDate currentFrom, currentTo;
    SurveyService::parsePeriod(SurveyService::periodOf(today, months), &currentFrom, &currentTo);
    int written = 0;
    for (int back = 3; back >= 0; --back) {
        // Four periods up to today's, each a little better than the one before, as offices report.
        const QDate start = currentFrom.addMonths(-months * back);
        const QDate end = back == 0 ? today : start.addMonths(months).addDays(-1);
        const int days = int(start.daysTo(end)) + 1;
        const int good = 55 + 8 * (3 - back); // percent of 4s among 3s and 4s
        for (int i = 0; i < formsPerPeriod; ++i) {
            SurveyResponse r;
            r.receivedOn = start.addDays(random.bounded(days));
            r.serviceKbli = services.at(int(random.bounded(int(services.size()))));
            r.gender = random.bounded(2) ? QStringLiteral("L") : QStringLiteral("P");
            for (const SurveyElement& e : SurveyElements::builtIn()) {
                const int roll = random.bounded(100);
                // Waiting time (U3) draws the most complaints at counters.
                const int penalty = e.key == QLatin1String("U3") ? 15 : 0;
                r.answers.insert(e.key, roll < 3 + penalty / 3 ? 2 : roll < good - penalty ? 4 : 3);
            }
            SurveyService::record(ctx, r);
            ++written;
        }
    }
    return written;
}

} // namespace loket
