#pragma once

#include <QtGlobal>

namespace loket {

class Context;

// Survey forms for the demo database: a believable spread of scores over the last four survey
// periods (as the standard's surveys per year make them; the current one up to today) and over
// the current services, deterministic for a seed. Returns how many forms were written.
class SurveyDemo
{
public:
    static int generate(const Context& ctx, int formsPerPeriod, quint32 seed);
};

} // namespace loket
