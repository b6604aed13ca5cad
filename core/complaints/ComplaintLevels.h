#pragma once

#include <QCoreApplication>

#include "ComplaintOrder.h"

#include <QStringList>

namespace loket {

class Context;
class Database;

// The level-by-level handling of component 6, item 7 of the standard: "diselesaikan secara
// berjenjang mulai dari tingkatan pelaksana sampai dengan Kepala DPMPTSP" (internal) or "sampai
// dengan Kepala Perangkat Daerah" (technical team), "dengan tetap melaporkan secara tertulis hasil
// tindaklanjutnya ke pejabat di atasnya". The posts come from an ordered list the office keeps
// (setting "complaints.positions", one post a line); each level is the next post up with its
// written report, and the path is complete when it reaches the last post, the head.
class ComplaintLevels
{
    Q_DECLARE_TR_FUNCTIONS(loket::ComplaintLevels)
public:
    static const QString SettingKey;
    static const QString RuleLevelOrder;   // the next post up, none skipped, from the office's list
    static const QString RuleLevelsToHead; // the answer after the head's level

    static QStringList defaults();
    // The office's list, or the defaults when it has none.
    static QStringList positions(const Database& db);
    // Needs Permission::ManageSettings; at least two posts, no repeats, no empty line.
    static void setPositions(const Context& ctx, const QStringList& positions);

    // Whether the path goes level by level (internal and technical; APIP does not).
    static bool laddered(const QString& path);
    // The post the next level of the chosen path must be; empty when complete or not laddered.
    static QString nextPosition(const Complaint& c, const QStringList& positions);
    static bool complete(const Complaint& c, const QStringList& positions);
    static ComplaintRefusal level(const Complaint& c, const QStringList& positions, const QString& position);
    static ComplaintRefusal answer(const Complaint& c, const QStringList& positions);
};

} // namespace loket
