#include "TrainingRecord.h"

#include <QCoreApplication>

namespace loket {

namespace {
struct Course
{
    TrainingCourse course;
    const char* key;
    const char* title;
};

const Course kCourses[] = {
    {TrainingCourse::DiklatPtsp, "diklat_ptsp", QT_TRANSLATE_NOOP("loket::TrainingRecord", "Diklat PTSP")},
    {TrainingCourse::DiklatOss, "diklat_oss", QT_TRANSLATE_NOOP("loket::TrainingRecord", "Diklat OSS")},
    {TrainingCourse::DiklatKepribadian, "diklat_kepribadian",
     QT_TRANSLATE_NOOP("loket::TrainingRecord", "Diklat Kepribadian (personal conduct)")},
    {TrainingCourse::Other, "other", QT_TRANSLATE_NOOP("loket::TrainingRecord", "Other training")},
};
} // namespace

const QList<TrainingCourse>& allTrainingCourses()
{
    static const QList<TrainingCourse> all{TrainingCourse::DiklatPtsp, TrainingCourse::DiklatOss,
                                           TrainingCourse::DiklatKepribadian, TrainingCourse::Other};
    return all;
}

const QList<TrainingCourse>& requiredTrainingCourses()
{
    static const QList<TrainingCourse> required{TrainingCourse::DiklatPtsp, TrainingCourse::DiklatOss,
                                                TrainingCourse::DiklatKepribadian};
    return required;
}

QString trainingCourseKey(TrainingCourse c)
{
    for (const Course& e : kCourses)
        if (e.course == c)
            return QString::fromLatin1(e.key);
    return {};
}

bool trainingCourseFromKey(const QString& key, TrainingCourse* out)
{
    for (const Course& e : kCourses) {
        if (key.compare(QLatin1String(e.key), Qt::CaseInsensitive) == 0) {
            *out = e.course;
            return true;
        }
    }
    return false;
}

QString trainingCourseTitle(TrainingCourse c)
{
    for (const Course& e : kCourses)
        if (e.course == c)
            return QCoreApplication::translate("loket::TrainingRecord", e.title);
    return {};
}

} // namespace loket
