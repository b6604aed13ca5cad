#pragma once

#include <QDate>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

namespace loket {

// Synthetic but well-formed people and businesses of Kabupaten Purwakarta for demo data:
// Indonesian (largely Sundanese) names, NIKs with region 32.14, a district, the birth date
// (day + 40 for women) and a serial; NPWPs with a correct check digit; unique NIBs.
class DemoPeople
{
public:
    explicit DemoPeople(quint32 seed) : m_random(seed) {}

    struct Person
    {
        QString name;
        QString nik;
        QString phone;
        QString email;
        QString address;
    };
    struct Company
    {
        QString name;
        QString npwp;
        qint64 capital = 0;
        bool inEstate = false;
        QString address;
    };

    Person person();
    Company company();
    QString nib(); // "9120" + a running number
    void setNibCounter(qint64 last) { m_nibCounter = last; }
    // Region (province and regency, 4 digits) of the NIKs made; Kabupaten Purwakarta by default.
    void setRegion(const QString& region) { m_region = region; }
    QString npwp();

    QRandomGenerator& random() { return m_random; }
    int bounded(int n) { return int(m_random.bounded(n)); }
    bool chance(double p) { return m_random.generateDouble() < p; }

private:
    QString nik(bool female);
    QString village();

    QRandomGenerator m_random;
    QSet<QString> m_niks;
    qint64 m_nibCounter = 0;
    QString m_region = QStringLiteral("3214");
};

} // namespace loket
