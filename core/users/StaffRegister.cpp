#include "StaffRegister.h"

#include "UserRepository.h"
#include "catalog/CatalogRepository.h"
#include "settings/SettingsRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace loket {

StaffRegister::Row StaffRegister::evaluate(const UserRecord& user, const QList<TrainingRecord>& training)
{
    Row row;
    row.user = user;
    row.meetsEducation = user.profile.meetsEducationStandard();
    if (!row.meetsEducation)
        row.missing << QCoreApplication::translate("loket::StaffRegister",
                                                   "education (Sarjana, or SMA with 5 years in government, 3 years in "
                                                   "PTSP or technical competence)");
    for (TrainingCourse course : requiredTrainingCourses()) {
        const bool done =
            std::any_of(training.begin(), training.end(), [&](const TrainingRecord& t) { return t.course == course; });
        if (done)
            row.completed << course;
        else
            row.missing << trainingCourseTitle(course);
    }
    return row;
}

int StaffRegister::standardCount(const Database& db)
{
    int count = 0;
    for (const ServiceStandard& s : CatalogRepository(db).listCurrent())
        count = qMax(count, s.staffCount);
    return count;
}

StaffRegister::Report StaffRegister::build(const Context& ctx)
{
    if (!ctx.actor().can(Permission::ViewReports))
        ctx.require(Permission::ManageUsers);
    UserRepository repo(ctx.db());
    QHash<QString, QList<TrainingRecord>> byUser;
    for (const TrainingRecord& t : repo.allTraining())
        byUser[t.userId].append(t);
    Report report;
    report.requiredCount = SettingsRepository(ctx.database())
                               .intValue(QString::fromLatin1(kRequiredCountKey), standardCount(ctx.database()));
    for (const UserRecord& u : repo.all()) {
        if (u.disabled)
            continue;
        report.rows.append(evaluate(u, byUser.value(u.id)));
        if (report.rows.last().meetsStandard())
            ++report.meetingCount;
    }
    report.activeCount = int(report.rows.size());
    return report;
}

QJsonObject StaffRegister::Report::toJson() const
{
    QJsonArray staff;
    for (const Row& r : rows) {
        QJsonArray done;
        for (TrainingCourse c : r.completed)
            done.append(trainingCourseKey(c));
        staff.append(QJsonObject{{QStringLiteral("username"), r.user.username},
                                 {QStringLiteral("display_name"), r.user.displayName},
                                 {QStringLiteral("education"), educationKey(r.user.profile.education)},
                                 {QStringLiteral("meets_education"), r.meetsEducation},
                                 {QStringLiteral("training"), done},
                                 {QStringLiteral("meets_standard"), r.meetsStandard()},
                                 {QStringLiteral("missing"), QJsonArray::fromStringList(r.missing)}});
    }
    return {{QStringLiteral("required_count"), requiredCount},
            {QStringLiteral("active_count"), activeCount},
            {QStringLiteral("meeting_count"), meetingCount},
            {QStringLiteral("staff"), staff}};
}

} // namespace loket
