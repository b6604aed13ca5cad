#include "ScaleRequirement.h"

namespace loket {

bool ScaleRequirement::applies(const QString& requirementText)
{
    return requirementText.contains(QStringLiteral("skala industri kecil"), Qt::CaseInsensitive) ||
           requirementText.contains(QStringLiteral("industri menengah"), Qt::CaseInsensitive);
}

QString ScaleRequirement::warning(const QString& requirementText, BusinessScale scale)
{
    if (!applies(requirementText) || scale == BusinessScale::Kecil || scale == BusinessScale::Menengah)
        return {};
    return tr("Warning: the business's scale as recorded is %1, while this requirement asks for a small or medium "
              "industry. The officer decides.")
        .arg(BusinessScaleRules::title(scale));
}

QHash<QString, QString> ScaleRequirement::warnings(const ServiceStandard& standard, BusinessScale scale)
{
    QHash<QString, QString> out;
    for (const Requirement& r : standard.requirements) {
        const QString w = warning(r.text, scale);
        if (!w.isEmpty())
            out.insert(r.key, w);
    }
    return out;
}

void ScaleRequirement::annotate(QList<ChecklistItem>& items, BusinessScale scale)
{
    for (ChecklistItem& item : items) {
        const QString w = warning(item.requirementText, scale);
        if (w.isEmpty() || item.note.contains(w))
            continue;
        item.note = item.note.trimmed().isEmpty() ? w : item.note.trimmed() + QStringLiteral(" — ") + w;
    }
}

void ScaleRequirement::recheck(QList<ChecklistItem>& items, BusinessScale scale)
{
    for (ChecklistItem& item : items) {
        if (!applies(item.requirementText))
            continue;
        for (BusinessScale other : {BusinessScale::Mikro, BusinessScale::Besar}) {
            if (other == scale)
                continue;
            const QString stale = warning(item.requirementText, other);
            if (!item.note.contains(stale))
                continue;
            QStringList parts = item.note.split(QStringLiteral(" — "));
            parts.removeAll(stale);
            item.note = parts.join(QStringLiteral(" — ")).remove(stale).trimmed();
        }
    }
    annotate(items, scale);
}

} // namespace loket
