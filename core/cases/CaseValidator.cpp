#include "CaseValidator.h"

#include "identity/KbliRegister.h"

#include "common/Bounds.h"
#include "common/Error.h"
#include "identity/IdentityValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace loket {

namespace {
void requireName(const QString& name, const QString& what, const QString& field)
{
    if (name.trimmed().size() < 3)
        throw Error::invalid(QCoreApplication::translate("loket::CaseValidator", "%1: the name is required (at least 3 letters).").arg(what), field);
    if (name.size() > Bounds::kName)
        throw Error::invalid(QCoreApplication::translate("loket::CaseValidator", "%1: the name is longer than 200 characters.").arg(what), field);
    Bounds::text(name, Bounds::kName, field, what);
}
} // namespace

QString CaseValidator::describeUnmet(const QList<ChecklistItem>& unmet)
{
    QStringList parts;
    for (const ChecklistItem& i : unmet)
        parts << (i.note.isEmpty()
                      ? QStringLiteral("%1 (%2)").arg(i.requirementKey, checklistStatusTitle(i.status))
                      : QStringLiteral("%1 (%2: %3)").arg(i.requirementKey, checklistStatusTitle(i.status), i.note));
    // Written for the case's timeline when CaseService made it; keeps that translation context.
    return QCoreApplication::translate("loket::CaseService", "Incomplete: %1").arg(parts.join(QStringLiteral("; ")));
}

QString CaseValidator::normalizePhone(const QString& phone)
{
    QString digits;
    for (QChar c : phone)
        if (c.isDigit())
            digits += c;
    if (phone.trimmed().startsWith(QLatin1Char('+')) && digits.startsWith(QLatin1String("62")))
        digits = QLatin1Char('0') + digits.mid(2);
    return digits;
}

void CaseValidator::applicant(Applicant& a, const QDate& today)
{
    const QString who = tr("Applicant");
    a.name = a.name.simplified();
    requireName(a.name, who, QStringLiteral("applicant.name"));
    const QString nikProblem = IdentityValidator::nikProblem(a.nik, today);
    if (!nikProblem.isEmpty())
        throw Error::invalid(tr("%1: %2").arg(who, nikProblem), QStringLiteral("applicant.nik"));
    a.nik = IdentityValidator::normalizeNik(a.nik);

    static const QRegularExpression phoneChars(QStringLiteral("^\\+?[0-9 ()\\-.]+$"));
    a.phone = a.phone.trimmed();
    if (a.phone.isEmpty())
        throw Error::invalid(tr("%1: a telephone number is required to tell the applicant when the permit is ready.")
                                 .arg(who),
                             QStringLiteral("applicant.phone"));
    const QString phone = normalizePhone(a.phone);
    if (!phoneChars.match(a.phone).hasMatch() || !phone.startsWith(QLatin1Char('0')) || phone.size() < 9 ||
        phone.size() > 14)
        throw Error::invalid(tr("%1: telephone number \"%2\" is not valid; write it as 08xx… or +62…, 9 to 14 digits.")
                                 .arg(who, a.phone),
                             QStringLiteral("applicant.phone"));
    a.phone = phone;

    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    a.email = a.email.trimmed();
    if (!a.email.isEmpty() && !email.match(a.email).hasMatch())
        throw Error::invalid(tr("%1: e-mail address \"%2\" is not valid.").arg(who, a.email),
                             QStringLiteral("applicant.email"));
    a.address = a.address.simplified();
    Bounds::text(a.email, Bounds::kShortText, QStringLiteral("applicant.email"),
                 QCoreApplication::translate("loket::CaseValidator", "The applicant's e-mail address"));
    Bounds::text(a.address, Bounds::kAddress, QStringLiteral("applicant.address"),
                 QCoreApplication::translate("loket::CaseValidator", "The applicant's address"));
    if (a.address.size() > Bounds::kAddress)
        throw Error::invalid(tr("%1: the address is longer than 500 characters.").arg(who),
                             QStringLiteral("applicant.address"));
}

void CaseValidator::representative(QString& name, QString& nik, const QDate& today)
{
    name = name.simplified();
    nik = nik.trimmed();
    if (name.isEmpty() && nik.isEmpty())
        return;
    const QString who = tr("Representative (kuasa)");
    requireName(name, who, QStringLiteral("representative.name"));
    const QString problem = IdentityValidator::nikProblem(nik, today);
    if (!problem.isEmpty())
        throw Error::invalid(tr("%1: %2").arg(who, problem), QStringLiteral("representative.nik"));
    nik = IdentityValidator::normalizeNik(nik);
}

void CaseValidator::business(Business& b, const QString& serviceKbli, const KbliRegister& kbli)
{
    const QString who = tr("Business");
    b.name = b.name.simplified();
    requireName(b.name, who, QStringLiteral("business.name"));
    if (!b.nib.trimmed().isEmpty()) {
        const ValidationResult r = IdentityValidator::validateNib(b.nib);
        if (!r.ok)
            throw Error::invalid(tr("%1: %2").arg(who, r.reason), QStringLiteral("business.nib"));
        b.nib = IdentityValidator::normalizeNib(b.nib);
    } else {
        b.nib.clear();
    }
    if (!b.npwp.trimmed().isEmpty()) {
        const ValidationResult r = IdentityValidator::validateNpwp(b.npwp);
        if (!r.ok)
            throw Error::invalid(tr("%1: %2").arg(who, r.reason), QStringLiteral("business.npwp"));
        b.npwp = IdentityValidator::normalizeNpwp(b.npwp);
    } else {
        b.npwp.clear();
    }
    QStringList codes;
    for (const QString& raw : b.kbliCodes) {
        if (raw.trimmed().isEmpty())
            continue;
        const ValidationResult r = kbli.validate(raw);
        if (!r.ok)
            throw Error::invalid(tr("%1: %2").arg(who, r.reason), QStringLiteral("business.kbli"));
        const QString code = IdentityValidator::normalizeKbli(raw);
        if (!codes.contains(code))
            codes << code;
    }
    if (!serviceKbli.isEmpty() && !codes.contains(serviceKbli))
        codes.prepend(serviceKbli);
    b.kbliCodes = codes;
    if (b.capital <= 0)
        throw Error::invalid(tr("%1: give the capital in rupiah, without land and buildings; it decides the "
                                "business scale.")
                                 .arg(who),
                             QStringLiteral("business.capital"));
    b.scale = BusinessScaleRules::forCapital(b.capital);
    b.siinasAccount = b.siinasAccount.trimmed();
    b.address = b.address.simplified();
    Bounds::text(b.siinasAccount, Bounds::kShortText, QStringLiteral("business.siinas"),
                 QCoreApplication::translate("loket::CaseValidator", "The SIINas account"));
    Bounds::text(b.address, Bounds::kAddress, QStringLiteral("business.address"),
                 QCoreApplication::translate("loket::CaseValidator", "The business's address"));
}

QList<ChecklistItem> CaseValidator::checklist(const QList<ChecklistItem>& items, const ServiceStandard& standard)
{
    // A checklist has a handful of items: plain loops beat hashing here (imports check 100,000).
    auto known = [&](const QString& key) {
        return std::any_of(standard.requirements.begin(), standard.requirements.end(),
                           [&](const Requirement& r) { return r.key == key; });
    };
    for (int i = 0; i < items.size(); ++i) {
        const QString& key = items[i].requirementKey;
        if (!known(key))
            throw Error::invalid(tr("Checklist: requirement %1 is not part of the standard of %2.").arg(key, standard.name),
                                 QStringLiteral("checklist.%1").arg(key));
        for (int j = 0; j < i; ++j)
            if (items[j].requirementKey == key)
                throw Error::invalid(tr("Checklist: requirement %1 is listed twice.").arg(key),
                                     QStringLiteral("checklist.%1").arg(key));
    }
    QList<ChecklistItem> out;
    out.reserve(standard.requirements.size());
    for (const Requirement& r : standard.requirements) {
        const auto given = std::find_if(items.begin(), items.end(),
                                        [&](const ChecklistItem& i) { return i.requirementKey == r.key; });
        if (given == items.end())
            throw Error::invalid(tr("Checklist: requirement %1 (%2) has no status; mark it valid, present or missing.")
                                     .arg(r.key, r.text.left(80)),
                                 QStringLiteral("checklist.%1").arg(r.key));
        ChecklistItem item = *given;
        item.requirementText = r.text;
        item.note = item.note.simplified();
        Bounds::text(item.note, Bounds::kNote, QStringLiteral("checklist.%1").arg(r.key),
                     QCoreApplication::translate("loket::CaseValidator", "A checklist note"));
        if (item.status == ChecklistStatus::Present && item.note.isEmpty())
            throw Error::invalid(tr("Checklist: requirement %1 was handed in but is not correct; write in the note "
                                    "what must be corrected.")
                                     .arg(r.key),
                                 QStringLiteral("checklist.%1").arg(r.key));
        out.append(item);
    }
    return out;
}

} // namespace loket
