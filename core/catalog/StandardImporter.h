#pragma once

#include <QCoreApplication>

#include "ServiceStandard.h"

#include <QMap>

namespace loket {

// Reads the regional annex of service standards in its text form: for each service a heading
// "45. Izin (Risiko Tinggi) KBLI 71205 Jasa Kalibrasi/Metrologi", then rows "N<TAB>component
// <TAB>: text" for the 14 components, section rows "A."/"B.", the "NO KOMPONEN URAIAN" header
// repeated at each page break, and rows starting with tabs that continue the previous component
// on the next page. The cells carry HTML list markup.
//
// parse() is pure: it reads everything before anything can be written, and throws
// Error::invalid naming the service, the component and the line of the first problem.
class StandardImporter
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::StandardImporter)
public:
    static QList<ServiceStandard> parse(const QString& text);
    static QList<ServiceStandard> parseFile(const QString& path);

    // The built-in catalogue compiled into the program (the seed annex).
    static QString builtinResource();
    static QList<ServiceStandard> builtin();

    // The official component names by number (1..14).
    static QString componentName(int number);

private:
    struct Component
    {
        int number = 0;
        QString name;
        QString text;
        int line = 0;
    };
    struct Block
    {
        int line = 0; // of the heading
        QString heading;
        QMap<int, Component> components;
    };

    static QList<Block> readBlocks(const QString& text);
    static ServiceStandard build(const Block& block);
    static void readHeading(const Block& block, ServiceStandard& s);
    static void readComponent(const Component& c, ServiceStandard& s);
    static QStringList* listOf(int number, ServiceStandard& s);
    static void readRequirements(const QString& plain, ServiceStandard& s);
    static void readProcedure(const QString& plain, ServiceStandard& s);
    static void readFee(const QString& plain, ServiceStandard& s);
    static void readStaffCount(const QString& plain, ServiceStandard& s);
    static void readPerformanceEvaluation(const QString& plain, ServiceStandard& s);
    static bool nameFits(int number, const QString& name);
};

} // namespace loket
