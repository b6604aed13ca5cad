#include "TestDatabase.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogService.h"
#include "catalog/StandardImporter.h"
#include "common/Error.h"

#include <QFile>
#include <QtTest>

using namespace loket;

// The importer read against the seed standard (annex entry 45, KBLI 71205), component by component.
class TestStandardImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void heading();
    void requirements();
    void procedureTimeFeeProduct();
    void complaintChannels();
    void complaintHandling();
    void resolutionPaths();
    void organisationComponents();
    void performanceEvaluation();
    void stageBudgets();
    void noMarkupLeft();
    void twoServices();
    void malformed_data();
    void malformed();
    void malformedWritesNothing();

private:
    static QString seedText();
    ServiceStandard m_s;
};

QString TestStandardImporter::seedText()
{
    QFile f(StandardImporter::builtinResource());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

void TestStandardImporter::initTestCase()
{
    const QList<ServiceStandard> all = StandardImporter::builtin();
    QCOMPARE(all.size(), 1);
    m_s = all.first();
}

void TestStandardImporter::heading()
{
    QCOMPARE(m_s.annexNumber, 45);
    QCOMPARE(m_s.permitType, QStringLiteral("Izin"));
    QCOMPARE(m_s.riskLevel, QStringLiteral("Tinggi"));
    QCOMPARE(m_s.kbli, QStringLiteral("71205"));
    QCOMPARE(m_s.name, QStringLiteral("Jasa Kalibrasi/Metrologi"));
}

void TestStandardImporter::requirements()
{
    const auto general = m_s.requirementsOf(QStringLiteral("general"));
    QCOMPARE(general.size(), 5);
    QCOMPARE(m_s.requirementsOf(QStringLiteral("special")).size(), 0);
    QCOMPARE(general[0].key, QStringLiteral("U1"));
    QCOMPARE(general[0].text, QStringLiteral("Skala industri kecil atau industri menengah"));
    QCOMPARE(general[1].text, QStringLiteral("Memiliki akun Sistem Informasi Industri Nasional"));
    QVERIFY(general[3].text.endsWith(QStringLiteral("Pasal 65 PP Nomor 5 Tahun 2021")));
    QCOMPARE(general[4].key, QStringLiteral("U5"));
    QCOMPARE(general[4].order, 5);
    QVERIFY(general[4].text.startsWith(QStringLiteral("Setelah mendapatkan perizinan berusaha")));
    QVERIFY(general[4].text.endsWith(QStringLiteral("di sektor perindustrian")));
    QVERIFY(!general[4].text.contains(QStringLiteral("Khusus")));
}

void TestStandardImporter::procedureTimeFeeProduct()
{
    QCOMPARE(m_s.procedureClassifications, (QList<int>{4, 8, 13, 17}));
    QCOMPARE(
        m_s.procedureText,
        QStringLiteral("Klasifikasi 4, 8, 13, atau 17 sebagaimana tercantum dalam Lampiran IV Peraturan Bupati ini."));
    QCOMPARE(m_s.completionWorkingDays, 7);
    QCOMPARE(m_s.completionText,
             QStringLiteral("7 hari kerja sejak diterimanya berkas permohonan secara lengkap dan benar."));
    QCOMPARE(m_s.resubmission, ResubmissionRule::Restart);
    QCOMPARE(m_s.feeAmount, 0);
    QVERIFY(m_s.isFree());
    QCOMPARE(m_s.feeText, QStringLiteral("Gratis"));
    QCOMPARE(m_s.products, QStringList{QStringLiteral("NIB dan Izin Terverifikasi dengan tanda tangan elektronik")});
}

void TestStandardImporter::complaintChannels()
{
    const auto& ch = m_s.complaints.channels;
    QCOMPARE(ch.size(), 13);
    const QStringList kinds{"officer", "counter",   "letter", "phone",   "sms",  "whatsapp", "email",
                            "twitter", "instagram", "web",    "mpp_web", "form", "box"};
    for (int i = 0; i < ch.size(); ++i) {
        QCOMPARE(ch[i].key, QString(QChar('a' + i)));
        QCOMPARE(ch[i].kind, kinds[i]);
    }
    QCOMPARE(ch[0].label, QStringLiteral("Pejabat Pengelola Pengaduan pada DPMPTSP Kabupaten Purwakarta"));
    QCOMPARE(ch[0].contact, QStringLiteral("Jalan Veteran Nomor 139, Kelurahan Nagrikaler Kec. Purwakarta, "
                                           "Kabupaten Purwakarta, Jawa Barat 41115"));
    // b. continues on the next page of the annex.
    QCOMPARE(ch[1].label, QStringLiteral("Petugas Pengaduan pada Loker Pengaduan Mal Pelayanan Publik Bale Madukara "
                                         "Kabupaten Purwakarta"));
    QCOMPARE(ch[1].contact, QStringLiteral("Jalan Jenderal Sudirman, Kelurahan Nagrikaler Kec. Purwakarta, "
                                           "Kabupaten Purwakarta, Jawa Barat 41115"));
    QCOMPARE(ch[2].label, QStringLiteral("Surat ke DPMPTSP Kabupaten Purwakarta"));
    QVERIFY(ch[2].contact.startsWith(QStringLiteral("Jalan Veteran Nomor 139")));
    QVERIFY(ch[2].contact.contains(QStringLiteral("atau Mal Pelayanan Publik Bale Madukara")));
    QCOMPARE(ch[3].label, QStringLiteral("Telepon"));
    QCOMPARE(ch[3].contact, QStringLiteral("(0264) 8224794 ext.103"));
    QCOMPARE(ch[4].contact, QStringLiteral("081809898222"));
    QCOMPARE(ch[5].label, QStringLiteral("WA"));
    QCOMPARE(ch[5].contact, QStringLiteral("081809898222"));
    QCOMPARE(ch[6].contact, QStringLiteral("pengaduanptsp139@gmail.com"));
    QCOMPARE(ch[7].contact, QStringLiteral("dpmptsp_pwk"));
    QCOMPARE(ch[8].contact, QStringLiteral("pengaduanptsp139.purwakarta"));
    QCOMPARE(ch[9].contact, QStringLiteral("www.dpmptsp.purwakartakab.go.id"));
    QCOMPARE(ch[10].contact, QStringLiteral("www.mpp.purwakartakab.go.id"));
    QCOMPARE(ch[11].label, QStringLiteral("Formulir Pengaduan"));
    QVERIFY(ch[11].contact.isEmpty());
    QCOMPARE(ch[12].label, QStringLiteral("Kotak Pengaduan"));
    QVERIFY(ch[12].contact.isEmpty());
}

void TestStandardImporter::complaintHandling()
{
    const ComplaintHandling& h = m_s.complaints;
    QCOMPARE(h.windowCalendarDays, 30);
    QCOMPARE(h.answerWorkingDays, 14);
    QCOMPARE(h.rules.size(), 4);
    QVERIFY(h.rules[0].startsWith(QStringLiteral("Pemohon dapat menyampaikan pengaduan")));
    QVERIFY(h.rules[1].contains(QStringLiteral("30 (tiga puluh) hari kalender")));
    QVERIFY(!h.rules[1].contains(QStringLiteral("Pejabat")));
    QVERIFY(h.rules[2].contains(QStringLiteral("saran/masukan/koreksi/revisi")));
    QVERIFY(h.rules[3].contains(QStringLiteral("14 (empat belas) hari kerja")));

    QCOMPARE(h.recordingSteps.size(), 3);
    QVERIFY(h.recordingSteps[0].startsWith(QStringLiteral("Pencatatan pengaduan")));
    QVERIFY(h.recordingSteps[1].endsWith(QStringLiteral("diperlakukan sebagai saran atau masukan")));
    QVERIFY(h.recordingSteps[2].startsWith(QStringLiteral("Menelaah dan mengelompokan pengaduan berdasarkan: "
                                                          "1) Bidang/Sektor/Jenis Pelayanan; 2) Jenis masalah")));
    QCOMPARE(h.problemTypes,
             (QStringList{"Persyaratan", "Sistem, mekanisme, dan prosedur", "Jangka waktu penyelesaian", "Biaya/tarif",
                          "Produk pelayanan", "Sarana, prasarana, dan/atau fasilitas", "Kompetensi pelaksana", "dll"}));

    // a. is on one page, b..e on the next.
    QCOMPARE(h.reviewSteps.size(), 5);
    QCOMPARE(h.reviewSteps[0], QStringLiteral("Merumuskan inti masalah yang diadukan"));
    QCOMPARE(h.reviewSteps[1], QStringLiteral("Menghubungkan materi pengaduan dengan SP/SOP/peraturan yang relevan"));
    QVERIFY(h.reviewSteps[4].startsWith(QStringLiteral("Melakukan klarifikasi")));
    QCOMPARE(h.reportingRule,
             QStringLiteral(
                 "Hasil tindaklanjut pengaduan diinformasikan kepada pemohon dan dilaporkan kepada atasan langsung"));
}

void TestStandardImporter::resolutionPaths()
{
    const auto& p = m_s.complaints.resolutionPaths;
    QCOMPARE(p.size(), 3);
    QCOMPARE(p[0].key, QStringLiteral("internal"));
    QCOMPARE(p[1].key, QStringLiteral("technical"));
    QCOMPARE(p[2].key, QStringLiteral("apip"));
    QCOMPARE(p[0].title, QStringLiteral("Penyelesaian pengaduan di internal DPMPTSP"));
    QCOMPARE(p[1].title,
             QStringLiteral(
                 "Penyelesaian pengaduan yang ditindaklanjuti dengan melibatkan Tim Teknis/Perangkat Daerah terkait"));
    QVERIFY(p[2].title.contains(QStringLiteral("(APIP)")));
    QVERIFY(!p[0].needsHeadApproval);
    QVERIFY(!p[1].needsHeadApproval);
    QVERIFY(p[2].needsHeadApproval);
    QVERIFY(p[2].text.contains(QStringLiteral("persetujuan Kepala DPMPTSP")));
}

void TestStandardImporter::organisationComponents()
{
    QCOMPARE(m_s.legalBases.size(), 6);
    QCOMPARE(m_s.legalBases[0], QStringLiteral("Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja"));
    QVERIFY(m_s.legalBases[5].startsWith(QStringLiteral("Peraturan Menteri Pertanian Nomor 15 Tahun 2021")));

    QCOMPARE(m_s.facilities.size(), 50);
    QCOMPARE(m_s.facilities[0], QStringLiteral("Tempat parkir"));
    QCOMPARE(m_s.facilities[17], QStringLiteral("Ruang pantry"));
    QCOMPARE(m_s.facilities[22], QStringLiteral("Mushola"));                       // last on its page
    QCOMPARE(m_s.facilities[23], QStringLiteral("Toilet (umum dan disabilitas)")); // first on the next
    QCOMPARE(m_s.facilities[28], QStringLiteral("Server, Komputer, smartphone, tablet, scanner dan Printer"));
    QCOMPARE(m_s.facilities[48], QStringLiteral("Kotak saran dan pengaduan"));
    QCOMPARE(m_s.facilities[49], QStringLiteral("ID pegawai"));

    QCOMPARE(m_s.staffCompetence.size(), 9);
    QCOMPARE(m_s.staffCompetence[1], QStringLiteral("Pelatihan: Diklat PTSP, Diklat OSS, Diklat Kepribadian"));
    QCOMPARE(m_s.staffCompetence[6], QStringLiteral("Dapat mengoperasikan komputer dan aplikasi office"));
    QCOMPARE(m_s.staffCompetence[8], QStringLiteral("Berorientasi terhadap kepuasan pelanggan"));
    QCOMPARE(m_s.internalSupervision.size(), 2);
    QVERIFY(m_s.internalSupervision[1].endsWith(QStringLiteral("Inspektorat Kabupaten Purwakarta")));
    QCOMPARE(m_s.staffCount, 30);
    QCOMPARE(m_s.staffCountText, QStringLiteral("30 Orang"));
    QCOMPARE(m_s.serviceGuarantees.size(), 5);
    QCOMPARE(m_s.serviceGuarantees[0], QStringLiteral("Kode etik"));
    QVERIFY(m_s.serviceGuarantees[3].contains(
        QStringLiteral("KSATRIA (Kolaborasi, Satu Pintu, Rekreatif, Inovatif, dan Amanah)")));
    QCOMPARE(m_s.safetyGuarantees.size(), 3);
    QVERIFY(m_s.safetyGuarantees[1].endsWith(QStringLiteral("peninjauan lapangan/survei")));
}

void TestStandardImporter::performanceEvaluation()
{
    QCOMPARE(m_s.performanceEvaluation.size(), 3);
    QVERIFY(
        m_s.performanceEvaluationIntro.startsWith(QStringLiteral("Evaluasi kinerja pelayanan dilakukan secara rutin")));
    QCOMPARE(m_s.surveysPerYear, 4);
    QCOMPARE(m_s.sopEvaluationsPerYear, 1);
}

// Component 3 states only the whole time ("7 (tujuh) hari kerja"): the importer invents no stage
// budgets; the office sets them in the catalogue editor.
void TestStandardImporter::stageBudgets()
{
    QCOMPARE(m_s.completionWorkingDays, 7);
    QVERIFY(m_s.stageBudgets.isEmpty());
    QCOMPARE(m_s.stageBudget(QStringLiteral("issued")), 0);
}

void TestStandardImporter::noMarkupLeft()
{
    QStringList all = m_s.facilities + m_s.staffCompetence + m_s.legalBases + m_s.complaints.rules +
                      m_s.complaints.reviewSteps + m_s.complaints.recordingSteps;
    for (const Requirement& r : m_s.requirements)
        all << r.text;
    for (const ComplaintChannel& c : m_s.complaints.channels)
        all << c.label << (c.contact.isEmpty() ? QStringLiteral("-") : c.contact);
    for (const QString& s : all) {
        QVERIFY2(!s.contains(QLatin1Char('<')) && !s.contains(QLatin1Char('>')), qPrintable(s));
        QVERIFY2(!s.contains(QStringLiteral("  ")) && !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\t')),
                 qPrintable(s));
        QVERIFY2(!s.isEmpty(), "an empty item");
    }
}

void TestStandardImporter::twoServices()
{
    const auto list = StandardImporter::parseFile(qEnvironmentVariable("LOKET_TEST_DATA") + "/two-services.txt");
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].kbli, QStringLiteral("71205"));
    QCOMPARE(list[0].completionWorkingDays, 7);
    const ServiceStandard& b = list[1];
    QCOMPARE(b.annexNumber, 46);
    QCOMPARE(b.kbli, QStringLiteral("10794"));
    QCOMPARE(b.permitType, QStringLiteral("Sertifikat Standar"));
    QCOMPARE(b.riskLevel, QStringLiteral("Menengah Tinggi"));
    QCOMPARE(b.name, QStringLiteral("Industri Kerupuk, Keripik, Peyek dan Sejenisnya"));
    QCOMPARE(b.requirementsOf(QStringLiteral("general")).size(), 2);
    const auto special = b.requirementsOf(QStringLiteral("special"));
    QCOMPARE(special.size(), 2);
    QCOMPARE(special[0].key, QStringLiteral("K1"));
    QCOMPARE(special[1].text, QStringLiteral("Denah lokasi usaha"));
    QCOMPARE(b.completionWorkingDays, 14);
    QCOMPARE(b.feeAmount, 150000);
    QVERIFY(!b.isFree());
    QCOMPARE(b.products, (QStringList{"Sertifikat Standar terverifikasi", "NIB"}));
    QCOMPARE(b.staffCount, 12);
    QCOMPARE(b.complaints.channels.size(), 13);
}

void TestStandardImporter::malformed_data()
{
    QTest::addColumn<QString>("find");
    QTest::addColumn<QString>("replace");
    QTest::addColumn<QStringList>("mustName");

    QTest::newRow("no days") << "3\tJangka Waktu Penyelesaian\t: 7 hari kerja"
                             << "3\tJangka Waktu Penyelesaian\t: tujuh hari"
                             << QStringList{"71205", "component 3", "Jangka Waktu Penyelesaian", "line 9"};
    QTest::newRow("bad fee") << "4\tBiaya/Tarif\t: Gratis"
                             << "4\tBiaya/Tarif\t: sesuai ketentuan"
                             << QStringList{"71205", "component 4", "Biaya/Tarif", "line 10"};
    QTest::newRow("missing component") << "11\tJumlah Pelaksana\t: 30 Orang\n"
                                       << "" << QStringList{"71205", "component 11", "Jumlah Pelaksana", "missing"};
    QTest::newRow("no channels") << "melalui: <ol style=\"list-style-type: none\"> a. Pejabat"
                                 << "melalui: Pejabat" << QStringList{"71205", "component 6", "channels"};
    QTest::newRow("unknown row") << "11\tJumlah Pelaksana"
                                 << "Jumlah Pelaksana" << QStringList{"Jasa Kalibrasi/Metrologi", "line 31"};
    QTest::newRow("wrong name") << "5\tProduk Layanan"
                                << "5\tBiaya Layanan"
                                << QStringList{"Jasa Kalibrasi/Metrologi", "component 5", "Biaya Layanan",
                                               "Produk Layanan"};
    QTest::newRow("bad heading") << "45. Izin (Risiko Tinggi) KBLI 71205"
                                 << "45. Izin KBLI 71205" << QStringList{"Line 3", "45. Izin KBLI"};
}

void TestStandardImporter::malformed()
{
    QFETCH(QString, find);
    QFETCH(QString, replace);
    QFETCH(QStringList, mustName);
    QString text = seedText();
    QVERIFY(text.contains(find));
    text.replace(text.indexOf(find), find.size(), replace);
    try {
        StandardImporter::parse(text);
        QFAIL("a malformed standard was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Invalid);
        for (const QString& word : mustName)
            QVERIFY2(e.message().contains(word), qPrintable(e.message()));
    }
}

void TestStandardImporter::malformedWritesNothing()
{
    test::TestDatabase tdb;
    const Context ctx = tdb.context();
    QString text = QString::fromUtf8([] {
        QFile f(qEnvironmentVariable("LOKET_TEST_DATA") + "/two-services.txt");
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }());
    // The first service is fine, the second breaks in its last component.
    const int last = text.lastIndexOf(QStringLiteral("14\tEvaluasi Kinerja Pelaksana"));
    QVERIFY(last > 0);
    text.truncate(last);
    QVERIFY_THROWS_EXCEPTION(Error, CatalogService::importStandardText(ctx, text));
    try {
        CatalogService::importStandardText(ctx, text);
    } catch (const Error& e) {
        QVERIFY2(e.message().contains(QStringLiteral("10794")) && e.message().contains(QStringLiteral("component 14")),
                 qPrintable(e.message()));
    }
    CatalogRepository repo(tdb.db());
    QCOMPARE(repo.listCurrent().size(), 0);
}

QTEST_GUILESS_MAIN(TestStandardImporter)
#include "test_standardimporter.moc"
