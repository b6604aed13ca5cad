#include "DayInfo.h"

#include <QCoreApplication>

namespace loket {

QString dayKindKey(DayKind kind)
{
    switch (kind) {
    case DayKind::Workday: return QStringLiteral("workday");
    case DayKind::Weekend: return QStringLiteral("weekend");
    case DayKind::NationalHoliday: return QStringLiteral("holiday");
    case DayKind::CutiBersama: return QStringLiteral("cuti");
    case DayKind::LocalClosure: return QStringLiteral("closure");
    case DayKind::WorkingOverride: return QStringLiteral("working");
    }
    return {};
}

bool dayKindFromKey(const QString& key, DayKind* out)
{
    const QString k = key.trimmed().toLower();
    static const QList<std::pair<QString, DayKind>> keys = {
        {QStringLiteral("workday"), DayKind::Workday},
        {QStringLiteral("weekend"), DayKind::Weekend},
        {QStringLiteral("holiday"), DayKind::NationalHoliday},
        {QStringLiteral("libur"), DayKind::NationalHoliday},
        {QStringLiteral("national_holiday"), DayKind::NationalHoliday},
        {QStringLiteral("cuti"), DayKind::CutiBersama},
        {QStringLiteral("cuti_bersama"), DayKind::CutiBersama},
        {QStringLiteral("closure"), DayKind::LocalClosure},
        {QStringLiteral("local_closure"), DayKind::LocalClosure},
        {QStringLiteral("working"), DayKind::WorkingOverride},
        {QStringLiteral("working_override"), DayKind::WorkingOverride},
    };
    for (const auto& [name, kind] : keys) {
        if (name == k) {
            *out = kind;
            return true;
        }
    }
    return false;
}

QString dayKindTitle(DayKind kind)
{
    switch (kind) {
    case DayKind::Workday: return QCoreApplication::translate("loket::DayKind", "Working day");
    case DayKind::Weekend: return QCoreApplication::translate("loket::DayKind", "Weekend");
    case DayKind::NationalHoliday: return QCoreApplication::translate("loket::DayKind", "National holiday");
    case DayKind::CutiBersama: return QCoreApplication::translate("loket::DayKind", "Cuti bersama");
    case DayKind::LocalClosure: return QCoreApplication::translate("loket::DayKind", "Office closed");
    case DayKind::WorkingOverride: return QCoreApplication::translate("loket::DayKind", "Declared working day");
    }
    return {};
}

bool dayKindIsWorking(DayKind kind)
{
    return kind == DayKind::Workday || kind == DayKind::WorkingOverride;
}

bool dayKindTakesName(DayKind kind)
{
    return kind != DayKind::Workday;
}

bool dayKindIsNational(DayKind kind)
{
    return kind == DayKind::NationalHoliday || kind == DayKind::CutiBersama;
}

} // namespace loket
