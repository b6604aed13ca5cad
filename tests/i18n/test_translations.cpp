#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
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
    void runtimeContextsMatchLupdate();

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

// lupdate files a tr() call under the class of the member function it is in, or under the
// namespace of a free function. A file-local `tr()` helper must look up the same context at run
// time, or the Indonesian text exists but is never shown (a bug we had): classes whose members
// call tr() declare Q_DECLARE_TR_FUNCTIONS, and free helpers use their namespace.
void TestTranslations::runtimeContextsMatchLupdate()
{
    const QString lupdate = qEnvironmentVariable("LOKET_LUPDATE");
    const QString root = qEnvironmentVariable("LOKET_SOURCE_DIR");
    if (lupdate.isEmpty() || !QFile::exists(lupdate))
        QSKIP("lupdate is not available");
    QTemporaryDir tmp;
    const QString all = tmp.filePath(QStringLiteral("located_id.ts"));
    QProcess p;
    p.setWorkingDirectory(root);
    p.start(lupdate, {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), all,
                      QStringLiteral("-locations"), QStringLiteral("absolute"), QStringLiteral("-silent")});
    QVERIFY(p.waitForFinished(120000));

    // Contexts a run-time lookup can use: Q_DECLARE_TR_FUNCTIONS, Q_OBJECT classes (qualified by
    // their namespace), and string literals in the calling file.
    QSet<QString> declared;
    static const QRegularExpression declare(QStringLiteral("Q_DECLARE_TR_FUNCTIONS\\(([A-Za-z_:]+)\\)"));
    static const QRegularExpression ns(QStringLiteral("^namespace (loket(?:::[a-z_]+)*)"),
                                       QRegularExpression::MultilineOption);
    static const QRegularExpression qobject(QStringLiteral("class (\\w+)[^;{]*\\{\\s*Q_OBJECT"));
    QDirIterator it(root, {QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/build")) || path.contains(QStringLiteral("/tests/")))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.readAll());
        auto d = declare.globalMatch(text);
        while (d.hasNext())
            declared.insert(d.next().captured(1));
        auto q = qobject.globalMatch(text);
        while (q.hasNext()) {
            const auto m = q.next();
            // The namespace opened last before the class.
            QString space;
            auto n = ns.globalMatch(text);
            while (n.hasNext()) {
                const auto nm = n.next();
                if (nm.capturedStart() < m.capturedStart())
                    space = nm.captured(1) + QStringLiteral("::");
            }
            declared.insert(space + m.captured(1));
        }
    }

    QFile ts(all);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString context;
    QStringList wrong;
    QHash<QString, QString> sources;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("location")) {
            const QString file = xml.attributes().value(QStringLiteral("filename")).toString();
            const QString path = QDir(QFileInfo(all).absolutePath()).absoluteFilePath(file);
            if (!sources.contains(path)) {
                QFile f(path);
                sources.insert(path, f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString());
            }
            const QString& text = sources[path];
            const bool literal = text.contains(QLatin1Char('"') + context + QLatin1Char('"'));
            if (!literal && !declared.contains(context))
                wrong << QStringLiteral("%1:%2: context %3 is not what the code looks up")
                             .arg(path, xml.attributes().value(QStringLiteral("line")).toString(), context);
        }
    }
    wrong.removeDuplicates();
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 30).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
