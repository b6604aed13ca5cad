// Renders the complaint screens, the registers and the printouts in Indonesian to PNG and PDF
// files so they can be looked at: complaint_screens OUTPUT_DIR (not part of ctest).
#include "ComplaintFixture.h"
#include "common/UiContext.h"
#include "complaints/ComplaintDialog.h"
#include "complaints/ComplaintIntakeDialog.h"
#include "complaints/ComplaintLetters.h"
#include "complaints/ComplaintLevels.h"
#include "complaints/ComplaintProcess.h"
#include "complaints/ComplaintRegisterExport.h"
#include "complaints/ComplaintsPage.h"
#include "i18n/Translations.h"
#include "settings/SettingsRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>

using namespace loket;
using namespace loket::ui;
using test::ComplaintFixture;

namespace {
void save(QWidget* w, const QString& dir, const QString& name)
{
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void setUpOffice(ComplaintFixture& f)
{
    const Context system = f.tdb().context();
    SettingsRepository s(f.tdb().db());
    s.set(system, QStringLiteral("office.name"), QStringLiteral("DPMPTSP Kabupaten Purwakarta"));
    s.set(system, QStringLiteral("office.address"),
          QStringLiteral("Jalan Veteran Nomor 139, Kelurahan Nagrikaler, Kec. Purwakarta, Jawa Barat 41115"));
    s.set(system, QStringLiteral("office.phone"), QStringLiteral("(0264) 8224794"));
}
} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    installTranslations(app, QStringLiteral("id"));
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(dir);

    ComplaintFixture f(QDate(2026, 3, 16));
    setUpOffice(f);
    const QString reg = f.handedOverCase(QDate(2026, 3, 2));
    Context front = f.as({Role::FrontDesk}, QStringLiteral("rina"));
    ComplaintIntake in = ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 9, 10));
    in.caseRegNumber = reg;
    in.complainantIdNumber = QStringLiteral("3214015503900001");
    in.complainantAddress = QStringLiteral("Jl. Kapten Halim No. 5, Purwakarta");
    in.objectText = QStringLiteral("Izin belum terbit padahal berkas sudah lengkap sejak 2 minggu lalu; petugas tidak "
                                   "memberi penjelasan tentang penyebab keterlambatan.");
    const Complaint c = ComplaintService::intake(front, in);
    ComplaintIntake late = ComplaintFixture::intake(ComplaintFixture::at(2026, 1, 12, 9), QStringLiteral("Budi Santoso"),
                                                    QStringLiteral("Antrian terlalu lama"));
    late.channelKey = QStringLiteral("d");
    ComplaintService::intake(front, late);
    ComplaintService::intake(
        front, ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 10, 14), QString(),
                                        QStringLiteral("Kursi ruang tunggu kurang, banyak pemohon berdiri")));

    Context back = f.as({Role::BackOffice}, QStringLiteral("dewi"));
    const ComplaintHandling h = ComplaintService::handling(back.database(), QStringLiteral("71205"));
    ComplaintProcess::classify(back, c.id, QStringLiteral("Perizinan jasa"), h.problemTypes.value(2));
    ComplaintProcess::recordReviewStep(back, c.id, 0, QDate(2026, 3, 10),
                                       QStringLiteral("Penyelesaian melewati 7 hari kerja"));
    ComplaintProcess::recordReviewStep(back, c.id, 1, QDate(2026, 3, 10),
                                       QStringLiteral("SP komponen 3: 7 hari kerja"));
    ComplaintProcess::recordReviewStep(back, c.id, 2, QDate(2026, 3, 10), QStringLiteral("Riwayat berkas diperiksa"));
    ComplaintPlan plan;
    plan.clarification = true;
    plan.research = true;
    ComplaintProcess::setPlan(back, c.id, plan);
    ComplaintProcess::recordReviewStep(back, c.id, 3, QDate(2026, 3, 11),
                                       QStringLiteral("Klarifikasi dan penelitian berkas"));
    ComplaintProcess::recordClarification(back, c.id, QStringLiteral("Sdr. Andi, verifikator back office"),
                                          QDate(2026, 3, 11));
    ComplaintProcess::recordReviewStep(back, c.id, 4, QDate(2026, 3, 11), QStringLiteral("Klarifikasi selesai"));
    ComplaintProcess::chooseResolution(back, c.id, ResolutionPaths::Internal);
    const QStringList officers{QStringLiteral("Andi Saputra"), QStringLiteral("Dedi Kurnia"),
                               QStringLiteral("Rina Marlina"), QStringLiteral("Hj. Neneng"),
                               QStringLiteral("H. Asep Supriatna")};
    const QStringList posts = ComplaintLevels::defaults();
    for (int i = 0; i < posts.size(); ++i)
        ComplaintProcess::addEscalation(back, c.id, posts[i], officers.value(i), QDate(2026, 3, 12),
                                        QStringLiteral("Laporan tertulis tindak lanjut kepada pejabat di atasnya."));
    ComplaintProcess::recordAnswer(
        back, c.id, QStringLiteral("Surat"), QDate(2026, 3, 13),
        QStringLiteral("Izin Saudara telah terbit pada 12 Maret 2026 dan dapat diambil di loket "
                       "penyerahan Mal Pelayanan Publik. Keterlambatan disebabkan oleh antrean "
                       "verifikasi teknis; kami telah meninjau SOP agar tidak terulang."));
    ComplaintProcess::recordSuperiorReport(
        back, c.id, QStringLiteral("H. Asep Supriatna, Kepala Bidang Pelayanan"), QDate(2026, 3, 16),
        QStringLiteral("Pengaduan dijawab dalam 4 hari kerja melalui surat. Penyebab: antrean "
                       "verifikasi teknis. Tindak lanjut: peninjauan SOP verifikasi."));

    UiContext ui(f.tdb().db(), f.tdb().clock(), test::actorWith({Role::BackOffice, Role::FrontDesk}, QStringLiteral("dewi")));
    {
        ComplaintIntakeDialog dialog(ui);
        dialog.findChild<QLineEdit*>(QStringLiteral("intakeName"))->setText(QStringLiteral("Siti Rahma"));
        dialog.findChild<QLineEdit*>(QStringLiteral("intakeContact"))->setText(QStringLiteral("0812 3456 7890"));
        dialog.findChild<QLineEdit*>(QStringLiteral("intakeCase"))->setText(reg);
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("intakeObject"))
            ->setPlainText(QStringLiteral("Petugas meminta biaya tambahan di luar ketentuan."));
        dialog.findChild<QDateTimeEdit*>(QStringLiteral("intakeReceived"))
            ->setDateTime(QDateTime(QDate(2026, 3, 16), QTime(9, 30)));
        dialog.show();
        save(&dialog, dir, QStringLiteral("intake"));
        dialog.findChild<QDateTimeEdit*>(QStringLiteral("intakeReceived"))
            ->setDateTime(QDateTime(QDate(2026, 3, 16), QTime(9, 30)));
    }
    {
        ComplaintDialog dialog(ui, c.id);
        dialog.show();
        auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("complaintTabs"));
        const QStringList names{QStringLiteral("review"), QStringLiteral("prior"), QStringLiteral("resolution"),
                                QStringLiteral("closing")};
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            save(&dialog, dir, QStringLiteral("complaint-") + names.value(i));
        }
    }
    {
        ComplaintsPage page(ui);
        page.resize(1300, 700);
        page.show();
        save(&page, dir, QStringLiteral("register-complaints"));
        page.showRegister(ComplaintKind::Suggestion);
        save(&page, dir, QStringLiteral("register-suggestions"));
    }
    const Complaint done = ComplaintService::get(back, c.id);
    ComplaintLetters::writeAnswerLetter(f.tdb().db(), done, QDir(dir).filePath(QStringLiteral("answer-letter.pdf")));
    ComplaintLetters::writeSuperiorReport(f.tdb().db(), done, QDir(dir).filePath(QStringLiteral("superior-report.pdf")));
    ComplaintFilter filter;
    filter.kind = ComplaintKind::Complaint;
    ComplaintRegisterExport::writePdf(ui.context(), filter, QDir(dir).filePath(QStringLiteral("register.pdf")));
    ComplaintRegisterExport::writeXlsx(ui.context(), filter, QDir(dir).filePath(QStringLiteral("register.xlsx")));
    return 0;
}
