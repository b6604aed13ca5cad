#pragma once

#include <QCoreApplication>

#include <QtGlobal>

namespace loket {

class Context;

// Complaints and suggestions for the demo database, through the same services an officer uses:
// one per complaint channel of the standard (component 6, items a to m), about handed-over demo
// cases; complaints inside the 30-day window and suggestions after it; the three resolution paths
// each carried to the end once (internal and technical level by level to the head, APIP after an
// unresolved internal attempt with the head's approval); some left open past their 14 working
// days. Answers go back by the channel the complaint came in by. Deterministic for a seed.
class ComplaintDemo
{
    Q_DECLARE_TR_FUNCTIONS(loket::ComplaintDemo)
public:
    struct Summary
    {
        int complaints = 0;
        int suggestions = 0;
        int closed = 0;
    };
    // Needs demo users (DemoUsers) and handed-over demo cases; writes nothing without them.
    static Summary generate(const Context& ctx, quint32 seed);
};

} // namespace loket
