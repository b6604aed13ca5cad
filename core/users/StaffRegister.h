#pragma once

#include "TrainingRecord.h"
#include "UserRecord.h"
#include "common/Context.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace loket {

// Who meets the standard's competence list (Kompetensi Pelaksana: education and the three
// Diklat courses) and how the staff count compares with the standard's (Jumlah Pelaksana).
class StaffRegister
{
public:
    // An office setting that overrides the standard's figure; without it the count is component 11
    // of the current standards ("Jumlah Pelaksana: 30 Orang"), 0 when no standard states one.
    static constexpr const char* kRequiredCountKey = "staff.required_count";
    static int standardCount(const Database& db);

    struct Row
    {
        UserRecord user;
        bool meetsEducation = false;
        QList<TrainingCourse> completed; // of the required courses
        QStringList missing;             // translated, what keeps this person from the standard
        bool meetsStandard() const { return missing.isEmpty(); }
    };

    struct Report
    {
        int requiredCount = 0;
        int activeCount = 0;
        int meetingCount = 0;
        QList<Row> rows; // active staff, by name
        QJsonObject toJson() const;
    };

    // Needs ManageUsers or ViewReports.
    static Report build(const Context& ctx);
    static Row evaluate(const UserRecord& user, const QList<TrainingRecord>& training);
};

} // namespace loket
