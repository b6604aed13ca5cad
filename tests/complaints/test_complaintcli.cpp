#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>
#include <vector>

using namespace loket;

// loket-cli complaint add|list|show|import, with --json carrying the triage, due date and clock, and
// the workflow after registration (triage override, review, resolution, answer, report, close).
class TestComplaintCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addShowsTriageDueDateAndClock();
    void listFiltersByKindStateAndClock();
    void showIncludesPriorInformation();
    void importIsAllOrNothing();
    void usageAndPermissionExitCodes();
    void walkFromAddToCloseThroughTheCli();
    void triageOverrideSuggestionNoteAndInternalLevels();
    void refusedStepsChangeNothing();
    void workflowUsageErrors();
    void listPagesAfterTheLastNumber();

private:
    // Runs loket-cli with the words (UTF-8) on 20 March 2026, the day of the workflow tests.
    test::CliResult cli(const std::vector<const char*>& words, const QString& user = QStringLiteral("dewi"),
                        const QByteArray& input = {});
    QJsonObject stored(const QString& number);
    QString addComplaint(const char* name, const char* object);
    QString write(const QString& name, const QByteArray& bytes);
    test::CliResult run(QStringList args, const QString& user = QStringLiteral("dewi"),
                        const QString& now = QStringLiteral("2026-03-17T12:00"));
    static QJsonDocument json(const test::CliResult& r) { return QJsonDocument::fromJson(r.out); }

    QTemporaryDir m_dir;
    QString m_db;
};

test::CliResult TestComplaintCli::run(QStringList args, const QString& user, const QString& now)
{
    QStringList all{QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en")};
    if (!user.isEmpty())
        all << QStringLiteral("--user") << user;
    return test::runCli(all + args, {QStringLiteral("LOKET_NOW=") + now, QStringLiteral("LOKET_PASSWORD=Rahasia-2026!"),
                                       QStringLiteral("LOKET_NEW_PASSWORD=Rahasia-2026!")});
}

void TestComplaintCli::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}, {}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dewi"), QStringLiteral("--role"),
                  QStringLiteral("front_desk,back_office")},
                 QStringLiteral("admin"))
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("teknis"), QStringLiteral("--role"),
                  QStringLiteral("technical_team")},
                 QStringLiteral("admin"))
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kepala"), QStringLiteral("--role"),
                  QStringLiteral("head")},
                 QStringLiteral("admin"))
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("spv"), QStringLiteral("--role"),
                  QStringLiteral("supervisor")},
                 QStringLiteral("admin"))
                 .exitCode,
             0);
}

test::CliResult TestComplaintCli::cli(const std::vector<const char*>& words, const QString& user,
                                      const QByteArray& input)
{
    QStringList args{QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en")};
    if (!user.isEmpty())
        args << QStringLiteral("--user") << user;
    for (const char* w : words)
        args << QString::fromUtf8(w);
    return test::runCli(
        args, {QStringLiteral("LOKET_NOW=2026-03-20T12:00"), QStringLiteral("LOKET_PASSWORD=Rahasia-2026!")}, input);
}

QJsonObject TestComplaintCli::stored(const QString& number)
{
    const auto r = cli({"complaint", "show", number.toUtf8().constData(), "--json"});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return json(r).object();
}

QString TestComplaintCli::addComplaint(const char* name, const char* object)
{
    const auto r = cli({"complaint", "add", "--channel", "g", "--received", "2026-03-17 09:00", "--name", name,
                        "--contact", "0812 3456 7890", "--object", object, "--json"});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return json(r).object().value(QStringLiteral("number")).toString();
}

QString TestComplaintCli::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qWarning() << "cannot write" << path;
    return path;
}

void TestComplaintCli::addShowsTriageDueDateAndClock()
{
    auto r = run({QStringLiteral("complaint"), QStringLiteral("add"), QStringLiteral("--channel"), QStringLiteral("g"),
                  QStringLiteral("--received"), QStringLiteral("2026-03-17 10:00"), QStringLiteral("--name"),
                  QStringLiteral("Siti Rahma"), QStringLiteral("--object"), QStringLiteral("Izin belum terbit"),
                  QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = json(r).object();
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("complaint"));
    QCOMPARE(o.value(QStringLiteral("due_on")).toString(), QStringLiteral("2026-04-14")); // after Idulfitri
    QCOMPARE(o.value(QStringLiteral("clock_state")).toString(), QStringLiteral("on_track"));
    const QJsonObject triage = o.value(QStringLiteral("triage")).toObject();
    QCOMPARE(triage.value(QStringLiteral("rule")).toString(), QStringLiteral("no_related_case"));
    QVERIFY(!triage.value(QStringLiteral("explanation")).toString().isEmpty());

    r = run({QStringLiteral("complaint"), QStringLiteral("add"), QStringLiteral("--channel"), QStringLiteral("m"),
             QStringLiteral("--received"), QStringLiteral("2026-03-17 10:30"), QStringLiteral("--object"),
             QStringLiteral("Toilet kotor"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject s = json(r).object();
    QCOMPARE(s.value(QStringLiteral("kind")).toString(), QStringLiteral("suggestion"));
    QCOMPARE(s.value(QStringLiteral("triage")).toObject().value(QStringLiteral("rule")).toString(),
             QStringLiteral("no_identity"));
    QVERIFY(s.value(QStringLiteral("due_on")).isNull());
}

void TestComplaintCli::listFiltersByKindStateAndClock()
{
    auto r = run({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--kind"),
                  QStringLiteral("suggestion"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(json(r).array().size(), 1);
    r = run({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("received"),
             QStringLiteral("--json")});
    QCOMPARE(json(r).array().size(), 1);
    // On 10 April the answer is due in two working days (14 April): at risk; on 15 April overdue.
    r = run({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--clock"), QStringLiteral("at-risk"),
             QStringLiteral("--json")},
            QStringLiteral("dewi"), QStringLiteral("2026-04-10T09:00"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(json(r).array().size(), 1);
    QCOMPARE(json(r).array().first().toObject().value(QStringLiteral("clock_state")).toString(),
             QStringLiteral("at_risk"));
    r = run({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--clock"), QStringLiteral("overdue"),
             QStringLiteral("--json")},
            QStringLiteral("dewi"), QStringLiteral("2026-04-15T09:00"));
    QCOMPARE(json(r).array().size(), 1);
    r = run({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--clock"), QStringLiteral("on-track"),
             QStringLiteral("--json")},
            QStringLiteral("dewi"), QStringLiteral("2026-04-15T09:00"));
    QCOMPARE(json(r).array().size(), 0);
}

void TestComplaintCli::showIncludesPriorInformation()
{
    const auto r = run({QStringLiteral("complaint"), QStringLiteral("show"), QStringLiteral("PGD-C01-2026-00001"),
                        QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = json(r).object();
    QCOMPARE(o.value(QStringLiteral("number")).toString(), QStringLiteral("PGD-C01-2026-00001"));
    QCOMPARE(o.value(QStringLiteral("review_steps")).toArray().size(), 5);
    QVERIFY(o.contains(QStringLiteral("prior")));
    QCOMPARE(run({QStringLiteral("complaint"), QStringLiteral("show"), QStringLiteral("PGD-X")}).exitCode, 3);
}

void TestComplaintCli::importIsAllOrNothing()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("channel,received,name,object\ng,2026-03-16 09:00,Budi,Antrian lama\nq,2026-03-16 10:00,Ani,Biaya\n");
    f.close();
    auto r = run({QStringLiteral("complaint"), QStringLiteral("import"), bad, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("Line 3"));
    QCOMPARE(json(r).object().value(QStringLiteral("problems")).toArray().first().toObject().value(
                 QStringLiteral("field")).toString(),
             QStringLiteral("channel"));
    r = run({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(json(r).array().size(), 2); // nothing of the bad file

    const QString good = m_dir.filePath(QStringLiteral("good.csv"));
    QFile g(good);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("channel,received,name,object\ng,2026-03-16 09:00,Budi,Antrian lama\nf,2026-03-16 10:00,Ani,Biaya\n");
    g.close();
    r = run({QStringLiteral("complaint"), QStringLiteral("import"), good, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = json(r).object();
    QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 2);
    const QJsonObject first = o.value(QStringLiteral("complaints")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("triage")).toObject().value(QStringLiteral("rule")).toString(),
             QStringLiteral("no_related_case"));
    QVERIFY(!first.value(QStringLiteral("due_on")).toString().isEmpty());
    QVERIFY(!first.value(QStringLiteral("clock_state")).toString().isEmpty());
}

void TestComplaintCli::usageAndPermissionExitCodes()
{
    QCOMPARE(run({QStringLiteral("complaint"), QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("complaint"), QStringLiteral("add")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--clock"), QStringLiteral("late")})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("complaint"), QStringLiteral("add"), QStringLiteral("--channel"), QStringLiteral("g"),
                  QStringLiteral("--received"), QStringLiteral("yesterday")})
                 .exitCode,
             3);
    QCOMPARE(run({QStringLiteral("complaint"), QStringLiteral("add"), QStringLiteral("--channel"), QStringLiteral("g"),
                  QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--object"), QStringLiteral("Y")},
                 QStringLiteral("teknis"))
                 .exitCode,
             5);
    QCOMPARE(run({QStringLiteral("complaint"), QStringLiteral("list")}, QString()).exitCode, 5);
}

// One complaint on the APIP path, every step through loket-cli --json, the stored record checked
// after each.
void TestComplaintCli::walkFromAddToCloseThroughTheCli()
{
    const QString number = addComplaint("Budi Santoso", "Izin usaha belum terbit setelah 20 hari");
    QVERIFY(!number.isEmpty());
    const QByteArray n = number.toUtf8();
    QCOMPARE(stored(number).value(QStringLiteral("state")).toString(), QStringLiteral("received"));

    const QString scan = write(QStringLiteral("tanda-terima.txt"), "Tanda terima berkas");
    auto r = cli({"complaint", "attach", n.constData(), scan.toUtf8().constData(), "--json"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(json(r).object().value(QStringLiteral("attachments")).toArray().size(), 1);
    QCOMPARE(stored(number)
                 .value(QStringLiteral("attachments"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("file"))
                 .toString(),
             QStringLiteral("tanda-terima.txt"));

    r = cli({"complaint", "classify", n.constData(), "--sector", "Perizinan Jasa", "--problem",
             "Jangka waktu penyelesaian", "--json"});
    QCOMPARE(r.exitCode, 0);
    QJsonObject s = stored(number);
    QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("in_review"));
    QCOMPARE(s.value(QStringLiteral("sector")).toString(), QStringLiteral("Perizinan Jasa"));
    QCOMPARE(s.value(QStringLiteral("problem_type")).toString(), QStringLiteral("Jangka waktu penyelesaian"));
    // Only the option given changes.
    QCOMPARE(cli({"complaint", "classify", n.constData(), "--sector", "Perizinan Jasa Kalibrasi"}).exitCode, 0);
    s = stored(number);
    QCOMPARE(s.value(QStringLiteral("sector")).toString(), QStringLiteral("Perizinan Jasa Kalibrasi"));
    QCOMPARE(s.value(QStringLiteral("problem_type")).toString(), QStringLiteral("Jangka waktu penyelesaian"));

    r = cli({"complaint", "review", n.constData(), "--step", "1", "--date", "2026-03-18", "--note",
             "Inti masalah: izin terlambat", "--json"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(cli({"complaint", "review", n.constData(), "--step", "2"}).exitCode, 0); // today
    QJsonArray steps = stored(number).value(QStringLiteral("review_steps")).toArray();
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("done_on")).toString(), QStringLiteral("2026-03-18"));
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("note")).toString(),
             QStringLiteral("Inti masalah: izin terlambat"));
    QVERIFY(!steps.at(0).toObject().value(QStringLiteral("done_by")).toString().isEmpty());
    QCOMPARE(steps.at(1).toObject().value(QStringLiteral("done_on")).toString(), QStringLiteral("2026-03-20"));
    QCOMPARE(cli({"complaint", "review", n.constData(), "--step", "2", "--reopen"}).exitCode, 0);
    steps = stored(number).value(QStringLiteral("review_steps")).toArray();
    QVERIFY(steps.at(1).toObject().value(QStringLiteral("done_on")).isNull());
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("done_on")).toString(), QStringLiteral("2026-03-18"));

    // The standard's order: the plan is step d, after a to c; refused with exit 3 naming the rule.
    r = cli({"complaint", "plan", n.constData(), "--steps", "clarification,investigation"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("plan_in_step_d"), r.err.constData());
    r = cli({"complaint", "review", n.constData(), "--step", "3"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("review_order"), r.err.constData());
    QCOMPARE(cli({"complaint", "review", n.constData(), "--step", "2"}).exitCode, 0);
    QCOMPARE(cli({"complaint", "review", n.constData(), "--step", "3"}).exitCode, 0);
    QCOMPARE(cli({"complaint", "plan", n.constData(), "--steps", "clarification,investigation"}).exitCode, 0);
    const QJsonObject plan = stored(number).value(QStringLiteral("plan")).toObject();
    QVERIFY(plan.value(QStringLiteral("clarification")).toBool());
    QVERIFY(!plan.value(QStringLiteral("confirmation")).toBool());
    QVERIFY(!plan.value(QStringLiteral("research")).toBool());
    QVERIFY(plan.value(QStringLiteral("investigation")).toBool());

    QCOMPARE(cli({"complaint", "review", n.constData(), "--step", "4"}).exitCode, 0);
    QCOMPARE(
        cli({"complaint", "clarify", n.constData(), "--with", "Petugas verifikasi, Sdr. Andi", "--date", "2026-03-18"})
            .exitCode,
        0);
    const QJsonObject clarification = stored(number).value(QStringLiteral("clarification")).toObject();
    QCOMPARE(clarification.value(QStringLiteral("with")).toString(), QStringLiteral("Petugas verifikasi, Sdr. Andi"));
    QCOMPARE(clarification.value(QStringLiteral("on")).toString(), QStringLiteral("2026-03-18"));

    // No result before step e; APIP only after an unresolved internal or technical attempt.
    r = cli({"complaint", "resolve", n.constData(), "--path", "internal"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("review_before_result"), r.err.constData());
    QCOMPARE(cli({"complaint", "review", n.constData(), "--step", "5"}).exitCode, 0);
    r = cli({"complaint", "resolve", n.constData(), "--path", "apip"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("apip_after_attempt"), r.err.constData());
    QCOMPARE(cli({"complaint", "resolve", n.constData(), "--path", "internal"}).exitCode, 0);
    r = cli({"complaint", "escalate", n.constData(), "--position", "Kepala Seksi", "--officer", "Rina", "--report",
             "Laporan"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("level_order"), r.err.constData()); // a level skipped
    QCOMPARE(cli({"complaint", "escalate", n.constData(), "--position", "Pelaksana", "--officer", "Andi", "--report",
                  "Di luar kewenangan bidang."})
                 .exitCode,
             0);
    QCOMPARE(cli({"complaint", "unresolved", n.constData(), "--note", "Perlu pemeriksaan Inspektorat"}).exitCode, 0);
    r = cli({"complaint", "resolve", n.constData(), "--path", "apip"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("approve-apip"), r.out.constData()); // says what comes next
    QCOMPARE(stored(number).value(QStringLiteral("resolution")).toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("apip"));

    // No level and no answer before the head of office approves involving APIP.
    r = cli({"complaint", "escalate", n.constData(), "--position", "Inspektur Pembantu", "--officer", "Auditor",
             "--report", "Pemeriksaan"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("approval"), r.err.constData());
    QCOMPARE(cli({"complaint", "approve-apip", n.constData()}).exitCode, 5);
    QCOMPARE(cli({"complaint", "approve-apip", n.constData()}, QStringLiteral("spv")).exitCode, 5);
    r = cli({"complaint", "approve-apip", n.constData(), "--note", "Dilimpahkan ke Inspektorat", "--json"},
            QStringLiteral("kepala"));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject approval =
        stored(number).value(QStringLiteral("resolution")).toObject().value(QStringLiteral("apip_approval")).toObject();
    QCOMPARE(approval.value(QStringLiteral("by")).toString(), QStringLiteral("kepala"));
    QCOMPARE(approval.value(QStringLiteral("note")).toString(), QStringLiteral("Dilimpahkan ke Inspektorat"));

    const QString report1 = write(QStringLiteral("level1.txt"), "Pemeriksaan berkas selesai.\nTidak ada pungutan.\n");
    QCOMPARE(cli({"complaint", "escalate", n.constData(), "--position", "Inspektur Pembantu", "--officer",
                  "Auditor Muda", "--date", "2026-03-19", "--report-file", report1.toUtf8().constData()})
                 .exitCode,
             0);
    r = cli({"complaint", "escalate", n.constData(), "--position", "Inspektur", "--officer", "Drs. Yayat", "--report",
             "Rekomendasi perbaikan SOP.", "--json"});
    QCOMPARE(r.exitCode, 0);
    s = stored(number);
    QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("escalated"));
    QJsonArray levels; // the APIP levels; the unresolved internal attempt keeps its own
    int internalLevels = 0;
    for (const QJsonValue& v :
         s.value(QStringLiteral("resolution")).toObject().value(QStringLiteral("levels")).toArray()) {
        if (v.toObject().value(QStringLiteral("path")).toString() == QLatin1String("apip"))
            levels.append(v);
        else
            ++internalLevels;
    }
    QCOMPARE(internalLevels, 1);
    QCOMPARE(levels.size(), 2);
    QCOMPARE(levels.at(0).toObject().value(QStringLiteral("level")).toInt(), 1);
    QCOMPARE(levels.at(0).toObject().value(QStringLiteral("report")).toString(),
             QStringLiteral("Pemeriksaan berkas selesai.\nTidak ada pungutan."));
    QCOMPARE(levels.at(0).toObject().value(QStringLiteral("reported_on")).toString(), QStringLiteral("2026-03-19"));
    QCOMPARE(levels.at(1).toObject().value(QStringLiteral("level")).toInt(), 2);
    QCOMPARE(levels.at(1).toObject().value(QStringLiteral("reported_on")).toString(), QStringLiteral("2026-03-20"));
    QCOMPARE(levels.at(1).toObject().value(QStringLiteral("officer")).toString(), QStringLiteral("Drs. Yayat"));

    r = cli({"complaint", "close", n.constData()});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("the answer to the complainant"), r.err.constData());
    // No answer yet, so no answer letter either.
    const QByteArray answerPdf = m_dir.filePath(QStringLiteral("jawaban.pdf")).toUtf8();
    r = cli({"complaint", "letter", n.constData(), "--kind", "answer", "--pdf", answerPdf.constData()});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!QFile::exists(QString::fromUtf8(answerPdf)));

    const QByteArray answer = "Yth. Bapak Budi Santoso,\n\nIzin usaha Anda terbit pada 20 Maret 2026. Mohon maaf atas "
                              "keterlambatan.\n";
    const QString answerFile = write(QStringLiteral("jawaban.txt"), answer);
    r = cli({"complaint", "answer", n.constData(), "--channel", "Email", "--date", "2026-03-20", "--text-file",
             answerFile.toUtf8().constData(), "--json"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(json(r).object().value(QStringLiteral("state")).toString(), QStringLiteral("answered"));
    s = stored(number);
    QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("answered"));
    const QJsonObject a = s.value(QStringLiteral("answer")).toObject();
    QCOMPARE(a.value(QStringLiteral("channel")).toString(), QStringLiteral("Email"));
    QCOMPARE(a.value(QStringLiteral("on")).toString(), QStringLiteral("2026-03-20"));
    QCOMPARE(a.value(QStringLiteral("text")).toString(), QString::fromUtf8(answer).trimmed());
    QCOMPARE(s.value(QStringLiteral("clock_state")).toString(), QStringLiteral("met"));

    r = cli({"complaint", "close", n.constData()});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("superior"), r.err.constData());

    // The report from standard input.
    r = cli(
        {"complaint", "report", n.constData(), "--superior", "Kepala Bidang Pelayanan", "--text-file", "-", "--json"},
        QStringLiteral("dewi"), "Laporan hasil tindak lanjut pengaduan.\n");
    QCOMPARE(r.exitCode, 0);
    const QJsonObject report = stored(number).value(QStringLiteral("superior_report")).toObject();
    QCOMPARE(report.value(QStringLiteral("superior")).toString(), QStringLiteral("Kepala Bidang Pelayanan"));
    QCOMPARE(report.value(QStringLiteral("on")).toString(), QStringLiteral("2026-03-20"));
    QCOMPARE(report.value(QStringLiteral("text")).toString(), QStringLiteral("Laporan hasil tindak lanjut pengaduan."));

    r = cli({"complaint", "close", n.constData(), "--json"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    s = stored(number);
    QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    QCOMPARE(s.value(QStringLiteral("closed_at")).toString().left(16), QStringLiteral("2026-03-20T12:00"));
    r = cli({"complaint", "list", "--state", "closed", "--json"});
    QCOMPARE(json(r).array().size(), 1);
    QCOMPARE(json(r).array().first().toObject().value(QStringLiteral("number")).toString(), number);

    // Every step is in the audit trail, in order.
    r = cli({"audit", "log", "--record", s.value(QStringLiteral("id")).toString().toUtf8().constData(), "--json"},
            QStringLiteral("spv"));
    QCOMPARE(r.exitCode, 0);
    QStringList actions;
    for (const QJsonValue& e : json(r).array())
        actions.prepend(e.toObject().value(QStringLiteral("action")).toString());
    QCOMPARE(actions, (QStringList{QStringLiteral("complaint.intake"),
                                   QStringLiteral("complaint.attachment"),
                                   QStringLiteral("complaint.classify"),
                                   QStringLiteral("complaint.classify"),
                                   QStringLiteral("complaint.review_step"),
                                   QStringLiteral("complaint.review_step"),
                                   QStringLiteral("complaint.review_step"),
                                   QStringLiteral("complaint.review_step"),
                                   QStringLiteral("complaint.review_step"),
                                   QStringLiteral("complaint.plan"),
                                   QStringLiteral("complaint.review_step"),
                                   QStringLiteral("complaint.clarification"),
                                   QStringLiteral("complaint.review_step"),
                                   QStringLiteral("complaint.resolution_path"),
                                   QStringLiteral("complaint.escalation"),
                                   QStringLiteral("complaint.unresolved"),
                                   QStringLiteral("complaint.resolution_path"),
                                   QStringLiteral("complaint.apip_approval"),
                                   QStringLiteral("complaint.escalation"),
                                   QStringLiteral("complaint.escalation"),
                                   QStringLiteral("complaint.answer"),
                                   QStringLiteral("complaint.superior_report"),
                                   QStringLiteral("complaint.close")}));

    // Both letters as PDF, on A4, naming the complaint.
    r = cli({"complaint", "letter", n.constData(), "--kind", "answer", "--pdf", answerPdf.constData(), "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r).object().value(QStringLiteral("pdf")).toString(), QString::fromUtf8(answerPdf));
    const QByteArray reportPdf = m_dir.filePath(QStringLiteral("laporan.pdf")).toUtf8();
    r = cli({"complaint", "letter", "--kind", "report", "--pdf", reportPdf.constData(), n.constData()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const QByteArray& pdf : {answerPdf, reportPdf}) {
        QFile f(QString::fromUtf8(pdf));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {f.fileName(), QStringLiteral("-")});
        if (text.waitForFinished(20000) && text.exitCode() == 0)
            QVERIFY2(text.readAllStandardOutput().contains(n), f.fileName().toUtf8().constData());
    }
    r = cli({"complaint", "letter", n.constData(), "--kind", "memo", "--pdf", answerPdf.constData()});
    QCOMPARE(r.exitCode, 2);

    // A closed complaint takes no more steps; the message names its state, in either language.
    r = cli({"complaint", "answer", n.constData(), "--channel", "Email", "--text", "Lagi"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("is closed"), r.err.constData());
    r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("dewi"),
                      QStringLiteral("complaint"), QStringLiteral("review"), number, QStringLiteral("--step"),
                      QStringLiteral("3")},
                     {QStringLiteral("LOKET_NOW=2026-03-20T12:00"), QStringLiteral("LOKET_PASSWORD=Rahasia-2026!"),
                      QStringLiteral("LOKET_LANG=id")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("ditutup"), r.err.constData());
    r = cli({"complaint", "triage", n.constData(), "--kind", "suggestion", "--reason", "Salah klasifikasi"},
            QStringLiteral("spv"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("closed"), r.err.constData());
}

void TestComplaintCli::triageOverrideSuggestionNoteAndInternalLevels()
{
    const QString number = addComplaint("Rina Marlina", "Antrean di loket terlalu lama");
    const QByteArray n = number.toUtf8();
    // Only a head or supervisor overrides the triage, and only with a reason.
    QCOMPARE(
        cli({"complaint", "triage", n.constData(), "--kind", "suggestion", "--reason", "Masukan layanan"}).exitCode, 5);
    QCOMPARE(cli({"complaint", "triage", n.constData(), "--kind", "suggestion", "--reason", " "}, QStringLiteral("spv"))
                 .exitCode,
             3);
    auto r =
        cli({"complaint", "triage", n.constData(), "--kind", "suggestion", "--reason", "Masukan layanan", "--json"},
            QStringLiteral("spv"));
    QCOMPARE(r.exitCode, 0);
    QJsonObject s = stored(number);
    QCOMPARE(s.value(QStringLiteral("kind")).toString(), QStringLiteral("suggestion"));
    QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("registered"));
    const QJsonObject triage = s.value(QStringLiteral("triage")).toObject();
    QVERIFY(triage.value(QStringLiteral("overridden")).toBool());
    QCOMPARE(triage.value(QStringLiteral("override_reason")).toString(), QStringLiteral("Masukan layanan"));
    QCOMPARE(triage.value(QStringLiteral("override_by")).toString(), QStringLiteral("spv"));
    r = cli({"complaint", "triage", n.constData(), "--kind", "suggestion", "--reason", "Lagi"}, QStringLiteral("spv"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("already"), r.err.constData());

    // A suggestion is noted, not answered.
    r = cli({"complaint", "answer", n.constData(), "--channel", "Email", "--text", "x"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("suggestion"), r.err.constData());
    QCOMPARE(
        cli({"complaint", "note", n.constData(), "--text", "Loket tambahan dibuka pukul 08.00", "--json"}).exitCode, 0);
    s = stored(number);
    QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("noted"));
    QCOMPARE(s.value(QStringLiteral("note")).toString(), QStringLiteral("Loket tambahan dibuka pukul 08.00"));

    // Inside the office, level by level, each level reporting no earlier than the one below.
    const QString other = addComplaint("Ahmad Fauzi", "Persyaratan tidak diumumkan");
    const QByteArray o = other.toUtf8();
    r = cli({"complaint", "note", o.constData(), "--text", "x"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("is a complaint"), r.err.constData());
    QCOMPARE(
        cli({"complaint", "classify", o.constData(), "--sector", "Perizinan", "--problem", "Persyaratan"}).exitCode, 0);
    for (const char* step : {"1", "2", "3"})
        QCOMPARE(cli({"complaint", "review", o.constData(), "--step", step}).exitCode, 0);
    QCOMPARE(cli({"complaint", "plan", o.constData(), "--steps", "confirmation"}).exitCode, 0);
    for (const char* step : {"4", "5"})
        QCOMPARE(cli({"complaint", "review", o.constData(), "--step", step}).exitCode, 0);
    QCOMPARE(cli({"complaint", "resolve", o.constData(), "--path", "internal"}).exitCode, 0);
    QCOMPARE(cli({"complaint", "escalate", o.constData(), "--position", "Pelaksana", "--officer", "Andi", "--date",
                  "2026-03-18", "--report", "Berkas diperiksa ulang."})
                 .exitCode,
             0);
    QCOMPARE(cli({"complaint", "escalate", o.constData(), "--position", "Kepala Seksi", "--officer", "Rina", "--date",
                  "2026-03-19", "--report", "Perbaikan pengumuman persyaratan."})
                 .exitCode,
             0);
    r = cli({"complaint", "escalate", o.constData(), "--position", "Kepala Bidang", "--officer", "H. Asep", "--date",
             "2026-03-18", "--report", "Selesai."});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Level 3"), r.err.constData());
    QCOMPARE(cli({"complaint", "approve-apip", o.constData()}, QStringLiteral("kepala")).exitCode, 3);
    s = stored(other);
    QCOMPARE(s.value(QStringLiteral("resolution")).toObject().value(QStringLiteral("levels")).toArray().size(), 2);
    QVERIFY(!s.value(QStringLiteral("resolution")).toObject().contains(QStringLiteral("apip_approval")));
}

// Refused steps (role, state, input) exit with their code and leave the stored record as it was.
void TestComplaintCli::refusedStepsChangeNothing()
{
    const QString number = addComplaint("Dedi Kurnia", "Biaya tidak sesuai");
    const QByteArray n = number.toUtf8();
    const QJsonObject before = stored(number);
    QCOMPARE(before.value(QStringLiteral("number")).toString(), number);

    QCOMPARE(
        cli({"complaint", "classify", n.constData(), "--problem", "Biaya/tarif"}, QStringLiteral("teknis")).exitCode,
        5);
    QCOMPARE(cli({"complaint", "close", n.constData()}, QStringLiteral("teknis")).exitCode, 5);
    QCOMPARE(cli({"complaint", "resolve", n.constData(), "--path", "internal"}, QString()).exitCode, 5);

    auto r = cli({"complaint", "classify", n.constData(), "--problem", "Cuaca"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("problem types"), r.err.constData());
    r = cli({"complaint", "review", n.constData(), "--step", "9"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("review step 9"), r.err.constData());
    r = cli({"complaint", "review", n.constData(), "--step", "1", "--date", "2026-03-21"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("future"), r.err.constData());
    r = cli({"complaint", "clarify", n.constData(), "--with", "Andi", "--date", "2026-02-30"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("--date"), r.err.constData());
    r = cli({"complaint", "clarify", n.constData(), "--with", "Andi", "--date", "2026-03-16"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("before the complaint was received"), r.err.constData());
    r = cli({"complaint", "resolve", n.constData(), "--path", "moon"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("resolution paths"), r.err.constData());
    r = cli({"complaint", "answer", n.constData(), "--channel", "Email", "--text", "Jawaban"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("resolution path"), r.err.constData());
    r = cli({"complaint", "answer", n.constData(), "--channel", "Email", "--text-file",
             m_dir.filePath(QStringLiteral("missing.txt")).toUtf8().constData()});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("--text-file"), r.err.constData());
    const QString latin1 = write(QStringLiteral("latin1.txt"), "Jawaban \xe9\xe8 lama");
    r = cli({"complaint", "answer", n.constData(), "--channel", "Email", "--text-file", latin1.toUtf8().constData()});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("UTF-8"), r.err.constData());
    r = cli({"complaint", "escalate", n.constData(), "--position", "Pelaksana", "--officer", "Andi", "--report", " "});
    QCOMPARE(r.exitCode, 3);
    r = cli({"complaint", "close", "PGD-C01-2026-99999"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("PGD-C01-2026-99999"), r.err.constData());

    QJsonObject after = stored(number);
    QCOMPARE(after.value(QStringLiteral("state")).toString(), QStringLiteral("received"));
    QCOMPARE(after, before);
}

void TestComplaintCli::workflowUsageErrors()
{
    const QString number = addComplaint("Yuli Astuti", "Petugas tidak ramah");
    const QByteArray n = number.toUtf8();
    const QJsonObject before = stored(number);
    QCOMPARE(before.value(QStringLiteral("number")).toString(), number);
    const std::vector<std::vector<const char*>> usage{
        {"complaint", "close"},
        {"complaint", "close", n.constData(), "extra"},
        {"complaint", "close", n.constData(), "--force"},
        {"complaint", "triage", n.constData(), "--kind", "maybe", "--reason", "x"},
        {"complaint", "triage", n.constData(), "--kind", "suggestion"},
        {"complaint", "classify", n.constData()},
        {"complaint", "review", n.constData()},
        {"complaint", "review", n.constData(), "--step", "x"},
        {"complaint", "review", n.constData(), "--step", "1", "--reopen", "--date", "2026-03-18"},
        {"complaint", "plan", n.constData(), "--steps", "dance"},
        {"complaint", "plan", n.constData(), "--steps", "none,research"},
        {"complaint", "plan", n.constData()},
        {"complaint", "clarify", n.constData()},
        {"complaint", "resolve", n.constData()},
        {"complaint", "escalate", n.constData(), "--officer", "Andi", "--report", "r"},
        {"complaint", "escalate", n.constData(), "--position", "Pelaksana", "--officer", "Andi"},
        {"complaint", "answer", n.constData(), "--text", "Jawaban"},
        {"complaint", "answer", n.constData(), "--channel", "Email"},
        {"complaint", "answer", n.constData(), "--channel", "Email", "--text", "a", "--text-file", "b"},
        {"complaint", "answer", n.constData(), "--channel"},
        {"complaint", "report", n.constData(), "--text", "Laporan"},
        {"complaint", "note", n.constData()},
        {"complaint", "attach", n.constData()},
    };
    for (const auto& words : usage) {
        const auto r = cli(words);
        QStringList line;
        for (const char* w : words)
            line << QString::fromUtf8(w);
        QVERIFY2(r.exitCode == 2, qPrintable(line.join(QLatin1Char(' ')) + QStringLiteral(" -> %1: ").arg(r.exitCode) +
                                             QString::fromUtf8(r.err)));
        QVERIFY2(!r.err.isEmpty(), qPrintable(line.join(QLatin1Char(' '))));
    }
    QCOMPARE(stored(number), before);
    // --help lists the workflow.
    const auto help = cli({"--help"}, QString());
    QVERIFY(help.out.contains("complaint answer NUMBER --channel HOW"));
    QVERIFY(help.out.contains("complaint close NUMBER"));
}

// A script pages through `complaint list --json` with --after the last row's number: the JSON
// stays an array, a full page says on stderr where to go on, and the pages join up to the list.
void TestComplaintCli::listPagesAfterTheLastNumber()
{
    auto r = run({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray all = json(r).array();
    QVERIFY(all.size() >= 3);
    QVERIFY(!r.err.contains("--after"));
    QStringList walked;
    QStringList after;
    for (int pages = 0; pages <= all.size(); ++pages) {
        r = run(QStringList{QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--limit"),
                            QStringLiteral("2"), QStringLiteral("--json")} +
                after);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray page = json(r).array();
        for (const QJsonValue& v : page)
            walked << v.toObject().value(QStringLiteral("number")).toString();
        if (page.size() < 2) {
            QVERIFY(!r.err.contains("--after"));
            break;
        }
        const QString last = page.last().toObject().value(QStringLiteral("number")).toString();
        QVERIFY2(r.err.contains(("More may follow: --after " + last).toUtf8()), r.err.constData());
        after = QStringList{QStringLiteral("--after"), last};
    }
    QStringList expected;
    for (const QJsonValue& v : all)
        expected << v.toObject().value(QStringLiteral("number")).toString();
    QCOMPARE(walked, expected);

    // The text output goes on too; an unknown number is invalid input.
    r = run({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1"),
             QStringLiteral("--after"), expected.first()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected.at(1).toUtf8()), r.out.constData());
    QVERIFY(!r.out.contains(expected.first().toUtf8()));
    r = run({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--after"), QStringLiteral("PGD-X")});
    QCOMPARE(r.exitCode, 3);
}

QTEST_GUILESS_MAIN(TestComplaintCli)
#include "test_complaintcli.moc"
