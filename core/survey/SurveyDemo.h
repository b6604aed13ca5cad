#pragma once

#include <QtGlobal>

namespace loket {

class Context;

// Survey forms for the demo database: a believable spread of scores over the last four
// quarters, deterministic for a seed. Returns how many forms were written.
class SurveyDemo
{
public:
    static int generate(const Context& ctx, int formsPerQuarter, quint32 seed);
};

} // namespace loket
