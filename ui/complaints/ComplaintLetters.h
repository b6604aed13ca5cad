#pragma once

#include <QCoreApplication>

#include "complaints/Complaint.h"

#include <QString>

class QPrinter;

namespace loket {
class Database;
}

namespace loket::ui {

// The printable answer letter to the complainant and report to the direct superior (A4, PDF
// through QPrinter), on the office's letterhead from the settings.
class ComplaintLetters
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::ui::ComplaintLetters)
public:
    static QString answerLetterHtml(const Database& db, const Complaint& c);
    static QString superiorReportHtml(const Database& db, const Complaint& c);

    // Throw Error::invalid when the complaint has no answer / report yet, Error::storage when the
    // file cannot be written.
    static void writeAnswerLetter(const Database& db, const Complaint& c, const QString& pdfFile);
    static void writeSuperiorReport(const Database& db, const Complaint& c, const QString& pdfFile);

    // Renders HTML onto an A4 page (portrait or landscape) of a PDF file.
    static void writePdf(const QString& html, const QString& pdfFile, bool landscape = false);
    static QString letterhead(const Database& db);
    // The style sheet of the letterhead and letters.
    static QString style();
};

} // namespace loket::ui
