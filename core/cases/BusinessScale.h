#pragma once

#include <QString>

namespace loket {

// Business scale by capital excluding land and buildings (PP 7/2021).
enum class BusinessScale {
    Mikro,    // up to Rp1 billion
    Kecil,    // above Rp1 up to Rp5 billion
    Menengah, // above Rp5 up to Rp10 billion
    Besar,    // above Rp10 billion
};

class BusinessScaleRules
{
public:
    static BusinessScale forCapital(qint64 rupiah);
    static QString key(BusinessScale scale);
    static bool fromKey(const QString& key, BusinessScale* out);
    static QString title(BusinessScale scale); // translated, with its capital band
};

} // namespace loket
