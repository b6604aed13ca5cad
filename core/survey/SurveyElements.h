#pragma once

#include <QList>
#include <QString>

namespace loket {

struct SurveyElement
{
    QString key;      // U1..U9
    QString name;     // Persyaratan, ...
    QString question; // as asked on the form
};

// The survey's elements come from data (resources/data/survey/elements.json): some offices swap
// U8 and U9, and a regulation change must not need a new program.
class SurveyElements
{
public:
    static const QList<SurveyElement>& builtIn();
};

} // namespace loket
