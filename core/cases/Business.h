#pragma once

#include "BusinessScale.h"

#include <QString>
#include <QStringList>

namespace loket {

// The business the permit is for. Found again by NIB or name. A business applying for its first
// NIB has none yet: the NIB issued with the permit is written back to it.
struct Business
{
    QString id;
    QString name;
    QString nib;
    QString npwp;
    QStringList kbliCodes;
    qint64 capital = 0; // rupiah, without land and buildings: decides the scale
    BusinessScale scale = BusinessScale::Mikro;
    bool inIndustrialEstate = false;
    QString siinasAccount;
    QString address;
    int rowVersion = 0;

    bool isNew() const { return id.isEmpty(); }
};

} // namespace loket
