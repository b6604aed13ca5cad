#include "CaseImportRow.h"

#include "ApplicantRepository.h"
#include "BusinessRepository.h"
#include "CaseRepository.h"
#include "CaseValidator.h"
#include "catalog/CatalogRepository.h"
#include "common/Bounds.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "identity/IdentityValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace loket {

namespace {

// Validator field keys to CSV column names.
QString columnOf(const QString& field)
{
    if (field.startsWith(QLatin1String("checklist.")))
        return QStringLiteral("missing");
    static const QHash<QString, QString> map{
        {QStringLiteral("applicant.name"), QStringLiteral("applicant_name")},
        {QStringLiteral("applicant.nik"), QStringLiteral("applicant_nik")},
        {QStringLiteral("applicant.phone"), QStringLiteral("applicant_phone")},
        {QStringLiteral("applicant.email"), QStringLiteral("applicant_email")},
        {QStringLiteral("applicant.address"), QStringLiteral("applicant_address")},
        {QStringLiteral("representative.name"), QStringLiteral("representative_name")},
        {QStringLiteral("representative.nik"), QStringLiteral("representative_nik")},
        {QStringLiteral("business.name"), QStringLiteral("business_name")},
        {QStringLiteral("business.nib"), QStringLiteral("business_nib")},
        {QStringLiteral("business.npwp"), QStringLiteral("business_npwp")},
        {QStringLiteral("business.kbli"), QStringLiteral("business_kbli")},
        {QStringLiteral("business.capital"), QStringLiteral("business_capital")},
    };
    return map.value(field, field);
}

// "2026-01-31", "31/01/2026" or "31-01-2026" read by hand: QDate::fromString with a format
// parses the format on every call, and an import reads 100,000 dates.
QDate quickDate(QStringView t)
{
    auto num = [&](qsizetype from, qsizetype n) {
        int v = 0;
        for (qsizetype i = from; i < from + n; ++i) {
            if (i >= t.size() || !t[i].isDigit())
                return -1;
            v = v * 10 + t[i].digitValue();
        }
        return v;
    };
    if (t.size() == 10 && t[4] == QLatin1Char('-') && t[7] == QLatin1Char('-'))
        return QDate(num(0, 4), num(5, 2), num(8, 2));
    if (t.size() == 10 && (t[2] == QLatin1Char('/') || t[2] == QLatin1Char('-')) && t[5] == t[2])
        return QDate(num(6, 4), num(3, 2), num(0, 2));
    return {};
}

QDate parseDate(const QString& text)
{
    const QString t = text.trimmed();
    const QDate quick = quickDate(t);
    if (quick.isValid())
        return quick;
    for (const char* format : {"yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy"}) {
        const QDate d = QDate::fromString(t, QString::fromLatin1(format));
        if (d.isValid())
            return d;
    }
    return {};
}

QDateTime parseDateTime(const QString& text)
{
    // A date, optionally followed by a time; nothing else (issue 14: "2026-02-02xyz" came in).
    const QString t = text.trimmed();
    // The first space or 'T' (a regular expression built per row had been 4% of an import).
    qsizetype cut = -1;
    for (qsizetype i = 0; i < t.size() && cut < 0; ++i)
        if (t.at(i) == QLatin1Char(' ') || t.at(i) == QLatin1Char('T'))
            cut = i;
    const QDate day = parseDate(cut < 0 ? t : t.left(cut));
    if (!day.isValid())
        return {};
    static const QRegularExpression time(QStringLiteral("^[ T](\\d{1,2}):(\\d{2})(?::\\d{2})?$"));
    QTime at(9, 0);
    if (cut >= 0) {
        const auto m = time.match(t.mid(cut));
        if (!m.hasMatch())
            return {};
        at = QTime(m.captured(1).toInt(), m.captured(2).toInt());
    }
    return at.isValid() ? QDateTime(day, at, Clock::zone()) : QDateTime();
}

bool parseRupiah(const QString& text, qint64* out)
{
    QString t = text.trimmed();
    static const QRegularExpression rp(QStringLiteral("^[Rr][Pp]\\.?\\s*"));
    t.remove(rp);
    t.remove(QLatin1Char('.'));
    t.remove(QLatin1Char(','));
    t.remove(QLatin1Char(' '));
    bool ok = false;
    *out = t.toLongLong(&ok);
    return ok && *out >= 0;
}

bool parseYesNo(const QString& text, bool* out)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("tidak") || t == QLatin1String("no") || t == QLatin1String("0") ||
        t == QLatin1String("t") || t == QLatin1String("n")) {
        *out = false;
        return true;
    }
    if (t == QLatin1String("ya") || t == QLatin1String("yes") || t == QLatin1String("1") || t == QLatin1String("y")) {
        *out = true;
        return true;
    }
    return false;
}
} // namespace

// The fields of one row and the problems found in it, for the parts of read().
struct CaseImportRow::Reader
{
    int line;
    const QStringList& fields;
    const Columns& columns;
    QList<CaseImportProblem>& problems;

    QString col(const char* name) const
    {
        const int i = columns.value(QString::fromLatin1(name), -1);
        return i >= 0 && i < fields.size() ? fields.at(i).trimmed() : QString();
    }
    void problem(const QString& column, const QString& message)
    {
        problems.append(CaseImportProblem{line, column, message});
    }
    QString required(const char* name)
    {
        const QString v = col(name);
        if (v.isEmpty())
            problem(QString::fromLatin1(name), CaseImportRow::tr("A value is required."));
        return v;
    }
    // A validator's refusal as a problem of the column it names.
    template <typename F> void check(F&& step)
    {
        try {
            step();
        } catch (const Error& e) {
            problem(columnOf(e.field()), e.message());
        }
    }
};

namespace {
// "U1; K2, U3|U4": the keys of a list, split by hand (a regular expression's split took 3% of a
// 100,000-row import).
QStringList splitList(const QString& text)
{
    QStringList out;
    qsizetype from = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool separator = i == text.size() || text[i] == QLatin1Char(';') || text[i] == QLatin1Char(',') ||
                               text[i] == QLatin1Char('|') || text[i].isSpace();
        if (separator && from >= 0) {
            out << text.mid(from, i - from);
            from = -1;
        } else if (!separator && from < 0) {
            from = i;
        }
    }
    return out;
}
} // namespace

void CaseImportRow::prefetch(const QList<QStringList>& rows, const Columns& columns, Context& ctx)
{
    QStringList niks;
    QStringList nibs;
    const auto field = [&](const QStringList& fields, const char* name) {
        const int i = columns.value(QString::fromLatin1(name), -1);
        return i >= 0 && i < fields.size() ? fields.at(i).trimmed() : QString();
    };
    QStringList numbers;
    ctx.prefetchedNiks.clear();
    ctx.prefetchedNibs.clear();
    for (const QStringList& fields : rows) {
        if (const QString nik = IdentityValidator::normalizeNik(field(fields, "applicant_nik")); !nik.isEmpty())
            niks << nik;
        for (const char* name : {"business_nib", "nib_number"})
            if (const QString nib = IdentityValidator::normalizeNib(field(fields, name)); !nib.isEmpty())
                nibs << nib;
        if (const QString number = field(fields, "registration_number"); !number.isEmpty())
            numbers << number;
        if (const QString kbli = IdentityValidator::normalizeKbli(field(fields, "kbli")); !kbli.isEmpty())
            lookUpStandard(ctx, kbli, field(fields, "service_name"));
    }
    ctx.storedByNik = ctx.applicants->byNiks(niks);
    ctx.storedByNib = ctx.businesses->byNibs(nibs);
    ctx.prefetchedNiks = QSet<QString>(niks.cbegin(), niks.cend());
    ctx.prefetchedNibs = QSet<QString>(nibs.cbegin(), nibs.cend());
    ctx.existingNumbers = ctx.cases->registrationsExisting(numbers);
    ctx.prefetchedNumbers = QSet<QString>(numbers.cbegin(), numbers.cend());
}

// The current standard of the KBLI (and of the name, when several services share it), looked up
// once per file; null when the catalogue has none.
std::shared_ptr<const ServiceStandard> CaseImportRow::lookUpStandard(Context& ctx, const QString& kbli,
                                                                     const QString& serviceName)
{
    const QString key = kbli + QLatin1Char('|') + serviceName;
    if (const auto it = ctx.standards.constFind(key); it != ctx.standards.cend())
        return it.value();
    const auto found =
        serviceName.isEmpty() ? ctx.catalog->currentByKbli(kbli) : ctx.catalog->currentByKbliAndName(kbli, serviceName);
    const auto standard = found ? std::make_shared<const ServiceStandard>(*found) : nullptr;
    ctx.standards.insert(key, standard);
    return standard;
}

CaseImportRow CaseImportRow::read(int line, const QStringList& fields, const Columns& columns, Context& ctx,
                                  QList<CaseImportProblem>& problems)
{
    CaseImportRow row;
    row.line = line;
    const int before = int(problems.size());
    Reader r{line, fields, columns, problems};
    row.readService(r, ctx);
    row.readParties(r, ctx);
    const QStringList missing = splitList(r.col("missing").toUpper());
    row.readChecklist(r, missing);
    row.readStage(r, missing, ctx.today);
    row.checkAgainstFile(r, ctx, before);
    CaseRecord& c = row.record;
    c.officer = r.col("officer").isEmpty() ? ctx.defaultOfficer : r.col("officer");
    if (ctx.knownUsers && !r.col("officer").isEmpty() && !ctx.knownUsers->contains(c.officer))
        r.problem(QStringLiteral("officer"), tr("\"%1\" is not a user of Loket.").arg(c.officer.left(60)));
    row.note = r.col("note");
    r.check([&] { Bounds::text(row.note, Bounds::kNote, QStringLiteral("note"), tr("The note"), true); });
    row.completeDay = missing.isEmpty() && c.receivedAt.isValid() ? c.receivedAt.date() : QDate();
    row.ok = problems.size() == before;
    return row;
}

// The service (the current standard of the KBLI, and of the name when several services share
// it) and the day the file was received.
void CaseImportRow::readService(Reader& r, Context& ctx)
{
    CaseRecord& c = record;
    const QString kbli = IdentityValidator::normalizeKbli(r.required("kbli"));
    const QString serviceName = r.col("service_name");
    if (!kbli.isEmpty()) {
        standard = lookUpStandard(ctx, kbli, serviceName);
        if (!standard)
            r.problem(QStringLiteral("kbli"), tr("There is no service with KBLI %1 in the catalogue.").arg(kbli));
    }

    const QString receivedText = r.required("received_date");
    c.receivedAt = parseDateTime(receivedText);
    if (!receivedText.isEmpty() && !c.receivedAt.isValid())
        r.problem(QStringLiteral("received_date"),
                  tr("\"%1\" is not a date; write 2026-01-31 or 31/01/2026.").arg(receivedText));
    else if (c.receivedAt.isValid() && c.receivedAt.date() > ctx.today)
        r.problem(QStringLiteral("received_date"), tr("The date is in the future."));
    else if (c.receivedAt.isValid() && c.receivedAt.date() < Bounds::firstDay())
        r.problem(QStringLiteral("received_date"),
                  tr("The date is before %1.").arg(Bounds::firstDay().toString(Qt::ISODate)));
}

// The applicant, the representative and the business, each checked as the counter checks them.
void CaseImportRow::readParties(Reader& r, const Context& ctx)
{
    CaseRecord& c = record;
    c.applicant.name = r.required("applicant_name");
    c.applicant.nik = r.required("applicant_nik");
    c.applicant.phone = r.required("applicant_phone");
    c.applicant.email = r.col("applicant_email");
    c.applicant.address = r.col("applicant_address");
    c.representativeName = r.col("representative_name");
    c.representativeNik = r.col("representative_nik");
    c.business.name = r.required("business_name");
    c.business.nib = r.col("business_nib");
    c.business.npwp = r.col("business_npwp");
    c.business.kbliCodes = splitList(r.col("business_kbli"));
    c.business.siinasAccount = r.col("business_siinas");
    c.business.address = r.col("business_address");
    const QString capital = r.required("business_capital");
    if (!capital.isEmpty() && !parseRupiah(capital, &c.business.capital))
        r.problem(QStringLiteral("business_capital"), tr("\"%1\" is not an amount in rupiah.").arg(capital));
    if (!parseYesNo(r.col("business_in_estate"), &c.business.inIndustrialEstate))
        r.problem(QStringLiteral("business_in_estate"), tr("Write ya or tidak."));

    const QDate today = ctx.today;
    if (!c.applicant.name.isEmpty() && !c.applicant.nik.isEmpty() && !c.applicant.phone.isEmpty())
        r.check([&] { CaseValidator::applicant(c.applicant, today); });
    r.check([&] { CaseValidator::representative(c.representativeName, c.representativeNik, today); });
    if (!c.business.name.isEmpty())
        r.check([&] { CaseValidator::business(c.business, standard ? standard->kbli : QString(), *ctx.kbli); });
}

// Checklist: every requirement valid except the keys listed as missing.
void CaseImportRow::readChecklist(Reader& r, const QStringList& missing)
{
    if (!standard)
        return;
    QList<ChecklistItem> items;
    for (const Requirement& req : standard->requirements)
        items.append(ChecklistItem{
            req.key, {}, missing.contains(req.key) ? ChecklistStatus::Missing : ChecklistStatus::Valid, {}});
    for (const QString& key : missing)
        if (std::none_of(items.begin(), items.end(), [&](const ChecklistItem& i) { return i.requirementKey == key; }))
            r.problem(QStringLiteral("missing"), tr("%1 is not a requirement of %2.").arg(key, standard->name));
    r.check([&] { record.checklist = CaseValidator::checklist(items, *standard); });
}

// The stage and what it needs: the issue data of an issued permit, the hand-over day, a reason.
void CaseImportRow::readStage(Reader& r, const QStringList& missing, QDate today)
{
    CaseRecord& c = record;
    const QString stageText = r.col("stage").toLower();
    if (stageText.isEmpty()) {
        c.stage = missing.isEmpty() ? CaseStage::Registered : CaseStage::Returned;
    } else if (!caseStageFromKey(stageText, &c.stage)) {
        r.problem(QStringLiteral("stage"),
                  tr("\"%1\" is not a stage; use registered, verification, technical, signature, "
                     "issued, handed_over, returned, rejected or withdrawn.")
                      .arg(stageText));
    } else if (!missing.isEmpty() && c.stage != CaseStage::Returned && c.stage != CaseStage::Rejected &&
               c.stage != CaseStage::Withdrawn) {
        r.problem(QStringLiteral("stage"),
                  tr("A file with missing requirements cannot be at \"%1\".").arg(caseStageTitle(c.stage)));
    } else if (missing.isEmpty() && c.stage == CaseStage::Returned) {
        r.problem(QStringLiteral("missing"), tr("A returned file must list the missing requirements."));
    }
    if (c.stage == CaseStage::Issued || c.stage == CaseStage::HandedOver)
        readIssue(r, today);
    if (c.stage == CaseStage::HandedOver) {
        const QString handedText = r.required("handed_over_date");
        c.handedOverDate = parseDate(handedText);
        if (!handedText.isEmpty() && !c.handedOverDate.isValid())
            r.problem(QStringLiteral("handed_over_date"), tr("\"%1\" is not a date.").arg(handedText));
        else if (c.handedOverDate.isValid() && c.signedDate.isValid() &&
                 (c.handedOverDate < c.signedDate || c.handedOverDate > today))
            r.problem(QStringLiteral("handed_over_date"),
                      tr("The hand-over date must lie between the signature date and today."));
    }
    if (c.stage == CaseStage::Rejected)
        c.rejectionReason = r.required("reason");
    if (c.stage == CaseStage::Withdrawn)
        c.withdrawalReason = r.required("reason");
    // Bounds of the free texts (issue 14).
    r.check([&] {
        Bounds::text(c.permitNumber, Bounds::kShortText, QStringLiteral("permit_number"), tr("The permit number"));
    });
    r.check([&] {
        Bounds::text(c.rejectionReason + c.withdrawalReason, Bounds::kNote, QStringLiteral("reason"), tr("The reason"));
    });
}

// An issued permit: the NIB issued with it, the permit number and the day it was signed.
void CaseImportRow::readIssue(Reader& r, QDate today)
{
    CaseRecord& c = record;
    const QString nib = r.required("nib_number");
    if (!nib.isEmpty()) {
        const ValidationResult v = IdentityValidator::validateNib(nib);
        if (!v.ok)
            r.problem(QStringLiteral("nib_number"), v.reason);
        c.nibNumber = IdentityValidator::normalizeNib(nib);
        if (!c.business.nib.isEmpty() && c.business.nib != c.nibNumber)
            r.problem(QStringLiteral("nib_number"), tr("The business already has NIB %1.").arg(c.business.nib));
    }
    c.permitNumber = r.required("permit_number");
    const QString signedText = r.required("signed_date");
    c.signedDate = parseDate(signedText);
    if (!signedText.isEmpty() && !c.signedDate.isValid())
        r.problem(QStringLiteral("signed_date"), tr("\"%1\" is not a date.").arg(signedText));
    else if (c.signedDate.isValid() && c.receivedAt.isValid() &&
             (c.signedDate < c.receivedAt.date() || c.signedDate > today))
        r.problem(QStringLiteral("signed_date"),
                  tr("The signature date must lie between the received date and today."));
}

// Against earlier rows and the database: the registration number, and the NIK and the NIB
// (looked up once per file, only for a row that is good so far).
void CaseImportRow::checkAgainstFile(Reader& r, Context& ctx, int before)
{
    CaseRecord& c = record;
    c.registrationNumber = r.col("registration_number");
    if (!c.registrationNumber.isEmpty() && ctx.numberFormat.isValid() &&
        !ctx.numberFormat.match(c.registrationNumber).hasMatch()) {
        r.problem(QStringLiteral("registration_number"), tr("\"%1\" is not a registration number of this office (%2).")
                                                             .arg(c.registrationNumber.left(60), ctx.numberExample));
    } else if (!c.registrationNumber.isEmpty()) {
        if (ctx.numbers.contains(c.registrationNumber))
            r.problem(QStringLiteral("registration_number"),
                      tr("%1 appears twice in the file.").arg(c.registrationNumber));
        else if (ctx.numbersGiven.contains(c.registrationNumber) ||
                 (ctx.prefetchedNumbers.contains(c.registrationNumber)
                      ? ctx.existingNumbers.contains(c.registrationNumber)
                      : ctx.cases->registrationExists(c.registrationNumber)))
            r.problem(QStringLiteral("registration_number"), tr("%1 is already registered.").arg(c.registrationNumber));
        ctx.numbers.insert(c.registrationNumber);
    }
    if (!c.applicant.nik.isEmpty() && r.problems.size() == before) {
        QString known = ctx.nameByNik.value(c.applicant.nik);
        if (known.isEmpty()) {
            const QString key = IdentityValidator::normalizeNik(c.applicant.nik);
            if (ctx.prefetchedNiks.contains(key))
                storedApplicant =
                    ctx.storedByNik.contains(key) ? std::optional(ctx.storedByNik.value(key)) : std::nullopt;
            else
                storedApplicant = ctx.applicants->byNik(c.applicant.nik);
            if (storedApplicant)
                known = storedApplicant->name;
        }
        if (!known.isEmpty() && known.compare(c.applicant.name, Qt::CaseInsensitive) != 0)
            r.problem(QStringLiteral("applicant_nik"),
                      tr("NIK %1 belongs to %2, not %3.").arg(c.applicant.nik, known, c.applicant.name));
        ctx.nameByNik.insert(c.applicant.nik, known.isEmpty() ? c.applicant.name : known);
    }
    // The business's NIB, or the one issued with the permit, must not belong to another business.
    const QString nibColumn = c.business.nib.isEmpty() ? QStringLiteral("nib_number") : QStringLiteral("business_nib");
    const QString nib = c.business.nib.isEmpty() ? c.nibNumber : c.business.nib;
    if (!nib.isEmpty() && r.problems.size() == before) {
        QString known = ctx.nameByNib.value(nib);
        if (known.isEmpty()) {
            const QString key = IdentityValidator::normalizeNib(nib);
            if (ctx.prefetchedNibs.contains(key))
                storedBusiness =
                    ctx.storedByNib.contains(key) ? std::optional(ctx.storedByNib.value(key)) : std::nullopt;
            else
                storedBusiness = ctx.businesses->byNib(nib);
            if (storedBusiness)
                known = storedBusiness->name;
        }
        if (!known.isEmpty() && known.compare(c.business.name, Qt::CaseInsensitive) != 0)
            r.problem(nibColumn, tr("NIB %1 belongs to %2, not %3.").arg(nib, known, c.business.name));
        ctx.nameByNib.insert(nib, known.isEmpty() ? c.business.name : known);
        c.business.nib = nib;
    }
}

} // namespace loket
