#include "StandardImporter.h"

#include "AnnexMarkup.h"
#include "ComplaintTextParser.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace loket {

namespace {
constexpr int kComponents = 14;

QStringList listItems(const QString& plain)
{
    const AnnexMarkup::List list = AnnexMarkup::split(plain, AnnexMarkup::Marker::Number);
    if (list.items.isEmpty())
        return list.intro.isEmpty() ? QStringList() : QStringList{list.intro};
    QStringList items = AnnexMarkup::cleanItems(list.items);
    if (!AnnexMarkup::cleanItem(list.intro).isEmpty())
        items.prepend(AnnexMarkup::cleanItem(list.intro));
    return items;
}

bool isNone(const QString& text)
{
    const QString t = AnnexMarkup::cleanItem(text).toLower();
    return t.isEmpty() || t == QLatin1String("-") || t.startsWith(QLatin1String("tidak ada"));
}

QList<Requirement> requirementList(const QString& text, const QString& group, const QString& prefix)
{
    QList<Requirement> out;
    if (isNone(text))
        return out;
    const QStringList items = listItems(text);
    for (int i = 0; i < items.size(); ++i)
        out.append({prefix + QString::number(i + 1), group, items[i], i + 1});
    return out;
}

// "N (words) kali dalam M (words) tahun" -> times per year.
int perYear(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("(\\d+)\\s*(?:\\([^)]*\\)\\s*)?kali\\s+dalam\\s+(\\d+)\\s*(?:\\([^)]*\\)\\s*)?tahun"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch() || m.captured(2).toInt() <= 0)
        return 0;
    return m.captured(1).toInt() / m.captured(2).toInt();
}
} // namespace

QString StandardImporter::componentName(int number)
{
    static const char* const names[kComponents] = {"Persyaratan",
                                                   "Sistem, Mekanisme dan Prosedur",
                                                   "Jangka Waktu Penyelesaian",
                                                   "Biaya/Tarif",
                                                   "Produk Layanan",
                                                   "Penanganan Pengaduan, Saran dan Masukan",
                                                   "Dasar Hukum",
                                                   "Sarana, Prasarana, dan Fasilitas",
                                                   "Kompetensi Pelaksana",
                                                   "Pengawasan Internal",
                                                   "Jumlah Pelaksana",
                                                   "Jaminan Pelayanan",
                                                   "Jaminan Keamanan dan Keselamatan Pelayanan",
                                                   "Evaluasi Kinerja Pelaksana"};
    return number >= 1 && number <= kComponents ? QString::fromLatin1(names[number - 1]) : QString();
}

bool StandardImporter::nameFits(int number, const QString& name)
{
    static const QList<QStringList> words = {
        {QStringLiteral("persyaratan")},
        {QStringLiteral("prosedur"), QStringLiteral("mekanisme")},
        {QStringLiteral("waktu")},
        {QStringLiteral("biaya"), QStringLiteral("tarif")},
        {QStringLiteral("produk")},
        {QStringLiteral("pengaduan")},
        {QStringLiteral("hukum")},
        {QStringLiteral("sarana"), QStringLiteral("fasilitas")},
        {QStringLiteral("kompetensi")},
        {QStringLiteral("pengawasan")},
        {QStringLiteral("jumlah")},
        {QStringLiteral("jaminan pelayanan")},
        {QStringLiteral("keamanan"), QStringLiteral("keselamatan")},
        {QStringLiteral("evaluasi")},
    };
    for (const QString& w : words.value(number - 1))
        if (name.contains(w, Qt::CaseInsensitive))
            return true;
    return false;
}

QList<StandardImporter::Block> StandardImporter::readBlocks(const QString& text)
{
    static const QRegularExpression header(QStringLiteral("^\\s*NO\\s+KOMPONEN\\s+URAIAN\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression heading(QStringLiteral("^\\d+\\.\\s+\\S"));
    static const QRegularExpression section(QStringLiteral("^[A-Z]\\.\\t"));
    static const QRegularExpression row(QStringLiteral("^(\\d+)\\t([^\\t]*)(?:\\t(.*))?$"));
    static const QRegularExpression continuation(QStringLiteral("^\\t+(.*)$"));

    QList<Block> blocks;
    int lastComponent = 0;
    const QStringList lines = QString(text).remove(QChar(0xFEFF)).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const int lineNo = i + 1;
        if (line.trimmed().isEmpty())
            continue;
        if (header.match(line).hasMatch()) {
            if (blocks.isEmpty())
                throw Error::invalid(
                    tr("Line %1: a \"NO KOMPONEN URAIAN\" header comes before any service heading.").arg(lineNo));
            continue;
        }
        if (!line.contains(QLatin1Char('\t')) && heading.match(line).hasMatch()) {
            blocks.append({lineNo, line.trimmed(), {}});
            lastComponent = 0;
            continue;
        }
        if (blocks.isEmpty())
            throw Error::invalid(tr("Line %1: text before the first service heading (\"45. Izin (Risiko Tinggi) "
                                    "KBLI 71205 ...\"): %2")
                                     .arg(lineNo)
                                     .arg(line.trimmed().left(60)));
        Block& block = blocks.last();
        const QString where = tr("Service \"%1\", line %2").arg(block.heading).arg(lineNo);
        if (section.match(line).hasMatch()) {
            lastComponent = 0;
            continue;
        }
        if (const auto m = row.match(line); m.hasMatch()) {
            const int number = m.captured(1).toInt();
            const QString name = m.captured(2).trimmed();
            if (number < 1 || number > kComponents)
                throw Error::invalid(
                    tr("%1: there is no component %2; a standard has components 1 to 14.").arg(where).arg(number),
                    QStringLiteral("component"));
            if (block.components.contains(number))
                throw Error::invalid(tr("%1: component %2 (%3) appears a second time (first on line %4).")
                                         .arg(where)
                                         .arg(number)
                                         .arg(name)
                                         .arg(block.components.value(number).line),
                                     QStringLiteral("component"));
            if (!nameFits(number, name))
                throw Error::invalid(tr("%1: component %2 is named \"%3\" but component %2 is \"%4\".")
                                         .arg(where)
                                         .arg(number)
                                         .arg(name, componentName(number)),
                                     QStringLiteral("component"));
            block.components.insert(number, {number, name, m.captured(3), lineNo});
            lastComponent = number;
            continue;
        }
        if (const auto m = continuation.match(line); m.hasMatch()) {
            if (lastComponent == 0)
                throw Error::invalid(tr("%1: a continued row follows no component.").arg(where),
                                     QStringLiteral("component"));
            Component& c = block.components[lastComponent];
            c.text += QLatin1Char(' ') + m.captured(1);
            continue;
        }
        throw Error::invalid(tr("%1: this is neither a component row, a continued row nor a page header: %2")
                                 .arg(where, line.trimmed().left(60)));
    }
    if (blocks.isEmpty())
        throw Error::invalid(tr("No service heading (\"45. Izin (Risiko Tinggi) KBLI 71205 ...\") was found."));
    return blocks;
}

void StandardImporter::readHeading(const Block& block, ServiceStandard& s)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(\\d+)\\.\\s+(.*?)\\s*\\(\\s*Risiko\\s+(Rendah|Menengah\\s+Rendah|Menengah\\s+Tinggi|Tinggi)\\s*\\)"
            "\\s*KBLI\\s*:?\\s*(\\d{5})\\s+(.+?)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(block.heading);
    if (!m.hasMatch())
        throw Error::invalid(tr("Line %1: the service heading \"%2\" does not read \"N. Kind (Risiko Level) KBLI "
                                "NNNNN Name\".")
                                 .arg(block.line)
                                 .arg(block.heading),
                             QStringLiteral("heading"));
    s.annexNumber = m.captured(1).toInt();
    s.permitType = m.captured(2).simplified();
    const QString risk = m.captured(3).simplified().toLower();
    for (const QString& level : {QStringLiteral("Rendah"), QStringLiteral("Menengah Rendah"),
                                 QStringLiteral("Menengah Tinggi"), QStringLiteral("Tinggi")})
        if (level.toLower() == risk)
            s.riskLevel = level;
    s.kbli = m.captured(4);
    s.name = m.captured(5).simplified();
}

void StandardImporter::readComponent(const Component& c, ServiceStandard& s)
{
    static const QRegularExpression leadingColon(QStringLiteral("^\\s*:\\s*"));
    QString plain = AnnexMarkup::toPlain(c.text);
    plain.remove(leadingColon);
    if (plain.trimmed().isEmpty())
        throw Error::invalid(tr("The component is empty."));

    switch (c.number) {
    case 1:
        readRequirements(plain, s);
        break;
    case 2:
        readProcedure(plain, s);
        break;
    case 3:
        s.completionWorkingDays = AnnexMarkup::numberBefore(plain, QStringLiteral("hari kerja"));
        if (s.completionWorkingDays <= 0)
            throw Error::invalid(tr("The completion time has no number of working days (\"7 hari kerja\")."));
        s.completionText = plain.simplified();
        // No stage budgets: the standard states only the whole time; the office sets them in the editor.
        break;
    case 4:
        readFee(plain, s);
        break;
    case 6:
        s.complaints = ComplaintTextParser::parse(plain);
        break;
    case 11:
        readStaffCount(plain, s);
        break;
    case 14:
        readPerformanceEvaluation(plain, s);
        break;
    default:
        if (QStringList* list = listOf(c.number, s))
            *list = listItems(plain);
        break;
    }
}

// The components that are a plain numbered list, by number; none for the others.
QStringList* StandardImporter::listOf(int number, ServiceStandard& s)
{
    switch (number) {
    case 5:
        return &s.products;
    case 7:
        return &s.legalBases;
    case 8:
        return &s.facilities;
    case 9:
        return &s.staffCompetence;
    case 10:
        return &s.internalSupervision;
    case 12:
        return &s.serviceGuarantees;
    case 13:
        return &s.safetyGuarantees;
    default:
        return nullptr;
    }
}

// Component 1: "Persyaratan Umum:" items U1, U2, ... and "Persyaratan Khusus:" items K1, K2, ...
void StandardImporter::readRequirements(const QString& plain, ServiceStandard& s)
{
    static const QRegularExpression general(QStringLiteral("(?:\\b[A-Z]\\.\\s*)?Persyaratan\\s+Umum\\s*:"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression special(QStringLiteral("(?:\\b[A-Z]\\.\\s*)?Persyaratan\\s+Khusus\\s*:"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto g = general.match(plain);
    const auto k = special.match(plain);
    QString generalText = plain;
    QString specialText;
    if (k.hasMatch()) {
        specialText = plain.mid(k.capturedEnd());
        generalText = plain.left(k.capturedStart());
    }
    if (g.hasMatch() && (!k.hasMatch() || g.capturedStart() < k.capturedStart()))
        generalText = generalText.mid(g.capturedEnd());
    s.requirements = requirementList(generalText, QStringLiteral("general"), QStringLiteral("U"));
    if (s.requirements.isEmpty())
        throw Error::invalid(tr("There are no general requirements (Persyaratan Umum)."));
    s.requirements += requirementList(specialText, QStringLiteral("special"), QStringLiteral("K"));
}

// Component 2: the procedure's text and its classifications ("Klasifikasi 4, 8 dan 10").
void StandardImporter::readProcedure(const QString& plain, ServiceStandard& s)
{
    static const QRegularExpression repeatedName(QStringLiteral("^Sistem,?\\s+Mekanisme,?\\s+dan\\s+Prosedur\\s*:\\s*"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression classes(QStringLiteral("Klasifikasi\\s+(\\d+(?:\\s*,?\\s*(?:atau|dan)?\\s*\\d+)*)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression number(QStringLiteral("\\d+"));
    s.procedureText = plain.simplified().remove(repeatedName);
    const auto m = classes.match(s.procedureText);
    if (!m.hasMatch())
        throw Error::invalid(tr("No procedure classification (\"Klasifikasi 4, 8, ...\") was found."));
    for (auto it = number.globalMatch(m.captured(1)); it.hasNext();)
        s.procedureClassifications.append(it.next().captured().toInt());
}

// Component 4: "Gratis" or an amount in rupiah.
void StandardImporter::readFee(const QString& plain, ServiceStandard& s)
{
    static const QRegularExpression free(QStringLiteral("gratis|tidak\\s+dipungut|tanpa\\s+biaya|^rp\\.?\\s*0\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression amount(QStringLiteral("Rp\\.?\\s*(\\d{1,3}(?:\\.\\d{3})+|\\d+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    s.feeText = AnnexMarkup::cleanItem(plain);
    if (free.match(plain).hasMatch()) {
        s.feeAmount = 0;
    } else if (const auto m = amount.match(plain); m.hasMatch()) {
        s.feeAmount = m.captured(1).remove(QLatin1Char('.')).toLongLong();
    } else {
        throw Error::invalid(tr("The fee is neither \"Gratis\" nor an amount in rupiah (\"Rp 50.000\")."));
    }
}

// Component 11: "30 Orang".
void StandardImporter::readStaffCount(const QString& plain, ServiceStandard& s)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    const auto m = number.match(plain);
    if (!m.hasMatch())
        throw Error::invalid(tr("The number of staff is not a number (\"30 Orang\")."));
    s.staffCount = m.captured().toInt();
    s.staffCountText = AnnexMarkup::cleanItem(plain);
}

// Component 14: the evaluations, and how often a year the survey and the standard's own evaluation are held.
void StandardImporter::readPerformanceEvaluation(const QString& plain, ServiceStandard& s)
{
    const AnnexMarkup::List list = AnnexMarkup::split(plain, AnnexMarkup::Marker::Number);
    s.performanceEvaluationIntro = list.intro;
    s.performanceEvaluation = AnnexMarkup::cleanItems(list.items);
    for (const QString& item : s.performanceEvaluation) {
        const bool survey = item.contains(QLatin1String("survey"), Qt::CaseInsensitive) ||
                            item.contains(QLatin1String("survei"), Qt::CaseInsensitive);
        if (survey && s.surveysPerYear == 0)
            s.surveysPerYear = perYear(item);
        else if (!survey && s.sopEvaluationsPerYear == 0)
            s.sopEvaluationsPerYear = perYear(item);
    }
    // A whole standard states both; an annex cut short loses them first.
    if (s.sopEvaluationsPerYear <= 0)
        throw Error::invalid(tr("It does not say how often the standard itself is evaluated (\"Evaluasi "
                                "pelaksanaan standar pelayanan ... 1 (satu) kali dalam 1 (satu) tahun\"); the "
                                "annex may be cut short."));
    if (s.surveysPerYear <= 0)
        throw Error::invalid(tr("It does not say how often the satisfaction survey is held (\"survey kepuasan "
                                "pelanggan 4 (empat) kali dalam 1 (satu) tahun\"); the annex may be cut short."));
}

ServiceStandard StandardImporter::build(const Block& block)
{
    ServiceStandard s;
    readHeading(block, s);
    const QString service = tr("Service %1 (KBLI %2 %3)").arg(s.annexNumber).arg(s.kbli, s.name);
    for (int n = 1; n <= kComponents; ++n) {
        if (!block.components.contains(n))
            throw Error::invalid(tr("%1, heading on line %2: component %3 (%4) is missing.")
                                     .arg(service)
                                     .arg(block.line)
                                     .arg(n)
                                     .arg(componentName(n)),
                                 QStringLiteral("component %1").arg(n));
        const Component& c = block.components.value(n);
        try {
            readComponent(c, s);
        } catch (const Error& e) {
            throw Error::invalid(
                tr("%1, component %2 (%3), line %4: %5").arg(service).arg(n).arg(c.name).arg(c.line).arg(e.message()),
                QStringLiteral("component %1").arg(n));
        }
    }
    return s;
}

QList<ServiceStandard> StandardImporter::parse(const QString& text)
{
    const QList<Block> blocks = readBlocks(text);
    QList<ServiceStandard> out;
    for (const Block& block : blocks) {
        ServiceStandard s = build(block);
        for (const ServiceStandard& other : out)
            if (other.kbli == s.kbli && other.name == s.name)
                throw Error::invalid(tr("Line %1: the service KBLI %2 %3 appears twice in the file.")
                                         .arg(block.line)
                                         .arg(s.kbli, s.name),
                                     QStringLiteral("heading"));
        out.append(s);
    }
    // A file cut short ends in the middle of a line: no line break and no full stop at its end.
    qsizetype last = text.size() - 1;
    while (last >= 0 && (text.at(last) == QLatin1Char(' ') || text.at(last) == QLatin1Char('\t')))
        --last;
    const QChar end = last >= 0 ? text.at(last) : QChar(QLatin1Char('\n'));
    if (end != QLatin1Char('\n') && end != QLatin1Char('\r') && end != QLatin1Char('.')) {
        const int line = int(text.count(QLatin1Char('\n'))) + 1;
        const QString lastLine = text.mid(text.lastIndexOf(QLatin1Char('\n')) + 1).simplified();
        QString where = tr("Line %1").arg(line);
        if (!blocks.isEmpty() && !out.isEmpty()) {
            // The component that was being read when the file ended.
            const ServiceStandard& s = out.last();
            Component cut;
            for (const Component& c : blocks.last().components)
                if (c.line >= cut.line)
                    cut = c;
            where = tr("Service %1 (KBLI %2 %3)").arg(s.annexNumber).arg(s.kbli, s.name) +
                    tr(", component %1 (%2), line %3").arg(cut.number).arg(cut.name).arg(line);
        }
        throw Error::invalid(tr("%1: the file ends in the middle of a sentence (\"...%2\"); it looks cut short. "
                                "Nothing was imported.")
                                 .arg(where, lastLine.right(40)),
                             QStringLiteral("file"));
    }
    return out;
}

QList<ServiceStandard> StandardImporter::parseFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error::invalid(tr("The file %1 cannot be read: %2").arg(path, f.errorString()), QStringLiteral("file"));
    return parse(QString::fromUtf8(f.readAll()));
}

QString StandardImporter::builtinResource()
{
    return QStringLiteral(":/data/catalog/standar-pelayanan.txt");
}

QList<ServiceStandard> StandardImporter::builtin()
{
    return parseFile(builtinResource());
}

} // namespace loket
