#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace loket {

class Database;

// The contents of scanned documents and complaint attachments travel with their rows, so every
// counter can open them: sent once per SHA-256 to the central table loket_files, fetched when a
// received row names a file this workstation lacks. Files are checked against their hash.
class SyncFiles
{
    Q_DECLARE_TR_FUNCTIONS(loket::SyncFiles)
public:
    explicit SyncFiles(const Database& db);

    // After a row of case_documents or complaint_attachments is sent: its content, once.
    void upload(QSqlDatabase& pg, const QString& table, const QJsonObject& row) const;
    // After such a row is received: the content when it is missing here. False when the central
    // database does not hold it (yet).
    bool download(QSqlDatabase& pg, const QString& table, const QJsonObject& row) const;

private:
    QString localPath(const QString& table, const QJsonObject& row) const;
    QString m_documents;
    QString m_attachments;
};

} // namespace loket
