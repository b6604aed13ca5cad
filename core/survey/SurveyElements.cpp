#include "SurveyElements.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace loket {

const QList<SurveyElement>& SurveyElements::builtIn()
{
    static const QList<SurveyElement> elements = [] {
        QList<SurveyElement> list;
        QFile f(QStringLiteral(":/data/survey/elements.json"));
        if (!f.open(QIODevice::ReadOnly))
            return list;
        const QJsonArray items = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("elements")).toArray();
        for (const QJsonValue& v : items) {
            const QJsonObject o = v.toObject();
            list.append({o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("name")).toString(),
                         o.value(QStringLiteral("question")).toString()});
        }
        return list;
    }();
    return elements;
}

} // namespace loket
