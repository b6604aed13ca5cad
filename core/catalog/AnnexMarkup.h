#pragma once

#include <QString>
#include <QStringList>

namespace loket {

// Text helpers for the annex of service standards: the cells carry HTML list markup and
// inline enumerations ("1. ...; 2. ...", "a. ...", "1) ...") that must become lists.
class AnnexMarkup
{
public:
    enum class Marker
    {
        Number, // 1. 2. 3.
        Letter, // a. b. c.
        Paren,  // 1) 2) 3)
    };

    struct List
    {
        QString intro;     // the text before the first item, cleaned
        QStringList items; // raw item texts (nested lists still inside), not yet cleaned
    };

    // Block tags (<p>, <ol>, <ul>, <li>, <br>) become line breaks, which count as item
    // boundaries; inline tags (<i>, <b>, <span>) and their attributes are dropped; entities
    // are decoded and spaces left before punctuation by removed tags are closed up.
    static QString toPlain(const QString& html);

    // Splits at the markers 1, 2, 3... in order. A marker only counts at the start, after a
    // line break, or after punctuation (optionally followed by "dan"/"atau"), so numbers inside
    // the text ("Nomor 5 Tahun 2021") are never taken for items.
    static List split(const QString& plain, Marker marker);

    // One line: whitespace collapsed, trailing "; dan", ";", "," and "." removed.
    static QString cleanItem(const QString& text);
    static QStringList cleanItems(const QStringList& items);

    // The first "N (words) <unit>" or "N <unit>" in the text, e.g. unit "hari kerja"; -1 if none.
    static int numberBefore(const QString& text, const QString& unit);

private:
    static QString markerText(Marker marker, int index);
    static int findMarker(const QString& text, const QString& marker, int from);
    static bool atBoundary(const QString& text, int pos);
};

} // namespace loket
