#include "BusinessScale.h"

#include <QCoreApplication>

namespace loket {

namespace {
constexpr qint64 kBillion = 1'000'000'000LL;
}

BusinessScale BusinessScaleRules::forCapital(qint64 rupiah)
{
    if (rupiah <= 1 * kBillion)
        return BusinessScale::Mikro;
    if (rupiah <= 5 * kBillion)
        return BusinessScale::Kecil;
    if (rupiah <= 10 * kBillion)
        return BusinessScale::Menengah;
    return BusinessScale::Besar;
}

QString BusinessScaleRules::key(BusinessScale scale)
{
    switch (scale) {
    case BusinessScale::Mikro: return QStringLiteral("mikro");
    case BusinessScale::Kecil: return QStringLiteral("kecil");
    case BusinessScale::Menengah: return QStringLiteral("menengah");
    case BusinessScale::Besar: return QStringLiteral("besar");
    }
    return {};
}

bool BusinessScaleRules::fromKey(const QString& key, BusinessScale* out)
{
    for (BusinessScale s : {BusinessScale::Mikro, BusinessScale::Kecil, BusinessScale::Menengah, BusinessScale::Besar}) {
        if (BusinessScaleRules::key(s) == key.trimmed().toLower()) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString BusinessScaleRules::title(BusinessScale scale)
{
    switch (scale) {
    case BusinessScale::Mikro: return QCoreApplication::translate("loket::BusinessScaleRules", "Micro (capital up to Rp1 billion)");
    case BusinessScale::Kecil: return QCoreApplication::translate("loket::BusinessScaleRules", "Small (capital above Rp1 up to Rp5 billion)");
    case BusinessScale::Menengah:
        return QCoreApplication::translate("loket::BusinessScaleRules", "Medium (capital above Rp5 up to Rp10 billion)");
    case BusinessScale::Besar: return QCoreApplication::translate("loket::BusinessScaleRules", "Large (capital above Rp10 billion)");
    }
    return {};
}

} // namespace loket
