#include "SurveyService.h"

#include "SurveyElements.h"
#include "SurveyRepository.h"
#include "audit/AuditLog.h"
#include "cases/CaseQueries.h"
#include "catalog/CatalogRepository.h"
#include "common/Bounds.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/CsvReader.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace loket {

namespace {

QList<std::pair<QString, QString>> elementList()
{
    QList<std::pair<QString, QString>> list;
    for (const SurveyElement& e : SurveyElements::builtIn())
        list.append({e.key, e.name});
    return list;
}

} // namespace

int SurveyService::monthsPerPeriod(int surveysPerYear)
{
    if (surveysPerYear <= 0)
        return 3;
    for (int months : {12, 6, 4, 3, 2})
        if (12 / months >= surveysPerYear)
            return months;
    return 1;
}

int SurveyService::surveysPerYear(const Database& db)
{
    int n = 0;
    for (const ServiceStandard& s : CatalogRepository(db).listCurrent())
        n = qMax(n, s.surveysPerYear);
    return n > 0 ? n : 4;
}

QString SurveyService::periodFor(const Database& db, const QDate& day)
{
    return periodOf(day, monthsPerPeriod(surveysPerYear(db)));
}

QList<SurveyPeriod> SurveyService::periodsOfYear(const Database& db, int year)
{
    return periodsOfYear(year, monthsPerPeriod(surveysPerYear(db)));
}

QString SurveyService::periodOf(const QDate& day, int months)
{
    const int n = (day.month() - 1) / months + 1;
    switch (months) {
    case 12:
        return QString::number(day.year());
    case 6:
        return QStringLiteral("%1-S%2").arg(day.year()).arg(n);
    case 4:
        return QStringLiteral("%1-T%2").arg(day.year()).arg(n);
    case 2:
        return QStringLiteral("%1-B%2").arg(day.year()).arg(n);
    case 1:
        return QStringLiteral("%1-%2").arg(day.year()).arg(day.month(), 2, 10, QLatin1Char('0'));
    default:
        return QStringLiteral("%1-Q%2").arg(day.year()).arg((day.month() - 1) / 3 + 1);
    }
}

QList<SurveyPeriod> SurveyService::periodsOfYear(int year, int months)
{
    QList<SurveyPeriod> out;
    for (int first = 1; first <= 12; first += months) {
        SurveyPeriod p;
        p.from = QDate(year, first, 1);
        p.to = p.from.addMonths(months).addDays(-1);
        p.key = periodOf(p.from, months);
        const int n = (first - 1) / months + 1;
        switch (months) {
        case 12:
            p.title = tr("Year %1").arg(year);
            break;
        case 6:
            p.title = tr("Semester %1").arg(n);
            break;
        case 4:
            p.title = tr("Four months %1").arg(n);
            break;
        case 2:
            p.title = tr("Two months %1").arg(n);
            break;
        case 1:
            p.title = QLocale().standaloneMonthName(first);
            break;
        default:
            p.title = tr("Quarter %1").arg(n);
            break;
        }
        out.append(p);
    }
    return out;
}

bool SurveyService::parsePeriod(const QString& period, QDate* from, QDate* to)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(?:([QSTB])(\\d{1,2})|(\\d{2})))?$"));
    const auto m = re.match(period.trimmed().toUpper());
    if (!m.hasMatch())
        return false;
    const int year = m.captured(1).toInt();
    int months = 12;
    int n = 1;
    if (!m.captured(2).isEmpty()) {
        const QChar kind = m.captured(2).at(0);
        months = kind == QLatin1Char('Q') ? 3 : kind == QLatin1Char('S') ? 6 : kind == QLatin1Char('T') ? 4 : 2;
        n = m.captured(3).toInt();
    } else if (!m.captured(4).isEmpty()) {
        months = 1;
        n = m.captured(4).toInt();
    }
    if (n < 1 || n > 12 / months)
        return false;
    *from = QDate(year, (n - 1) * months + 1, 1);
    *to = from->addMonths(months).addDays(-1);
    return true;
}

void SurveyService::validate(const SurveyResponse& r)
{
    if (!r.receivedOn.isValid())
        throw Error::invalid(tr("The survey date is missing or not a date (YYYY-MM-DD)."), QStringLiteral("received_on"));
    for (const SurveyElement& e : SurveyElements::builtIn()) {
        if (!r.answers.contains(e.key))
            throw Error::invalid(tr("Answer %1 (%2) is missing.").arg(e.key, e.name), e.key);
        const int v = r.answers.value(e.key);
        if (v < 1 || v > 4)
            throw Error::invalid(tr("Answer %1 (%2) must be 1, 2, 3 or 4, not %3.").arg(e.key, e.name).arg(v), e.key);
    }
    for (auto it = r.answers.cbegin(); it != r.answers.cend(); ++it) {
        bool known = false;
        for (const SurveyElement& e : SurveyElements::builtIn())
            known = known || e.key == it.key();
        if (!known)
            throw Error::invalid(tr("%1 is not an element of the survey.").arg(it.key()), it.key());
    }
    if (!r.gender.isEmpty() && r.gender != QLatin1String("L") && r.gender != QLatin1String("P"))
        throw Error::invalid(tr("Gender must be L or P, not \"%1\".").arg(r.gender), QStringLiteral("gender"));
    if (!r.serviceKbli.isEmpty() && !QRegularExpression(QStringLiteral("^\\d{5}$")).match(r.serviceKbli).hasMatch())
        throw Error::invalid(tr("The service's KBLI must have 5 digits, not \"%1\".").arg(r.serviceKbli),
                             QStringLiteral("service_kbli"));
    Bounds::date(r.receivedOn, Bounds::firstDay(), Bounds::lastDay(), QStringLiteral("received_on"),
                 tr("The survey date"));
    Bounds::text(r.registration, Bounds::kShortText, QStringLiteral("registration"), tr("The registration number"));
    Bounds::text(r.ageBand, Bounds::kShortText, QStringLiteral("age_band"), tr("The age band"));
    Bounds::text(r.education, Bounds::kShortText, QStringLiteral("education"), tr("The education"));
    Bounds::text(r.occupation, Bounds::kShortText, QStringLiteral("occupation"), tr("The occupation"));
    Bounds::text(r.comment, Bounds::kNote, QStringLiteral("comment"), tr("The comment"), true);
}

void SurveyService::validate(const SurveyResponse& r, const QDate& today)
{
    validate(r);
    // Issue 14: forms dated 2099 came in. A form is filled in after the service, never later than today.
    Bounds::date(r.receivedOn, Bounds::firstDay(), today, QStringLiteral("received_on"), tr("The survey date"));
}

const QStringList& SurveyService::columns()
{
    static const QStringList list = [] {
        QStringList l{QStringLiteral("received_on"), QStringLiteral("service_kbli"), QStringLiteral("registration"),
                      QStringLiteral("gender"),      QStringLiteral("age_band"),     QStringLiteral("education"),
                      QStringLiteral("occupation"),  QStringLiteral("comment")};
        for (const SurveyElement& e : SurveyElements::builtIn())
            l << e.key;
        return l;
    }();
    return list;
}

void SurveyService::insert(const Context& ctx, const SurveyResponse& r, int months)
{
    QJsonObject answers;
    for (auto it = r.answers.cbegin(); it != r.answers.cend(); ++it)
        answers.insert(it.key(), it.value());
    SurveyResponse stored = r;
    if (stored.id.isEmpty())
        stored.id = newId();
    SurveyRepository(ctx.db()).insert(stored, periodOf(r.receivedOn, months), answers, toStoredTime(ctx.clock().now()),
                                      ctx.workstation());
    AuditLog::append(
        ctx, QStringLiteral("survey.record"), QStringLiteral("survey_response"), stored.id, {},
        {{QStringLiteral("period"), periodOf(r.receivedOn, months)}, {QStringLiteral("answers"), answers}});
}

QString SurveyService::record(const Context& ctx, const SurveyResponse& response)
{
    ctx.require(Permission::RecordSurvey);
    validate(response, ctx.clock().today());
    SurveyResponse r = response;
    if (r.id.isEmpty())
        r.id = newId();
    Transaction tx(ctx.db());
    insert(ctx, r, monthsPerPeriod(surveysPerYear(ctx.database())));
    tx.commit();
    return r.id;
}

int SurveyService::importCsv(const Context& ctx, const QString& csvText)
{
    ctx.require(Permission::RecordSurvey);
    const QList<CsvRecord> records = CsvReader::parse(csvText.toUtf8());
    if (records.isEmpty())
        throw Error::invalid(tr("The survey file is empty."), QStringLiteral("file"));
    QStringList header;
    for (const QString& h : records.first().fields)
        header << h.trimmed();
    const int dateCol = header.indexOf(QStringLiteral("received_on"));
    if (dateCol < 0)
        throw Error::invalid(tr("Line 1: the column received_on is missing."), QStringLiteral("received_on"));
    for (const QString& name : header) {
        if (!name.isEmpty() && !columns().contains(name))
            throw Error::invalid(tr("Line 1: unknown column \"%1\"; the columns are %2.")
                                     .arg(name.left(60), columns().join(QStringLiteral(", "))),
                                 QStringLiteral("line 1"));
        if (header.count(name) > 1)
            throw Error::invalid(tr("Line 1: the column \"%1\" appears twice.").arg(name.left(60)),
                                 QStringLiteral("line 1"));
    }
    QList<SurveyResponse> rows;
    QStringList problems;
    for (const CsvRecord& record : records.mid(1)) {
        const QStringList& cells = record.fields;
        if (cells.join(QString()).trimmed().isEmpty())
            continue;
        const int i = record.line - 1; // messages say "line i + 1"
        auto cell = [&](const QString& name) {
            const int c = header.indexOf(name);
            return c >= 0 && c < cells.size() ? cells[c].trimmed() : QString();
        };
        SurveyResponse r;
        r.receivedOn = Bounds::strictIsoDate(cell(QStringLiteral("received_on")));
        r.serviceKbli = cell(QStringLiteral("service_kbli"));
        r.registration = cell(QStringLiteral("registration"));
        r.gender = cell(QStringLiteral("gender"));
        r.ageBand = cell(QStringLiteral("age_band"));
        r.education = cell(QStringLiteral("education"));
        r.occupation = cell(QStringLiteral("occupation"));
        r.comment = cell(QStringLiteral("comment"));
        QString bad;
        for (const SurveyElement& e : SurveyElements::builtIn()) {
            const QString v = cell(e.key);
            if (v.isEmpty())
                continue;
            bool ok = false;
            const int n = v.toInt(&ok);
            if (!ok)
                bad = tr("line %1, column %2: \"%3\" is not a number 1-4").arg(i + 1).arg(e.key, v);
            r.answers.insert(e.key, ok ? n : 0);
        }
        try {
            if (!bad.isEmpty())
                throw Error::invalid(bad);
            validate(r, ctx.clock().today());
            rows.append(r);
        } catch (const Error& e) {
            problems << (bad.isEmpty() ? tr("line %1, column %2: %3").arg(i + 1).arg(e.field(), e.message()) : bad);
        }
    }
    if (!problems.isEmpty())
        throw Error::invalid(tr("The survey file was not imported; nothing was written:\n%1").arg(problems.join(QLatin1Char('\n'))),
                             QStringLiteral("file"));
    const int months = monthsPerPeriod(surveysPerYear(ctx.database()));
    Transaction tx(ctx.db());
    for (SurveyResponse& r : rows) {
        r.id = newId();
        insert(ctx, r, months);
    }
    tx.commit();
    return int(rows.size());
}

SurveyIndex SurveyService::index(const Context& ctx, const QString& period, const QString& serviceKbli)
{
    ctx.require(Permission::ViewReports);
    QDate from, to;
    if (!parsePeriod(period, &from, &to))
        throw Error::invalid(tr("The period must look like %1 (the standard asks for %2 surveys a year), not \"%3\".")
                                 .arg(periodFor(ctx.database(), ctx.clock().today()))
                                 .arg(surveysPerYear(ctx.database()))
                                 .arg(period),
                             QStringLiteral("period"));
    // Forms are counted by their date, so a period of any length reads the same forms.
    const QString filter = serviceKbli.isEmpty() ? QStringLiteral("") : serviceKbli;
    const SurveyRepository forms(ctx.db());
    const int respondents = forms.countReceived(from, to, filter);
    const QMap<QString, qint64> totals = forms.answerTotals(from, to, filter);
    SurveyIndex result = SurveyIndex::compute(elementList(), totals, respondents);
    result.population = CaseQueries(ctx).handedOverCount(from, to, filter);
    result.sampleNeeded = SurveyIndex::sampleSize(result.population);
    return result;
}

} // namespace loket
