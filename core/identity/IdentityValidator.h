#pragma once

#include <QCoreApplication>

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace loket {

// The outcome of checking one identifier. `reason` is translated and empty when ok; `details`
// carries what the number encodes (region, birth date, sex, KBLI title, ...) for display and --json.
struct ValidationResult {
    bool ok = false;
    QString reason;
    QJsonObject details;

    explicit operator bool() const { return ok; }
};

// Format checks for Indonesian identifiers. Pure functions; no database needed.
// Every validate*() accepts punctuation and spaces ("01.234.567.8-901.000") and checks the
// normalised digits.
class IdentityValidator
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::IdentityValidator)
public:
    // NIK: 16 digits PP KK CC DDMMYY NNNN. Province must be known, regency and district
    // non-zero, the date real (day + 40 for women), serial from 0001.
    // details: normalized, province_code, province, regency_code ("32.14"), district_code
    // ("32.14.01"), birth_date (ISO), sex ("female"|"male"), serial.
    static ValidationResult validateNik(const QString& value);
    // The two-digit birth year is read as 20YY unless that lies after `today`, then as 19YY;
    // the one-argument form uses defaultClock().
    static ValidationResult validateNik(const QString& value, const QDate& today);
    // The same check without the details: empty when the NIK is valid, else validateNik's reason.
    // For checks made many times (an import checks every row's NIK).
    static QString nikProblem(const QString& value, const QDate& today);

    // NPWP: old 15 digits (Luhn check digit at position 9 over the first 9 digits) or new
    // 16 digits: a valid NIK, or "0" + a valid old 15-digit NPWP.
    // details: normalized, format ("15"|"16-nik"|"16-legacy"), formatted, and nik/legacy.
    static ValidationResult validateNpwp(const QString& value);

    // NIB: 13 digits (OSS; no public check digit). details: normalized.
    static ValidationResult validateNib(const QString& value);

    // KBLI 2020: 5 digits of an existing division, and a code listed in
    // :/data/identity/kbli.json. details: normalized, code, title, category, division, group.
    // A well-formed code missing from that list fails with details well_formed and category:
    // KbliRegister then looks in the office's own list.
    static ValidationResult validateKbli(const QString& value);

    // Strip everything that is not a digit ("3214.01-..." -> "321401...").
    static QString normalizeDigits(const QString& value);
    static QString normalizeNik(const QString& value) { return normalizeDigits(value); }
    static QString normalizeNpwp(const QString& value) { return normalizeDigits(value); }
    static QString normalizeNib(const QString& value) { return normalizeDigits(value); }
    static QString normalizeKbli(const QString& value) { return normalizeDigits(value); }

    // "012345678901000" -> "01.234.567.8-901.000"; other lengths are returned unchanged.
    static QString formatNpwp(const QString& digits);

    // Province name for a two-digit code, empty when unknown.
    static QString provinceName(const QString& code);
    // KBLI title for a known code, empty when unknown.
    static QString kbliTitle(const QString& code);
    // A valid result for a known KBLI code, with the details validateKbli() gives.
    static ValidationResult validKbli(const QString& code, const QString& title, const QString& category);
    // The built-in KBLI codes, sorted.
    static QStringList kbliCodes();
    // "M" for division "71"; empty when KBLI 2020 has no such division.
    static QString kbliCategoryOfDivision(const QString& division);
    static QString kbliCategoryTitle(const QString& category);
    // True when the check digit (9th) of an old 15-digit NPWP is right.
    static bool npwpLuhnOk(const QString& digits15);
};

} // namespace loket
