#include "ComplaintTextParser.h"

#include "AnnexMarkup.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace loket {

namespace {
bool containsAny(const QString& text, std::initializer_list<const char*> words)
{
    for (const char* w : words)
        if (text.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    return false;
}
} // namespace

QStringList ComplaintTextParser::channelKinds()
{
    return {QStringLiteral("officer"), QStringLiteral("counter"), QStringLiteral("letter"),
            QStringLiteral("phone"),   QStringLiteral("sms"),     QStringLiteral("whatsapp"),
            QStringLiteral("email"),   QStringLiteral("twitter"), QStringLiteral("instagram"),
            QStringLiteral("web"),     QStringLiteral("mpp_web"), QStringLiteral("form"),
            QStringLiteral("box"),     QStringLiteral("other")};
}

QString ComplaintTextParser::channelKind(const QString& label, const QString& contact)
{
    const QString l = label.trimmed().toLower();
    auto starts = [&l](const char* w) { return l.startsWith(QLatin1String(w)); };
    if (starts("pejabat"))
        return QStringLiteral("officer");
    if (starts("petugas") || l.contains(QLatin1String("loket")) || l.contains(QLatin1String("loker")))
        return QStringLiteral("counter");
    if (starts("surat"))
        return QStringLiteral("letter");
    if (starts("telepon") || starts("telp") || starts("phone") || starts("tel"))
        return QStringLiteral("phone");
    if (starts("sms"))
        return QStringLiteral("sms");
    if (starts("wa") || starts("whatsapp"))
        return QStringLiteral("whatsapp");
    if (starts("email") || starts("e-mail") || starts("surel"))
        return QStringLiteral("email");
    if (starts("twitter") || l == QLatin1String("x"))
        return QStringLiteral("twitter");
    if (starts("instagram") || starts("ig"))
        return QStringLiteral("instagram");
    if (starts("web") || starts("laman") || starts("situs"))
        return contact.contains(QLatin1String("mpp"), Qt::CaseInsensitive) ? QStringLiteral("mpp_web")
                                                                           : QStringLiteral("web");
    if (starts("formulir"))
        return QStringLiteral("form");
    if (starts("kotak"))
        return QStringLiteral("box");
    return QStringLiteral("other");
}

ComplaintChannel ComplaintTextParser::parseChannel(const QString& key, const QString& text)
{
    static const QRegularExpression labelled(QStringLiteral("^([A-Za-z][A-Za-z -]{0,20}?)\\s*:\\s*(.+)$"));
    static const QRegularExpression street(QStringLiteral("[,\\s]\\s*(Jalan|Jl\\.)\\s"));
    ComplaintChannel c;
    c.key = key;
    const QString s = AnnexMarkup::cleanItem(text);
    if (const auto m = labelled.match(s); m.hasMatch()) {
        c.label = m.captured(1).trimmed();
        c.contact = m.captured(2).trimmed();
    } else if (const auto m = street.match(s); m.hasMatch()) {
        c.label = s.left(m.capturedStart()).trimmed();
        c.contact = s.mid(m.capturedStart(1)).trimmed();
    } else {
        c.label = s;
    }
    c.kind = channelKind(c.label, c.contact);
    return c;
}

QList<ResolutionPath> ComplaintTextParser::parsePaths(const QStringList& items)
{
    static const QRegularExpression approval(QStringLiteral("persetujuan\\s+Kepala"),
                                             QRegularExpression::CaseInsensitiveOption);
    QList<ResolutionPath> paths;
    for (const QString& raw : items) {
        ResolutionPath p;
        p.text = AnnexMarkup::cleanItem(raw);
        if (containsAny(p.text, {"APIP", "Pengawas Intern"}))
            p.key = QStringLiteral("apip");
        else if (containsAny(p.text, {"Tim Teknis", "Perangkat Daerah terkait", "eksternal"}))
            p.key = QStringLiteral("technical");
        else
            p.key = QStringLiteral("internal");
        const int comma = p.text.indexOf(QLatin1Char(','));
        p.title = comma > 0 ? p.text.left(comma).trimmed() : p.text;
        p.needsHeadApproval = approval.match(p.text).hasMatch();
        for (const ResolutionPath& other : paths) {
            if (other.key == p.key)
                throw Error::invalid(tr("Two complaint resolution paths are of the same kind (%1).").arg(p.key));
        }
        paths.append(p);
    }
    return paths;
}

ComplaintHandling ComplaintTextParser::parse(const QString& plain)
{
    ComplaintHandling h;
    h.rules.clear();
    const AnnexMarkup::List top = AnnexMarkup::split(plain, AnnexMarkup::Marker::Number);
    if (top.items.isEmpty())
        throw Error::invalid(tr("The complaint handling has no numbered items (1., 2., ...)."));

    bool haveChannels = false, haveRecording = false, haveReview = false, havePaths = false;
    int window = -1, answer = -1;
    for (int i = 0; i < top.items.size(); ++i) {
        const AnnexMarkup::List sub = AnnexMarkup::split(top.items[i], AnnexMarkup::Marker::Letter);
        const QString intro = sub.intro;
        if (window < 0)
            window = AnnexMarkup::numberBefore(intro, QStringLiteral("hari kalender"));
        if (answer < 0)
            answer = AnnexMarkup::numberBefore(intro, QStringLiteral("hari kerja"));

        if (sub.items.isEmpty()) {
            if (i == top.items.size() - 1 && i > 0 && containsAny(intro, {"diinformasikan", "dilaporkan"}))
                h.reportingRule = AnnexMarkup::cleanItem(intro);
            else
                h.rules.append(AnnexMarkup::cleanItem(intro));
            continue;
        }
        if (!haveChannels && containsAny(intro, {"melalui", "disampaikan"})) {
            haveChannels = true;
            h.rules.append(AnnexMarkup::cleanItem(intro));
            for (int k = 0; k < sub.items.size(); ++k)
                h.channels.append(parseChannel(QString(QChar(QLatin1Char('a').unicode() + k)), sub.items[k]));
        } else if (!haveRecording && containsAny(intro, {"menindaklanjuti", "pencatatan"})) {
            haveRecording = true;
            for (const QString& step : sub.items) {
                const AnnexMarkup::List nested = AnnexMarkup::split(step, AnnexMarkup::Marker::Paren);
                if (nested.items.isEmpty()) {
                    h.recordingSteps.append(AnnexMarkup::cleanItem(step));
                    continue;
                }
                QStringList parts;
                for (int n = 0; n < nested.items.size(); ++n) {
                    const QString item = AnnexMarkup::cleanItem(nested.items[n]);
                    parts.append(QStringLiteral("%1) %2").arg(n + 1).arg(item));
                    const int colon = item.indexOf(QLatin1String("diantaranya:"), 0, Qt::CaseInsensitive);
                    if (colon >= 0 && h.problemTypes.isEmpty()) {
                        for (const QString& type : item.mid(colon + 12).split(QLatin1Char(';'), Qt::SkipEmptyParts))
                            if (!AnnexMarkup::cleanItem(type).isEmpty())
                                h.problemTypes.append(AnnexMarkup::cleanItem(type));
                    }
                }
                h.recordingSteps.append(AnnexMarkup::cleanItem(nested.intro) + QLatin1Char(' ') +
                                        parts.join(QLatin1String("; ")));
            }
        } else if (!haveReview && containsAny(intro, {"penelaahan", "penelahaan materi", "langkah"}) &&
                   !containsAny(intro, {"kategori"})) {
            haveReview = true;
            h.reviewSteps = AnnexMarkup::cleanItems(sub.items);
        } else if (!havePaths && containsAny(intro, {"kategori", "penyelesaian"})) {
            havePaths = true;
            h.resolutionPaths = parsePaths(sub.items);
        } else {
            // An unknown sub-list is kept as a rule so no text is lost.
            h.rules.append(AnnexMarkup::cleanItem(top.items[i]));
        }
    }

    if (!haveChannels || h.channels.isEmpty())
        throw Error::invalid(tr("No complaint channels (a., b., ...) were found."));
    if (window <= 0)
        throw Error::invalid(tr("The complaint window (\"N hari kalender\") was not found."));
    if (answer <= 0)
        throw Error::invalid(tr("The complaint answer time (\"N hari kerja\") was not found."));
    if (!havePaths || h.resolutionPaths.isEmpty())
        throw Error::invalid(tr("The complaint resolution paths (internal, technical, APIP) were not found."));
    h.windowCalendarDays = window;
    h.answerWorkingDays = answer;
    return h;
}

} // namespace loket
