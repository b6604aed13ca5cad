#pragma once

#include <QCoreApplication>

#include "Complaint.h"
#include "ComplaintFilter.h"

#include <QStringList>
#include <functional>

namespace loket {

class Context;

// The complaint register (buku register pengaduan) and the suggestion register as rows of text:
// the one shape the screen, the printout and the CSV/Excel exports show.
class ComplaintRegister
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::ComplaintRegister)
public:
    // What an officer looks for first comes first: who, what, and how the clock stands.
    enum ComplaintColumn {
        CNumber,
        CReceived,
        CComplainant,
        CChannel,
        CObject,
        CDue,
        CClock,
        CState,
        CTriage,
        CProblemType,
        CCase,
        CService,
        CContact,
        CAnswered,
        CColumnCount
    };
    enum SuggestionColumn {
        SNumber,
        SReceived,
        SName,
        SChannel,
        SSubstance,
        SWhy,
        SState,
        SNote,
        SService,
        SColumnCount
    };
    // Columns that hold a number or a date (kept on one line when printed).
    static bool isCompact(ComplaintKind kind, int column);

    // Translated column titles of the register of `kind`.
    static QStringList headers(ComplaintKind kind);
    // One register row; `clockState` is the register's clock key (see ComplaintService::clockState).
    static QStringList row(const Complaint& c, const QString& clockState);
    static QString title(ComplaintKind kind); // "Complaint register" / "Suggestion register"
    static QString clockTitle(const QString& clockKey);
    // A line describing the filter for printouts ("Period ..., channel ..., ...").
    static QString describe(const ComplaintFilter& filter);

    // Walks every row of the filtered register page by page (the filter's kind must be set);
    // `visit` returns false to stop. Returns the number of rows visited. Needs read permission.
    static int forEach(const Context& ctx, const ComplaintFilter& filter,
                       const std::function<bool(const Complaint&, const QString& clockState)>& visit);
};

} // namespace loket
