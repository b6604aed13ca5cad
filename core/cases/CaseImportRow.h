#pragma once

#include <QCoreApplication>

#include "CaseImporter.h"
#include "CaseRecord.h"
#include "catalog/ServiceStandard.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

namespace loket {

class KbliRegister;

class ApplicantRepository;
class BusinessRepository;
class CaseRepository;
class CatalogRepository;

// One CSV row read into a case, checked on its own and against the rows before it and the
// database. Problems are collected, never thrown, so every bad row is reported.
class CaseImportRow
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::CaseImportRow)
public:
    struct Context
    {
        QDate today;
        QString defaultOfficer;
        const CatalogRepository* catalog = nullptr;
        const ApplicantRepository* applicants = nullptr;
        const BusinessRepository* businesses = nullptr;
        const CaseRepository* cases = nullptr;
        const KbliRegister* kbli = nullptr;
        QHash<QString, std::shared_ptr<const ServiceStandard>> standards; // by "kbli|name"; null: none
        QHash<QString, QString> nameByNik;                                // within the file
        QHash<QString, QString> nameByNib;
        // What the database holds for the NIKs and NIBs of the batch being checked, looked up
        // for the whole batch at once (prefetch()): by normalised NIK and NIB.
        QHash<QString, Applicant> storedByNik;
        QHash<QString, Business> storedByNib;
        QSet<QString> prefetchedNiks;
        QSet<QString> prefetchedNibs;
        QSet<QString> numbers;
        // The registration numbers of the batch (prefetch()), and those of them the database holds.
        QSet<QString> prefetchedNumbers;
        QSet<QString> existingNumbers;
        QSet<QString> numbersGiven; // by the import to earlier rows without one
        // Issue 14: registration numbers in the office's own format (invalid: any), and
        // officers that are users (null: not checked).
        QRegularExpression numberFormat;
        QString numberExample;
        const QSet<QString>* knownUsers = nullptr;
    };

    // Column index by name; -1 when absent.
    using Columns = QHash<QString, int>;

    // Looks up the NIKs, NIBs and registration numbers the rows name in one query each, and the
    // services they name, for read() to use: a batch of a thousand rows does not ask the database
    // thousands of times, and read() asks it nothing (an import writes meanwhile, WriteBehind).
    static void prefetch(const QList<QStringList>& rows, const Columns& columns, Context& ctx);
    static CaseImportRow read(int line, const QStringList& fields, const Columns& columns, Context& ctx,
                              QList<CaseImportProblem>& problems);

    int line = 0;
    bool ok = false;
    std::shared_ptr<const ServiceStandard> standard; // shared by the rows of one service; null when unknown
    CaseRecord record;                               // stage, parties, checklist, dates and issue data
    QDate completeDay;                               // invalid when the file was returned
    // What the database already holds for the NIK and NIB (looked up while checking).
    std::optional<Applicant> storedApplicant;
    std::optional<Business> storedBusiness;
    QString note;

private:
    struct Reader;
    static std::shared_ptr<const ServiceStandard> lookUpStandard(Context& ctx, const QString& kbli,
                                                                 const QString& serviceName);
    void readService(Reader& r, Context& ctx);
    void readParties(Reader& r, const Context& ctx);
    void readChecklist(Reader& r, const QStringList& missing);
    void readStage(Reader& r, const QStringList& missing, QDate today);
    void readIssue(Reader& r, QDate today);
    void checkAgainstFile(Reader& r, Context& ctx, int before);
};

} // namespace loket
