#pragma once

#include <QList>
#include <QString>

namespace loket {

// Highest completed education, in the order the competence rule compares them.
enum class Education
{
    None,
    SD,
    SMP,
    SMA, // SMA, SMK, MA
    D1,
    D2,
    D3,
    D4, // Sarjana Terapan
    S1,
    S2,
    S3,
};

// A staff member's facts the standard's competence list asks about (Kompetensi Pelaksana).
struct StaffProfile
{
    QString position; // jabatan
    Education education = Education::None;
    int govExperienceYears = 0;       // years of work in government
    int ptspExperienceYears = 0;      // years handling one-stop integrated services (PTSP)
    bool technicalCompetence = false; // technical competence in the PTSP field handled

    bool operator==(const StaffProfile&) const = default;

    // Education part of the standard: at least Sarjana, or SMA with 5 years in government, or SMA
    // with 3 years in PTSP, or SMA with technical competence in the field.
    bool meetsEducationStandard() const;
};

const QList<Education>& allEducationLevels();
QString educationKey(Education e); // stored in the database, "" for None
bool educationFromKey(const QString& key, Education* out);
QString educationTitle(Education e); // translated

} // namespace loket
