#include "TestDatabase.h"
#include "common/Error.h"
#include "receipts/ReceiptKeyFile.h"
#include "receipts/ReceiptKeyRepository.h"
#include "receipts/ReceiptKeyService.h"
#include "receipts/ReceiptQr.h"
#include "receipts/ReceiptService.h"
#include "receipts/ReceiptVerifier.h"
#include "receipts/VerificationCode.h"
#include "settings/SettingsRepository.h"
#include "storage/SqlQuery.h"
#include "sync/RowMerge.h"
#include "sync/SyncService.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>
#include <sodium.h>

using namespace loket;

namespace {
const QDateTime kMorning(QDate(2026, 3, 2), QTime(8, 30), Clock::zone());

// Sends every receipt_keys row of `from` to `to` as the office pull does (RowMerge).
void syncKeys(Database& from, Database& to)
{
    SqlQuery q(from.handle(), QStringLiteral("SELECT * FROM receipt_keys"));
    q.exec();
    RowMerge merge(to.handle());
    while (q.next()) {
        QJsonObject row;
        const QSqlRecord rec = q.raw().record();
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), QJsonValue::fromVariant(q.value(i)));
        QVERIFY(merge.apply(QStringLiteral("receipt_keys"), row, {}) != MergeOutcome::Skipped);
    }
}

ReceiptData receipt(const Context& ctx, const QString& reg, ReceiptKind kind = ReceiptKind::FileReceipt)
{
    ReceiptData d = ReceiptService::sample(ctx, kind);
    d.registrationNumber = reg;
    d.sample = false;
    d.printedAt = ctx.clock().now();
    ReceiptService::stamp(ctx, d);
    return d;
}
} // namespace

class TestSignedReceipts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void qrTextShape();
    void keyMadeOnFirstUseAndKeptOutOfDatabase();
    void signAndVerifyAcrossDatabases();
    void verifyWithKeyFileOnly();
    void oneChangedCharacterIsRefused();
    void keyOfAnotherOfficeIsRefused();
    void revocation();
    void oldHmacCodeStillVerifies();
    void typedCodeChecksSignedData();
    void sampleVerifiesNowhere();
    void complaintPrintsAreLoggedAfterSchema17();
};

void TestSignedReceipts::qrTextShape()
{
    test::TestDatabase t(kMorning);
    const ReceiptData d = receipt(t.context(), QStringLiteral("503/C01/2026/000123"));
    // Upper case, QR alphanumeric-mode characters only: small codes that scanners read.
    QVERIFY2(QRegularExpression(QStringLiteral("^LK1:[0-9A-Z $%*+\\-./:]+$")).match(d.qrPayload).hasMatch(),
             qPrintable(d.qrPayload));
    QVERIFY2(d.qrPayload.size() < 160, qPrintable(d.qrPayload));
    QVERIFY(QRegularExpression(QStringLiteral("^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$"))
                .match(d.verificationCode)
                .hasMatch());
    const auto f = ReceiptQr::parse(d.qrPayload.toLower());
    QVERIFY(f.has_value());
    QCOMPARE(f->registrationNumber, QStringLiteral("503/C01/2026/000123"));
    QCOMPARE(f->kind, ReceiptKind::FileReceipt);
    QCOMPARE(f->signedAt, kMorning);
    QCOMPARE(f->keyId, d.keyId);
    QCOMPARE(ReceiptQr::shortCode(f->signature), d.verificationCode);
}

void TestSignedReceipts::keyMadeOnFirstUseAndKeptOutOfDatabase()
{
    test::TestDatabase t(kMorning);
    const QString keyPath = ReceiptKeyFile::pathFor(t.path());
    QVERIFY(!QFile::exists(keyPath));
    QVERIFY(ReceiptKeyService::keys(t.db()).isEmpty());
    const ReceiptData a = receipt(t.context(), QStringLiteral("503/C01/2026/000001"));
    QVERIFY(QFile::exists(keyPath));
    QCOMPARE(QFile::permissions(keyPath) &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    const QList<ReceiptKey> keys = ReceiptKeyService::keys(t.db());
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().workstation, QStringLiteral("C01"));
    QCOMPARE(keys.first().keyId, a.keyId);
    QCOMPARE(keys.first().validFrom, kMorning);
    // The same key signs the next receipt; the private key is nowhere in the database.
    QCOMPARE(receipt(t.context(), QStringLiteral("503/C01/2026/000002")).keyId, a.keyId);
    const auto secret = ReceiptKeyFile::load(keyPath);
    QVERIFY(secret.has_value());
    const QString secretText = QString::fromLatin1(secret->secretKey.toBase64());
    QFile dbFile(t.path());
    QVERIFY(dbFile.open(QIODevice::ReadOnly));
    QVERIFY(!dbFile.readAll().contains(secretText.toLatin1()));
    // A database restored on another PC (no key file there) makes a key of its own.
    QVERIFY(QFile::remove(keyPath));
    const ReceiptData b = receipt(t.context(), QStringLiteral("503/C01/2026/000003"));
    QVERIFY(b.keyId != a.keyId);
    QCOMPARE(ReceiptKeyService::keys(t.db()).size(), 2);
    QVERIFY(ReceiptService::verify(t.db(), a.qrPayload).valid); // the old key's receipts still verify
    QVERIFY(ReceiptService::verify(t.db(), b.qrPayload).valid);
}

void TestSignedReceipts::signAndVerifyAcrossDatabases()
{
    test::TestDatabase c01(kMorning, QStringLiteral("C01"));
    test::TestDatabase c03(kMorning, QStringLiteral("C03"));
    const ReceiptData d = receipt(c01.context(), QStringLiteral("503/C01/2026/000123"), ReceiptKind::HandOver);
    // Before C01's key reaches C03, C03 cannot know it.
    QVERIFY(!ReceiptService::verify(c03.db(), d.qrPayload).valid);
    syncKeys(c01.db(), c03.db());
    const ReceiptCheck check = ReceiptService::verify(c03.db(), d.qrPayload);
    QVERIFY2(check.valid, qPrintable(check.reason));
    QCOMPARE(*check.kind, ReceiptKind::HandOver);
    QCOMPARE(check.keyWorkstation, QStringLiteral("C01"));
    QCOMPARE(check.registrationNumber, QStringLiteral("503/C01/2026/000123"));
    // And the other way round.
    const ReceiptData e = receipt(c03.context(), QStringLiteral("503/C03/2026/000007"));
    syncKeys(c03.db(), c01.db());
    QVERIFY(ReceiptService::verify(c01.db(), e.qrPayload).valid);
}

void TestSignedReceipts::verifyWithKeyFileOnly()
{
    test::TestDatabase t(kMorning);
    const ReceiptData d = receipt(t.context(), QStringLiteral("503/C01/2026/000123"));
    const QString file = t.dir() + QStringLiteral("/keys.json");
    QCOMPARE(ReceiptKeyService::exportTo(t.context(), file), 1);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(!text.contains(ReceiptKeyFile::load(ReceiptKeyFile::pathFor(t.path()))->secretKey.toBase64()));
    const ReceiptVerifier verifier(ReceiptVerifier::readKeyFile(file));
    QVERIFY(verifier.verify(d.qrPayload).valid);
    QVERIFY_THROWS_EXCEPTION(Error, ReceiptVerifier::readKeyFile(t.path())); // not a key file
}

void TestSignedReceipts::oneChangedCharacterIsRefused()
{
    test::TestDatabase t(kMorning);
    const ReceiptData d = receipt(t.context(), QStringLiteral("503/C01/2026/000123"));
    const ReceiptVerifier verifier(ReceiptKeyService::keys(t.db()));
    QVERIFY(verifier.verify(d.qrPayload).valid);
    int checked = 0;
    for (int i = 4; i < d.qrPayload.size(); ++i) {
        const QChar c = d.qrPayload.at(i);
        if (c == u':')
            continue;
        QString changed = d.qrPayload;
        changed[i] = c.isDigit() ? QChar(u'0' + (c.digitValue() + 1) % 10) : (c == u'A' ? u'B' : u'A');
        const auto fields = ReceiptQr::parse(changed);
        if (!fields)
            continue; // no longer a receipt text at all
        QVERIFY2(!verifier.verify(*fields).valid, qPrintable(changed));
        ++checked;
    }
    QVERIFY(checked > 100);
}

void TestSignedReceipts::keyOfAnotherOfficeIsRefused()
{
    test::TestDatabase office(kMorning, QStringLiteral("C01"));
    test::TestDatabase other(kMorning, QStringLiteral("C01"));
    receipt(office.context(), QStringLiteral("503/C01/2026/000001"));
    const ReceiptData foreign = receipt(other.context(), QStringLiteral("503/C01/2026/000001"));
    const ReceiptCheck check = ReceiptService::verify(office.db(), foreign.qrPayload);
    QVERIFY(!check.valid);
    QVERIFY(check.reason.contains(foreign.keyId));
    // A forged key list entry with the other office's key id but this office's key: signature fails.
    QList<ReceiptKey> forged = ReceiptKeyService::keys(office.db());
    forged.first().keyId = foreign.keyId;
    QVERIFY(!ReceiptVerifier(forged).verify(foreign.qrPayload).valid);
}

void TestSignedReceipts::revocation()
{
    test::TestDatabase t(kMorning);
    const ReceiptData before = receipt(t.context(), QStringLiteral("503/C01/2026/000001"));
    const auto stolen = ReceiptKeyFile::load(ReceiptKeyFile::pathFor(t.path()));
    QVERIFY(stolen.has_value());

    // Only an admin (ManageSettings) revokes.
    t.clock().set(kMorning.addDays(2));
    QVERIFY_THROWS_EXCEPTION(Error, ReceiptKeyService::revoke(t.context(test::actorWith({Role::FrontDesk})),
                                                              before.keyId, {}, QStringLiteral("PC stolen")));
    const QDateTime revokedAt = kMorning.addDays(1);
    const ReceiptKey k = ReceiptKeyService::revoke(t.context(test::actorWith({Role::Admin}, QStringLiteral("admin"))),
                                                   before.keyId, revokedAt, QStringLiteral("PC stolen"));
    QCOMPARE(k.revokedAt, revokedAt);
    QVERIFY_THROWS_EXCEPTION(
        Error, ReceiptKeyService::revoke(t.context(test::actorWith({Role::Admin})), before.keyId, {}, {}));

    // Signed before the revocation: still genuine.
    QVERIFY(ReceiptService::verify(t.db(), before.qrPayload).valid);
    // The thief signs with the stolen key after the revocation date: refused.
    ReceiptQr::Fields f;
    f.registrationNumber = QStringLiteral("503/C01/2026/000999");
    f.kind = ReceiptKind::FileReceipt;
    f.signedAt = kMorning.addDays(1).addSecs(3600).toUTC();
    f.keyId = stolen->keyId;
    f.signature = QByteArray(crypto_sign_BYTES, '\0');
    const QByteArray m = ReceiptQr::message(f.registrationNumber, f.kind, f.signedAt, f.keyId);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(f.signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(m.constData()), m.size(),
                         reinterpret_cast<const unsigned char*>(stolen->secretKey.constData()));
    const QString lateText = ReceiptQr::text(f);
    const ReceiptCheck late = ReceiptService::verify(t.db(), lateText);
    QVERIFY(!late.valid);
    QVERIFY2(late.reason.contains(QStringLiteral("revoked")), qPrintable(late.reason));
    // Signed with the stolen key before the revocation date: the signature is still good.
    f.signedAt = kMorning.addSecs(3600).toUTC();
    const QByteArray m2 = ReceiptQr::message(f.registrationNumber, f.kind, f.signedAt, f.keyId);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(f.signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(m2.constData()), m2.size(),
                         reinterpret_cast<const unsigned char*>(stolen->secretKey.constData()));
    QVERIFY(ReceiptService::verify(t.db(), ReceiptQr::text(f)).valid);

    // The workstation itself moves on to a new key, which verifies.
    const ReceiptData after = receipt(t.context(), QStringLiteral("503/C01/2026/000002"));
    QVERIFY(after.keyId != before.keyId);
    QVERIFY(ReceiptService::verify(t.db(), after.qrPayload).valid);
    // The exported key file carries the revocation.
    const QString file = t.dir() + QStringLiteral("/keys.json");
    ReceiptKeyService::exportTo(t.context(), file);
    const ReceiptVerifier desk(ReceiptVerifier::readKeyFile(file));
    QVERIFY(desk.verify(before.qrPayload).valid);
    QVERIFY(!desk.verify(lateText).valid);
}

void TestSignedReceipts::oldHmacCodeStillVerifies()
{
    test::TestDatabase t(kMorning);
    test::TestDatabase elsewhere(kMorning, QStringLiteral("C03"));
    const QString reg = QStringLiteral("503/C01/2025/000777");
    const QString code = VerificationCode::compute(ReceiptService::officeSecret(t.db()), reg, ReceiptKind::FileReceipt);
    const QString payload = VerificationCode::qrPayload(reg, code);
    ReceiptCheck check = ReceiptService::verify(t.db(), payload);
    QVERIFY(check.valid);
    QVERIFY(check.legacy);
    QCOMPARE(*check.kind, ReceiptKind::FileReceipt);
    QVERIFY(ReceiptService::verify(t.db(), reg, code.toLower()).valid);
    // Another PC never had this PC's secret.
    QVERIFY(!ReceiptService::verify(elsewhere.db(), payload).valid);
    QVERIFY(!ReceiptService::verify(t.db(), reg, QStringLiteral("22222-22222")).valid);
}

void TestSignedReceipts::typedCodeChecksSignedData()
{
    test::TestDatabase t(kMorning);
    Context ctx = t.context(test::actorWith({Role::FrontDesk}));
    ReceiptData d = ReceiptService::sample(ctx, ReceiptKind::FileReceipt);
    d.registrationNumber = QStringLiteral("503/C01/2026/000077");
    d.sample = false;
    d.eventAt = kMorning.addSecs(-600);
    d = ReceiptService::issue(ctx, d);
    ReceiptService::recordPrint(ctx, d, QStringLiteral("a4"), QStringLiteral("pdf"));
    const ReceiptCheck check = ReceiptService::verify(t.db(), d.registrationNumber, d.verificationCode);
    QVERIFY2(check.valid, qPrintable(check.reason));
    QVERIFY(!check.legacy);
    QCOMPARE(check.keyId, d.keyId);
    // Tamper with the stored record's signed text: the typed code no longer verifies.
    SqlQuery(t.db().handle(), QStringLiteral("UPDATE receipts SET qr_text = replace(qr_text, ':F:', ':H:')")).exec();
    QVERIFY(!ReceiptService::verify(t.db(), d.registrationNumber, d.verificationCode).valid);
}

void TestSignedReceipts::sampleVerifiesNowhere()
{
    test::TestDatabase t(kMorning);
    const Context ctx = t.context(test::actorWith({Role::FrontDesk}));
    const ReceiptData sample = ReceiptService::sample(ctx, ReceiptKind::FileReceipt);
    QVERIFY(sample.sample);
    QVERIFY(sample.registrationNumber.startsWith(QStringLiteral("CONTOH/")));
    QVERIFY(sample.qrPayload.startsWith(QStringLiteral("LK1:")));
    // Signed with a throw-away key: this workstation's key is neither made nor published.
    QVERIFY(!QFile::exists(ReceiptKeyFile::pathFor(t.path())));
    QVERIFY(ReceiptKeyService::keys(t.db()).isEmpty());
    ReceiptCheck check = ReceiptService::verify(t.db(), sample.qrPayload);
    QVERIFY(!check.valid);
    QVERIFY2(check.reason.contains(QStringLiteral("receipt sample")), qPrintable(check.reason));
    // Once the workstation has a key, a sample still does not use it.
    const ReceiptData real = receipt(ctx, QStringLiteral("503/C01/2026/000010"));
    QVERIFY(ReceiptService::verify(t.db(), real.qrPayload).valid);
    const ReceiptData second = ReceiptService::sample(ctx, ReceiptKind::HandOver);
    QVERIFY(second.keyId != real.keyId);
    QVERIFY(second.keyId != sample.keyId);
    QCOMPARE(ReceiptKeyService::keys(t.db()).size(), 1);
    QVERIFY(!ReceiptService::verify(t.db(), second.qrPayload).valid);
    // A sample printed before samples had their own key carries the workstation's genuine
    // signature: its sample number is refused all the same, here and at a verification desk.
    ReceiptData old = sample;
    ReceiptService::stamp(ctx, old);
    QCOMPARE(old.keyId, real.keyId);
    check = ReceiptService::verify(t.db(), old.qrPayload);
    QVERIFY(!check.valid);
    QVERIFY2(check.reason.contains(QStringLiteral("receipt sample")), qPrintable(check.reason));
    QVERIFY(!ReceiptVerifier(ReceiptKeyService::keys(t.db())).verify(old.qrPayload).valid);
}

// Schema 17 lets the receipt log name complaint receipts; it rebuilds the table, so a database
// whose sync already tracked it keeps its log and is tracked again at the next push.
void TestSignedReceipts::complaintPrintsAreLoggedAfterSchema17()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c01.sqlite"));
    auto count = [](Database& db, const QString& sql) { return SqlQuery(db.handle(), sql).scalar().toInt(); };
    {
        Database db;
        Database::OpenOptions options;
        options.targetVersion = 16;
        db.open(path, options);
        SqlQuery(db.handle(), QStringLiteral("INSERT INTO receipt_prints (id, registration_number, kind, "
                                             "verification_code, layout, target, printed_at, printed_by, created_at, "
                                             "updated_at, workstation, row_version, receipt_id, copy) VALUES ('p1', "
                                             "'503/C01/2026/000001', 'file', 'K7QM4-XPA2B', 'a4', 'printer', "
                                             "'2026-03-02T01:30:00.000Z', 'rina', '2026-03-02T01:30:00.000Z', "
                                             "'2026-03-02T01:30:00.000Z', 'C01', 1, NULL, 0)"))
            .exec();
        const FixedClock clock(kMorning);
        SyncService::ensureTracking(Context(db, clock, Actor::systemActor()));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'receipt_prints'")), 1);
    }
    Database db;
    db.open(path);
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM receipt_prints WHERE id = 'p1' AND kind = 'file' AND "
                                      "printed_by = 'rina'")),
             1);
    FixedClock clock(kMorning);
    SyncService::ensureTracking(Context(db, clock, Actor::systemActor())); // as the next push does
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'receipt_prints'")), 1);

    const Context ctx(db, clock, test::actorWith({Role::FrontDesk}, QStringLiteral("rina")));
    ReceiptData d;
    d.kind = ReceiptKind::Complaint;
    d.registrationNumber = QStringLiteral("PGD-C01-2026-00001");
    d.eventAt = kMorning.addSecs(-1800);
    d = ReceiptService::issue(ctx, d);
    ReceiptService::recordPrint(ctx, d, QStringLiteral("thermal"), QStringLiteral("printer"));
    clock.set(kMorning.addDays(1));
    const ReceiptData copy = ReceiptService::issue(ctx, d);
    QVERIFY(copy.copy);
    ReceiptService::recordPrint(ctx, copy, QStringLiteral("a4"), QStringLiteral("pdf"));
    const QList<ReceiptPrint> log = ReceiptService::prints(db, d.registrationNumber);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).kind, ReceiptKind::Complaint);
    QVERIFY(!log.at(0).copy);
    QCOMPARE(log.at(1).layout, QStringLiteral("a4"));
    QVERIFY(log.at(1).copy);
    QCOMPARE(log.at(1).printedBy, QStringLiteral("rina"));
    // The new table is tracked: both prints go out with the next push.
    QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT row_id) FROM sync_outbox WHERE table_name = "
                                      "'receipt_prints'")),
             3);
}

QTEST_GUILESS_MAIN(TestSignedReceipts)
#include "test_signedreceipts.moc"
