#pragma once

#include <QString>

namespace loket {

// Text going into a spreadsheet (CSV or XLSX export). A cell starting with = + - @, a tab or a
// carriage return would be run as a formula by Excel or LibreOffice (=HYPERLINK(...), +cmd|...),
// so, as OWASP recommends, it gets a leading single quote and is shown as the text it is. A real
// number (-12, -3.5, -3,5) stays a number.
class SpreadsheetCell
{
public:
    static QString neutralise(const QString& text);
    // A CSV field: neutralised, and quoted when it holds a comma, semicolon, quote or line break.
    static QString csvField(const QString& text);
};

} // namespace loket
