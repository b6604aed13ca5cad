#pragma once

#include <QCoreApplication>

#include "ServiceStandard.h"

namespace loket {

// Reads component 6 of a standard ("Penanganan Pengaduan, Saran dan Masukan") into its parts:
// the channels a..m, the complaint window and answer time, the recording and review steps,
// the problem types and the three resolution paths.
class ComplaintTextParser
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::ComplaintTextParser)
public:
    // `plain` is the component text after AnnexMarkup::toPlain(). Throws Error::invalid with a
    // translated message naming what is missing.
    static ComplaintHandling parse(const QString& plain);

    // Classifies a channel label ("Telepon", "WA", "Kotak Pengaduan", ...) into a channel kind.
    static QString channelKind(const QString& label, const QString& contact);
    static ComplaintChannel parseChannel(const QString& key, const QString& text);
    static QStringList channelKinds();

private:
    static QList<ResolutionPath> parsePaths(const QStringList& items);
};

} // namespace loket
