#pragma once

#include <QCoreApplication>

#include <QDate>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace loket {

class Context;

// Registration numbers from a pattern (setting "numbering.pattern") such as
// "{office}/{service}/{year}/{ws}/{seq:05}". The sequence is kept per workstation and year in
// the database, and the workstation code is part of every number, so counters that work
// offline never hand out the same number.
class RegistrationNumbers
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::RegistrationNumbers)
public:
    struct Fields
    {
        QString office;  // setting office.code, default DPMPTSP
        QString service; // the service's KBLI
        QDate date;
        QString workstation;
        qint64 sequence = 0;
    };

    static QString defaultPattern();
    // Throws Error::invalid naming what is wrong (unknown token, no {ws}, {seq} or year).
    static void validatePattern(const QString& pattern);
    static QString format(const QString& pattern, const Fields& fields);

    explicit RegistrationNumbers(const Context& ctx);

    QString pattern() const { return m_pattern; }
    QString officeCode() const { return m_office; }
    // Takes the next number of this workstation's sequence for the year of `date`. Must run in
    // the caller's transaction, so a rolled-back registration gives its number back.
    QString next(const QString& serviceKbli, const QDate& date);
    // Takes `count` numbers at once (imports); returns the first sequence value.
    qint64 reserve(int year, qint64 count);
    QString formatWith(const QString& serviceKbli, const QDate& date, qint64 sequence) const;
    // What a number of this office looks like (any workstation, service, year and sequence),
    // for checking numbers that come in with an import.
    QRegularExpression matcher() const;

    // The pattern cut into literal text and fields, once.
    struct Piece
    {
        QString literal; // when name is empty
        QString name;
        int width = 0;
    };
    static QList<Piece> parse(const QString& pattern);
    static QString format(const QList<Piece>& pieces, const Fields& fields);

private:
    const Context& m_ctx;
    QString m_pattern;
    QString m_office;
    QList<Piece> m_pieces;
};

} // namespace loket
