#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace loket {

// The training the standard's competence list names, plus anything else worth recording.
enum class TrainingCourse
{
    DiklatPtsp,
    DiklatOss,
    DiklatKepribadian,
    Other,
};

struct TrainingRecord
{
    QString id;
    QString userId;
    TrainingCourse course = TrainingCourse::Other;
    QString title; // free text, e.g. the course's full name
    QDate completedOn;
    QString provider; // who held it, e.g. BPSDM Jawa Barat
    QString certificateNo;
};

const QList<TrainingCourse>& allTrainingCourses();
// The three courses every staff member needs.
const QList<TrainingCourse>& requiredTrainingCourses();
QString trainingCourseKey(TrainingCourse c);
bool trainingCourseFromKey(const QString& key, TrainingCourse* out);
QString trainingCourseTitle(TrainingCourse c); // translated

} // namespace loket
