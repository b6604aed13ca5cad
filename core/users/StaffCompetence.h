#pragma once

#include <QCoreApplication>

#include "common/Context.h"

#include <QDate>
#include <QList>
#include <QString>

namespace loket {

class Database;

// One competence item of the standard's component 9 ("Kompetensi Pelaksana") beyond education
// (item 1) and training (item 2): items 3 to 9, "Memiliki sikap ramah, komunikatif, ..." to
// "Berorientasi terhadap kepuasan pelanggan".
struct CompetenceItem
{
    int number = 0; // the item's number in component 9
    QString text;
};

// The items 3-9 as a checklist per staff member (table staff_competences, schema 19): a tick says
// who confirmed the item for the person, and when. A tick belongs to the item's text: when a new
// version of the standard words an item differently, it is confirmed again.
class StaffCompetence
{
    Q_DECLARE_TR_FUNCTIONS(loket::StaffCompetence)
public:
    struct Line
    {
        CompetenceItem item;
        bool ticked = false;
        QDate confirmedOn;
        QString confirmedBy;
        QString note;
    };

    // Items 3.. of component 9 of the current standards, in order (the first standard that lists
    // more than education and training); empty when no standard states them.
    static QList<CompetenceItem> items(const Database& db);

    // The checklist of one staff member. Needs ManageUsers or ViewReports.
    static QList<Line> checklist(const Context& ctx, const QString& username);
    // Ticks item `number` for the person (confirmed today by the signed-in user). Needs
    // ManageUsers; an item the standard does not have, or one already ticked, is refused (exit 3).
    static Line tick(const Context& ctx, const QString& username, int number, const QString& note = {});
    // Removes the tick (kept as a tombstone for the sync). Needs ManageUsers.
    static void untick(const Context& ctx, const QString& username, int number);

private:
    static CompetenceItem itemNumbered(const Context& ctx, int number);
    static QString userIdOf(const Context& ctx, const QString& username);
};

} // namespace loket
