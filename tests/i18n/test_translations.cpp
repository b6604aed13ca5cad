#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

// Indonesian is the default language and must be complete: every string the sources hand to
// tr()/translate() has a finished Indonesian translation in one of the translations/*_id.ts files.
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTsFileIsFinished();
    void everySourceStringIsTranslated();

private:
    struct Message
    {
        QString context;
        QString source;
        QString comment;
        QString translation;
        bool finished = false;
    };
    static QList<Message> readTs(const QString& path, QString* error);
    static QString key(const Message& m) { return m.context + QChar(0x1f) + m.source + QChar(0x1f) + m.comment; }
    static QStringList listedTsFiles();
};

QStringList TestTranslations::listedTsFiles()
{
    const QString root = qEnvironmentVariable("LOKET_SOURCE_DIR");
    QFile cmake(root + QStringLiteral("/translations/translations.cmake"));
    if (!cmake.open(QIODevice::ReadOnly))
        return {};
    QStringList files;
    static const QRegularExpression re(QStringLiteral("([A-Za-z0-9_]+_id\\.ts)"));
    auto it = re.globalMatch(QString::fromUtf8(cmake.readAll()));
    while (it.hasNext())
        files << root + QStringLiteral("/translations/") + it.next().captured(1);
    return files;
}

QList<TestTranslations::Message> TestTranslations::readTs(const QString& path, QString* error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = Message{context, {}, {}, {}, false};
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment") && inMessage) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                current.finished = type.isEmpty();
                current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    current.finished = true; // not used any more; harmless
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            out.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

void TestTranslations::everyTsFileIsFinished()
{
    const QStringList files = listedTsFiles();
    QVERIFY2(!files.isEmpty(), "translations/translations.cmake lists no .ts file");
    QStringList problems;
    for (const QString& file : files) {
        QString error;
        const auto messages = readTs(file, &error);
        if (!error.isEmpty())
            problems << error;
        for (const Message& m : messages) {
            if (!m.finished || m.translation.trimmed().isEmpty())
                problems << QStringLiteral("%1: [%2] \"%3\" has no finished Indonesian translation")
                                .arg(QFileInfo(file).fileName(), m.context, m.source);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestTranslations::everySourceStringIsTranslated()
{
    const QString lupdate = qEnvironmentVariable("LOKET_LUPDATE");
    const QString root = qEnvironmentVariable("LOKET_SOURCE_DIR");
    if (lupdate.isEmpty() || !QFile::exists(lupdate))
        QSKIP("lupdate is not available");
    QTemporaryDir tmp;
    const QString all = tmp.filePath(QStringLiteral("all_id.ts"));
    QProcess p;
    p.setWorkingDirectory(root);
    p.start(lupdate, {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), all,
                      QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent")});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);

    QSet<QString> translated;
    for (const QString& file : listedTsFiles()) {
        QString error;
        for (const Message& m : readTs(file, &error))
            if (m.finished && !m.translation.trimmed().isEmpty())
                translated.insert(key(m));
    }
    QString error;
    const auto needed = readTs(all, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    for (const Message& m : needed)
        if (!translated.contains(key(m)))
            missing << QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 strings lack Indonesian:\n").arg(missing.size()) +
                                           missing.mid(0, 60).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
