#include "ReceiptCommands.h"
#include "CliText.h"

#include "ReceiptKeyCommands.h"
#include "cases/CaseService.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "complaints/ComplaintReceipts.h"
#include "print/ReceiptPrinter.h"
#include "print/ReceiptRenderer.h"
#include "receipts/ReceiptService.h"
#include "receipts/ReceiptVerifier.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace loket::cli {

namespace {
struct RenderOptions {
    QString pdf;
    ui::ReceiptRenderer::Layout layout = ui::ReceiptRenderer::Layout::A4;
    ReceiptKind kind = ReceiptKind::FileReceipt;
};

RenderOptions takeRenderOptions(CliArgs& args)
{
    RenderOptions o;
    o.pdf = args.option(QStringLiteral("pdf"));
    const QString layout = args.option(QStringLiteral("layout"));
    const QString kind = args.option(QStringLiteral("kind"));
    if (o.pdf.isEmpty())
        throw UsageError{Cli::tr("receipt needs --pdf FILE.")};
    if (!layout.isEmpty() && !ui::ReceiptRenderer::layoutFromKey(layout, &o.layout))
        throw UsageError{Cli::tr("--layout must be a4 or thermal, not %1.").arg(layout)};
    if (!kind.isEmpty() && !receiptKindFromKey(kind, &o.kind))
        throw UsageError{Cli::tr("--kind must be file, return or handover, not %1.").arg(kind)};
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw UsageError{
            Cli::tr("PDF output needs the graphics system, which starts only when --pdf is on the command line.")};
    return o;
}

// Renders to the PDF file and reports it.
int writePdf(CliContext& ctx, const ReceiptData& data, const RenderOptions& o)
{
    const QString path = QFileInfo(o.pdf).absoluteFilePath();
    const int pages = ui::ReceiptPrinter::writePdf(data, o.layout, path);
    const QString layout = ui::ReceiptRenderer::layoutKey(o.layout);
    const QJsonObject out{{QStringLiteral("file"), path},
                          {QStringLiteral("registration_number"), data.registrationNumber},
                          {QStringLiteral("kind"), receiptKindKey(data.kind)},
                          {QStringLiteral("layout"), layout},
                          {QStringLiteral("pages"), pages},
                          {QStringLiteral("verification_code"), data.verificationCode},
                          {QStringLiteral("qr_payload"), data.qrPayload},
                          {QStringLiteral("key_id"), data.keyId},
                          {QStringLiteral("copy"), data.copy},
                          {QStringLiteral("sample"), data.sample}};
    ctx.print(out, Cli::tr("%1 of %2 written to %3 (%4, verification code %5).")
                       .arg(ui::ReceiptRenderer::title(data.kind), data.registrationNumber, path, layout,
                            data.verificationCode));
    return ExitOk;
}

QString kindText(ReceiptKind kind)
{
    return ui::ReceiptRenderer::title(kind);
}

QJsonObject checkJson(const ReceiptCheck& check)
{
    QJsonObject o{{QStringLiteral("valid"), check.valid},
                  {QStringLiteral("registration_number"), check.registrationNumber},
                  {QStringLiteral("code"), check.code},
                  {QStringLiteral("signed"), !check.keyId.isEmpty()},
                  {QStringLiteral("legacy"), check.legacy}};
    if (check.kind)
        o.insert(QStringLiteral("kind"), receiptKindKey(*check.kind));
    if (!check.keyId.isEmpty()) {
        o.insert(QStringLiteral("key_id"), check.keyId);
        o.insert(QStringLiteral("workstation"), check.keyWorkstation);
        o.insert(QStringLiteral("signed_at"), toStoredTime(check.signedAt));
    }
    if (!check.valid)
        o.insert(QStringLiteral("reason"), check.reason);
    return o;
}

int runVerify(CliContext& ctx, CliArgs& args)
{
    const QString keys = args.option(QStringLiteral("keys"));
    const QString first = args.takeFirst();
    const QString second = args.takeFirst();
    args.finish();
    if (first.isEmpty())
        throw UsageError{Cli::tr("receipt verify needs the scanned QR text, or the registration number and the code.")};
    ReceiptCheck check;
    QJsonArray printed;
    if (!keys.isEmpty()) {
        // A verification desk: the office's key file, no database at all.
        if (!second.isEmpty())
            throw UsageError{Cli::tr("receipt verify --keys FILE checks the scanned QR text only.")};
        check = ReceiptVerifier(ReceiptVerifier::readKeyFile(keys)).verify(first);
    } else {
        Context c = ctx.anonymousContext();
        check = ReceiptService::verify(c.database(), first, second);
        if (check.valid)
            for (const ReceiptPrint& p : ReceiptService::prints(c.database(), check.registrationNumber))
                printed.append(QJsonObject{{QStringLiteral("kind"), receiptKindKey(p.kind)},
                                           {QStringLiteral("printed_at"), p.printedAt.toString(Qt::ISODateWithMs)},
                                           {QStringLiteral("layout"), p.layout},
                                           {QStringLiteral("target"), p.target},
                                           {QStringLiteral("copy"), p.copy}});
    }
    QJsonObject o = checkJson(check);
    QString text;
    if (check.valid) {
        o.insert(QStringLiteral("printed"), printed);
        text = Cli::tr("valid: %1 %2, code %3 (%n time(s) printed here).", nullptr, int(printed.size()))
                   .arg(kindText(*check.kind), check.registrationNumber, check.code);
        if (!check.keyId.isEmpty())
            text += QLatin1Char(' ') +
                    Cli::tr("Signed %1 by workstation %2 (key %3).")
                        .arg(check.signedAt.toTimeZone(Clock::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             check.keyWorkstation, check.keyId);
    } else {
        text = Cli::tr("invalid: %1 (%2).").arg(check.registrationNumber, check.reason);
    }
    ctx.print(o, text);
    return check.valid ? ExitOk : ExitFailure;
}

int runSample(CliContext& ctx, CliArgs& args)
{
    const RenderOptions o = takeRenderOptions(args);
    args.finish();
    return writePdf(ctx, ReceiptService::sample(ctx.anonymousContext(), o.kind), o);
}

int runReceipt(CliContext& ctx, CliArgs& args)
{
    const QString first = args.takeFirst();
    if (first == QLatin1String("verify"))
        return runVerify(ctx, args);
    if (first == QLatin1String("sample"))
        return runSample(ctx, args);
    if (first == QLatin1String("keys"))
        return runReceiptKeys(ctx, args);
    if (first.isEmpty())
        throw UsageError{Cli::tr("receipt needs a registration number, verify or sample.")};
    const RenderOptions o = takeRenderOptions(args);
    args.finish();
    // A receipt carries personal data and its printing is logged: a signed-in user is needed.
    Context c = ctx.userContext();
    ReceiptService::requirePrint(c, o.kind);
    const ReceiptData data = CaseService::receiptData(c, first, o.kind);
    const int rc = writePdf(ctx, data, o);
    ReceiptService::recordPrint(c, data, ui::ReceiptRenderer::layoutKey(o.layout), QStringLiteral("pdf"));
    return rc;
}
} // namespace

int runComplaintReceipt(CliContext& ctx, CliArgs& args)
{
    const QString number = args.takeFirst();
    if (number.isEmpty())
        throw UsageError{Cli::tr("complaint receipt needs the complaint number.")};
    const RenderOptions o = takeRenderOptions(args);
    args.finish();
    Context c = ctx.userContext();
    const ReceiptData data = ComplaintReceipts::build(c, number);
    const int rc = writePdf(ctx, data, o);
    ReceiptService::recordPrint(c, data, ui::ReceiptRenderer::layoutKey(o.layout), QStringLiteral("pdf"));
    return rc;
}

void addReceiptCommands(QList<Command>& list)
{
    list.append({QStringLiteral("receipt"),
                 QString::fromUtf8(QT_TRANSLATE_NOOP(
                     "loket::cli::help",
                     "receipt REG --pdf FILE [--layout a4|thermal] [--kind file|return|handover]\n"
                     "receipt verify QR_TEXT | receipt verify REG CODE | receipt verify --keys FILE QR_TEXT\n"
                     "receipt keys list | receipt keys export FILE | "
                     "receipt keys revoke KEY_ID [--at \"YYYY-MM-DD HH:MM\"] [--reason TEXT]\n"
                     "receipt sample --pdf FILE [--layout a4|thermal] [--kind file|return|handover]")),
                 runReceipt});
}

} // namespace loket::cli
