#pragma once

#include <QDateTime>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpressionMatch>
#include <QString>
#include <QStringList>

namespace loket {

// What a backup file holds, as far as a check can tell without trusting it.
struct BackupInfo
{
    // The file compared with the SHA-256 the audit trail recorded when a backup was written.
    enum class Integrity
    {
        NotCompared, // no database to compare with
        Recorded,    // the audit trail holds this very content (under any name)
        Changed,     // the audit trail recorded this file with other content
        Unrecorded,  // the audit trail knows neither the file nor its content
    };

    QString path;      // absolute
    qint64 size = 0;   // bytes
    QDateTime takenAt; // from the rotating name, else the file time; Asia/Jakarta
    int schemaVersion = 0;
    QString workstation;
    qint64 cases = -1; // -1: the schema has no such table yet
    qint64 complaints = -1;
    QString sha256;                               // hex
    bool ok = false;                              // a Loket file this program can open, and PRAGMA quick_check is ok
    QString problem;                              // why not, translated (only list() fills it; inspect() throws)
    QStringList removed;                          // backupRotating(): older files it deleted
    Integrity integrity = Integrity::NotCompared; // set by compareWithRecord()
    QString recordedSha256;                       // Changed: what the audit trail recorded
    QDateTime recordedAt;                         // Recorded/Changed: when
    QString integrityText() const;                // translated sentence about the comparison

    QString fileName() const;
    QJsonObject toJson() const;

    // loket-<workstation>-<YYYYMMDD-HHMMSS>[-N].sqlite: captures workstation, date, time, N.
    static QRegularExpressionMatch matchRotating(const QString& fileName);
    // From the rotating name, else the file time; Asia/Jakarta.
    static QDateTime takenAtOf(const QFileInfo& file);
};

} // namespace loket
