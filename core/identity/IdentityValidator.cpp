#include "IdentityValidator.h"

#include "common/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace loket {

namespace {

struct KbliEntry {
    QString title;
    QString category;
};

struct Tables {
    QHash<QString, QString> provinces;
    QHash<QString, QString> regencies;
    QHash<QString, KbliEntry> kbli;
    QHash<QString, QString> categories;
    QHash<QString, QString> divisions; // "71" -> "M"
};

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Built-in data compiled into loket_core, read once.
const Tables& tables()
{
    static const Tables t = [] {
        Tables r;
        const QJsonObject regions = readJson(QStringLiteral(":/data/identity/regions.json"));
        for (const QJsonValue& v : regions.value(QStringLiteral("provinces")).toArray())
            r.provinces.insert(v[QStringLiteral("code")].toString(), v[QStringLiteral("name")].toString());
        for (const QJsonValue& v : regions.value(QStringLiteral("regencies")).toArray())
            r.regencies.insert(v[QStringLiteral("code")].toString(), v[QStringLiteral("name")].toString());
        const QJsonObject kbli = readJson(QStringLiteral(":/data/identity/kbli.json"));
        for (const QJsonValue& v : kbli.value(QStringLiteral("codes")).toArray())
            r.kbli.insert(v[QStringLiteral("code")].toString(),
                          {v[QStringLiteral("title")].toString(), v[QStringLiteral("category")].toString()});
        const QJsonObject cats = kbli.value(QStringLiteral("categories")).toObject();
        for (auto it = cats.begin(); it != cats.end(); ++it)
            r.categories.insert(it.key(), it.value().toString());
        const QJsonObject divisions = kbli.value(QStringLiteral("divisions")).toObject();
        for (auto it = divisions.begin(); it != divisions.end(); ++it)
            r.divisions.insert(it.key(), it.value().toString());
        return r;
    }();
    return t;
}

bool allDigits(const QString& s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return !s.isEmpty();
}

ValidationResult fail(const QString& reason, const QString& normalized)
{
    ValidationResult r;
    r.ok = false;
    r.reason = reason;
    r.details.insert(QStringLiteral("normalized"), normalized);
    return r;
}

// Anything besides digits and the usual separators is a typo, not punctuation to drop.
bool hasForeignCharacters(const QString& value)
{
    for (QChar c : value)
        if (!c.isDigit() && !c.isSpace() && c != u'.' && c != u'-' && c != u'/')
            return true;
    return false;
}

} // namespace

QString IdentityValidator::normalizeDigits(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value)
        if (c >= u'0' && c <= u'9')
            out.append(c);
    return out;
}

QString IdentityValidator::provinceName(const QString& code)
{
    return tables().provinces.value(code);
}

ValidationResult IdentityValidator::validKbli(const QString& code, const QString& title, const QString& category)
{
    ValidationResult r;
    r.ok = true;
    r.details = QJsonObject{{QStringLiteral("normalized"), code},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("title"), title},
                            {QStringLiteral("category"), category},
                            {QStringLiteral("category_title"), tables().categories.value(category)},
                            {QStringLiteral("division"), code.left(2)},
                            {QStringLiteral("group"), code.left(3)}};
    return r;
}

QStringList IdentityValidator::kbliCodes()
{
    QStringList codes = tables().kbli.keys();
    codes.sort();
    return codes;
}

QString IdentityValidator::kbliCategoryOfDivision(const QString& division)
{
    return tables().divisions.value(division);
}

QString IdentityValidator::kbliCategoryTitle(const QString& category)
{
    return tables().categories.value(category);
}

QString IdentityValidator::kbliTitle(const QString& code)
{
    return tables().kbli.value(code).title;
}

ValidationResult IdentityValidator::validateNik(const QString& value)
{
    return validateNik(value, defaultClock().today());
}

namespace {
struct NikParts
{
    QString nik; // the digits
    QString province;
    QString provinceName;
    QDate birth;
    bool female = false;
};
} // namespace

// The checks of validateNik: the reason a NIK is refused, or empty (and `parts` filled).
static QString checkNik(const QString& value, const QDate& today, NikParts& p)
{
    const QString& nik = p.nik = IdentityValidator::normalizeDigits(value);
    if (value.trimmed().isEmpty())
        return IdentityValidator::tr("NIK is empty.");
    if (hasForeignCharacters(value))
        return IdentityValidator::tr("NIK contains a character that is not a digit.");
    if (nik.size() != 16)
        return IdentityValidator::tr("NIK must have 16 digits, not %1.").arg(nik.size());
    p.province = nik.left(2);
    p.provinceName = IdentityValidator::provinceName(p.province);
    if (p.provinceName.isEmpty())
        return IdentityValidator::tr("NIK starts with %1, which is not a province code.").arg(p.province);
    if (nik.mid(2, 2) == QLatin1String("00"))
        return IdentityValidator::tr("NIK digits 3-4 (regency) cannot be 00.");
    if (nik.mid(4, 2) == QLatin1String("00"))
        return IdentityValidator::tr("NIK digits 5-6 (district) cannot be 00.");
    int day = nik.mid(6, 2).toInt();
    const int month = nik.mid(8, 2).toInt();
    const int yy = nik.mid(10, 2).toInt();
    p.female = day > 40;
    if (p.female)
        day -= 40;
    if (month < 1 || month > 12)
        return IdentityValidator::tr("NIK digits 9-10 (birth month) are %1, not a month.").arg(nik.mid(8, 2));
    // The century is not encoded: 20YY unless that date has not happened yet.
    p.birth = QDate(2000 + yy, month, day);
    if (!p.birth.isValid() || p.birth > today)
        p.birth = QDate(1900 + yy, month, day);
    if (day < 1 || !p.birth.isValid())
        return IdentityValidator::tr("NIK digits 7-12 (%1) are not a birth date (day + 40 for women).")
            .arg(nik.mid(6, 6));
    if (nik.right(4) == QLatin1String("0000"))
        return IdentityValidator::tr("NIK serial (last 4 digits) starts at 0001.");
    return {};
}

QString IdentityValidator::nikProblem(const QString& value, const QDate& today)
{
    NikParts parts;
    return checkNik(value, today, parts);
}

ValidationResult IdentityValidator::validateNik(const QString& value, const QDate& today)
{
    NikParts p;
    const QString problem = checkNik(value, today, p);
    const QString& nik = p.nik;
    if (!problem.isEmpty())
        return fail(problem, nik);

    ValidationResult r;
    r.ok = true;
    const QString regency = nik.left(4);
    QJsonObject d;
    d.insert(QStringLiteral("normalized"), nik);
    d.insert(QStringLiteral("province_code"), p.province);
    d.insert(QStringLiteral("province"), p.provinceName);
    d.insert(QStringLiteral("regency_code"), p.province + u'.' + nik.mid(2, 2));
    const QString regencyName = tables().regencies.value(regency);
    if (!regencyName.isEmpty())
        d.insert(QStringLiteral("regency"), regencyName);
    d.insert(QStringLiteral("district_code"), p.province + u'.' + nik.mid(2, 2) + u'.' + nik.mid(4, 2));
    d.insert(QStringLiteral("birth_date"), p.birth.toString(Qt::ISODate));
    d.insert(QStringLiteral("sex"), p.female ? QStringLiteral("female") : QStringLiteral("male"));
    d.insert(QStringLiteral("serial"), nik.right(4));
    r.details = d;
    return r;
}

bool IdentityValidator::npwpLuhnOk(const QString& digits15)
{
    if (digits15.size() < 9 || !allDigits(digits15.left(9)))
        return false;
    // Luhn over digits 1..9 with digit 9 as the check digit: double every second digit from the right.
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        int v = digits15.at(i).digitValue();
        if (i % 2 == 1) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
    }
    return sum % 10 == 0;
}

QString IdentityValidator::formatNpwp(const QString& d)
{
    if (d.size() != 15)
        return d;
    return QStringLiteral("%1.%2.%3.%4-%5.%6")
        .arg(d.mid(0, 2), d.mid(2, 3), d.mid(5, 3), d.mid(8, 1), d.mid(9, 3), d.mid(12, 3));
}

ValidationResult IdentityValidator::validateNpwp(const QString& value)
{
    const QString npwp = normalizeDigits(value);
    if (value.trimmed().isEmpty())
        return fail(tr("NPWP is empty."), npwp);
    if (hasForeignCharacters(value))
        return fail(tr("NPWP contains a character that is not a digit, dot or dash."), npwp);
    auto checkOld = [](const QString& d) -> QString {
        if (d == QString(15, u'0'))
            return tr("NPWP cannot be all zeros.");
        if (!npwpLuhnOk(d))
            return tr("NPWP check digit (digit 9) is wrong: %1 does not match digits 1-8.")
                .arg(d.mid(8, 1));
        return {};
    };
    ValidationResult r;
    QJsonObject d;
    d.insert(QStringLiteral("normalized"), npwp);
    if (npwp.size() == 15) {
        const QString why = checkOld(npwp);
        if (!why.isEmpty())
            return fail(why, npwp);
        d.insert(QStringLiteral("format"), QStringLiteral("15"));
        d.insert(QStringLiteral("formatted"), formatNpwp(npwp));
        d.insert(QStringLiteral("tax_office"), npwp.mid(9, 3));
        d.insert(QStringLiteral("branch"), npwp.mid(12, 3));
    } else if (npwp.size() == 16 && npwp.startsWith(u'0')) {
        const QString legacy = npwp.mid(1);
        const QString why = checkOld(legacy);
        if (!why.isEmpty())
            return fail(tr("16-digit NPWP starting with 0 must be 0 + a valid 15-digit NPWP: %1").arg(why), npwp);
        d.insert(QStringLiteral("format"), QStringLiteral("16-legacy"));
        d.insert(QStringLiteral("formatted"), npwp);
        d.insert(QStringLiteral("legacy"), formatNpwp(legacy));
    } else if (npwp.size() == 16) {
        const ValidationResult nik = validateNik(npwp);
        if (!nik.ok)
            return fail(tr("16-digit NPWP must be a NIK or 0 + a 15-digit NPWP: %1").arg(nik.reason), npwp);
        d.insert(QStringLiteral("format"), QStringLiteral("16-nik"));
        d.insert(QStringLiteral("formatted"), npwp);
        d.insert(QStringLiteral("nik"), npwp);
    } else {
        return fail(tr("NPWP must have 15 or 16 digits, not %1.").arg(npwp.size()), npwp);
    }
    r.ok = true;
    r.details = d;
    return r;
}

ValidationResult IdentityValidator::validateNib(const QString& value)
{
    const QString nib = normalizeDigits(value);
    if (value.trimmed().isEmpty())
        return fail(tr("NIB is empty."), nib);
    if (hasForeignCharacters(value))
        return fail(tr("NIB contains a character that is not a digit."), nib);
    if (nib.size() != 13)
        return fail(tr("NIB must have 13 digits, not %1.").arg(nib.size()), nib);
    if (nib == QString(13, u'0'))
        return fail(tr("NIB cannot be all zeros."), nib);
    ValidationResult r;
    r.ok = true;
    r.details.insert(QStringLiteral("normalized"), nib);
    return r;
}

ValidationResult IdentityValidator::validateKbli(const QString& value)
{
    const QString kbli = normalizeDigits(value);
    if (value.trimmed().isEmpty())
        return fail(tr("KBLI is empty."), kbli);
    if (hasForeignCharacters(value))
        return fail(tr("KBLI contains a character that is not a digit."), kbli);
    if (kbli.size() != 5)
        return fail(tr("KBLI must have 5 digits, not %1.").arg(kbli.size()), kbli);
    const QString division = kbli.left(2);
    if (!tables().divisions.contains(division))
        return fail(tr("KBLI %1 does not exist: KBLI 2020 has no division %2.").arg(kbli, division), kbli);
    const auto it = tables().kbli.constFind(kbli);
    if (it == tables().kbli.constEnd()) {
        // Well formed but not in the built-in list: the office's own list (KbliRegister) may know it.
        ValidationResult unknown = fail(tr("KBLI %1 is not a known KBLI 2020 code.").arg(kbli), kbli);
        unknown.details.insert(QStringLiteral("well_formed"), true);
        unknown.details.insert(QStringLiteral("category"), tables().divisions.value(division));
        return unknown;
    }
    return validKbli(kbli, it->title, it->category);
}

} // namespace loket
