#pragma once

#include <QString>

namespace loket {

// The person applying (pemohon). Found again by NIK, so a returning applicant is not typed twice.
struct Applicant
{
    QString id;
    QString name;
    QString nik;
    QString phone;
    QString email;
    QString address;
    int rowVersion = 0;

    bool isNew() const { return id.isEmpty(); }
};

} // namespace loket
