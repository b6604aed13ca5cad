#include "StaffProfile.h"

#include <QCoreApplication>

namespace loket {

namespace {
struct Level
{
    Education education;
    const char* key;
    const char* title;
};

const Level kLevels[] = {
    {Education::None, "", QT_TRANSLATE_NOOP("loket::StaffProfile", "Not recorded")},
    {Education::SD, "sd", QT_TRANSLATE_NOOP("loket::StaffProfile", "Primary school (SD)")},
    {Education::SMP, "smp", QT_TRANSLATE_NOOP("loket::StaffProfile", "Junior high school (SMP)")},
    {Education::SMA, "sma", QT_TRANSLATE_NOOP("loket::StaffProfile", "Senior high school (SMA/SMK)")},
    {Education::D1, "d1", QT_TRANSLATE_NOOP("loket::StaffProfile", "Diploma 1 (D1)")},
    {Education::D2, "d2", QT_TRANSLATE_NOOP("loket::StaffProfile", "Diploma 2 (D2)")},
    {Education::D3, "d3", QT_TRANSLATE_NOOP("loket::StaffProfile", "Diploma 3 (D3)")},
    {Education::D4, "d4", QT_TRANSLATE_NOOP("loket::StaffProfile", "Applied bachelor (D4)")},
    {Education::S1, "s1", QT_TRANSLATE_NOOP("loket::StaffProfile", "Bachelor (S1)")},
    {Education::S2, "s2", QT_TRANSLATE_NOOP("loket::StaffProfile", "Master (S2)")},
    {Education::S3, "s3", QT_TRANSLATE_NOOP("loket::StaffProfile", "Doctorate (S3)")},
};
} // namespace

bool StaffProfile::meetsEducationStandard() const
{
    if (education >= Education::D4)
        return true;
    if (education < Education::SMA)
        return false;
    return govExperienceYears >= 5 || ptspExperienceYears >= 3 || technicalCompetence;
}

const QList<Education>& allEducationLevels()
{
    static const QList<Education> all = [] {
        QList<Education> list;
        for (const Level& l : kLevels)
            list.append(l.education);
        return list;
    }();
    return all;
}

QString educationKey(Education e)
{
    for (const Level& l : kLevels)
        if (l.education == e)
            return QString::fromLatin1(l.key);
    return {};
}

bool educationFromKey(const QString& key, Education* out)
{
    for (const Level& l : kLevels) {
        if (key.compare(QLatin1String(l.key), Qt::CaseInsensitive) == 0) {
            *out = l.education;
            return true;
        }
    }
    return false;
}

QString educationTitle(Education e)
{
    for (const Level& l : kLevels)
        if (l.education == e)
            return QCoreApplication::translate("loket::StaffProfile", l.title);
    return {};
}

} // namespace loket
