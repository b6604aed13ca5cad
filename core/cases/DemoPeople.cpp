#include "DemoPeople.h"

#include <QStringList>
#include <cmath>

namespace loket {

namespace {
const char* const kMen[] = {"Asep", "Dadang", "Ujang", "Cecep", "Budi", "Agus", "Yusuf", "Dedi", "Iwan", "Hendra",
                            "Rudi", "Wawan", "Deden", "Engkos", "Aang", "Ade", "Dani", "Rizky", "Fajar", "Ilham",
                            "Gilang", "Rahmat", "Hadi", "Eko", "Bambang", "Yayat", "Komar", "Endang", "Maman", "Jajang"};
const char* const kWomen[] = {"Euis", "Neneng", "Siti", "Dewi", "Rina", "Yuli", "Nining", "Tati", "Lilis", "Wulan",
                              "Ratna", "Sri", "Nurul", "Ayu", "Intan", "Rini", "Fitri", "Dian", "Elis", "Imas",
                              "Nia", "Heni", "Ika", "Rosita", "Mira", "Yanti", "Santi", "Lina", "Ani", "Ida"};
const char* const kFamily[] = {"Suryana",  "Hidayat",  "Kurniawan", "Setiawan", "Rahmawati", "Permana", "Saputra",
                               "Nugraha",  "Wijaya",   "Hermawan",  "Gunawan",  "Sulaeman",  "Mulyadi", "Kusnadi",
                               "Maulana",  "Ramdani",  "Sopandi",   "Supriatna", "Hamdani",  "Firmansyah", "Susanti",
                               "Lestari",  "Handayani", "Kartika",  "Nurhayati", "Sukmawati", "Iskandar", "Sutisna",
                               "Koswara",  "Sudrajat"};
const char* const kFirmWords[] = {"Presisi", "Kalibrasi", "Metrologi", "Sinar", "Jaya",  "Abadi",  "Mandiri",
                                  "Sejahtera", "Berkah",  "Makmur",    "Karya", "Sentosa", "Teknik", "Ukur",
                                  "Utama",   "Nusantara", "Purwa",     "Lestari", "Mulia", "Cipta",  "Prima"};
const char* const kPlaces[] = {"Purwakarta", "Wanayasa", "Plered",  "Cibatu",   "Bungursari", "Campaka",
                               "Jatiluhur",  "Sukatani", "Darangdan", "Babakancikao", "Pasawahan", "Tegalwaru"};
const char* const kStreets[] = {"Jl. Veteran", "Jl. Jenderal Sudirman", "Jl. Ipik Gandamanah", "Jl. Kapten Halim",
                                "Jl. Basuki Rahmat", "Jl. Ahmad Yani", "Jl. Siliwangi", "Jl. Taman Pahlawan",
                                "Jl. Raya Sadang", "Jl. Kolonel Kornel Singawinata"};

template <size_t N> QString pick(QRandomGenerator& r, const char* const (&list)[N])
{
    return QString::fromLatin1(list[r.bounded(quint32(N))]);
}
} // namespace

QString DemoPeople::village()
{
    return QStringLiteral("%1 No. %2, Kec. %3, Kabupaten Purwakarta")
        .arg(pick(m_random, kStreets))
        .arg(1 + bounded(250))
        .arg(pick(m_random, kPlaces));
}

QString DemoPeople::nik(bool female)
{
    for (;;) {
        // 17 districts (kecamatan) of Purwakarta; born 1955-2005.
        const int district = 1 + bounded(17);
        const QDate birth = QDate(1955, 1, 1).addDays(bounded(50 * 365));
        const int serial = 1 + bounded(9999);
        const QString n = QStringLiteral("%1%2%3%4%5%6")
                              .arg(m_region)
                              .arg(district, 2, 10, QLatin1Char('0'))
                              .arg(birth.day() + (female ? 40 : 0), 2, 10, QLatin1Char('0'))
                              .arg(birth.month(), 2, 10, QLatin1Char('0'))
                              .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
                              .arg(serial, 4, 10, QLatin1Char('0'));
        if (!m_niks.contains(n)) {
            m_niks.insert(n);
            return n;
        }
    }
}

DemoPeople::Person DemoPeople::person()
{
    Person p;
    const bool female = chance(0.45);
    const QString first = female ? pick(m_random, kWomen) : pick(m_random, kMen);
    const QString family = pick(m_random, kFamily);
    p.name = first + QLatin1Char(' ') + family;
    p.nik = nik(female);
    p.phone = QStringLiteral("08%1%2").arg(11 + bounded(89)).arg(10000000 + bounded(89999999));
    if (chance(0.6))
        p.email = QStringLiteral("%1.%2%3@example.co.id").arg(first.toLower(), family.toLower()).arg(bounded(100));
    p.address = village();
    return p;
}

QString DemoPeople::npwp()
{
    QString d;
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const int v = i == 0 ? bounded(10) : bounded(10);
        d += QChar(u'0' + v);
        int w = v;
        if (i % 2 == 1) {
            w *= 2;
            if (w > 9)
                w -= 9;
        }
        sum += w;
    }
    if (d == QLatin1String("00000000"))
        d[7] = QLatin1Char('1'), sum += 2;
    d += QChar(u'0' + (10 - sum % 10) % 10);
    d += QString::number(400 + bounded(100)) + QStringLiteral("000");
    return d;
}

QString DemoPeople::nib()
{
    return QStringLiteral("9120%1").arg(++m_nibCounter, 9, 10, QLatin1Char('0'));
}

DemoPeople::Company DemoPeople::company()
{
    Company c;
    static const char* const forms[] = {"CV", "PT", "UD", "CV", "PT"};
    const QString first = pick(m_random, kFirmWords);
    QString second = pick(m_random, kFirmWords);
    while (second == first)
        second = pick(m_random, kFirmWords);
    c.name = QStringLiteral("%1 %2 %3 %4").arg(pick(m_random, forms), first, second, pick(m_random, kPlaces));
    c.npwp = npwp();
    // Log-uniform from Rp50 million to Rp20 billion: most firms micro or small, a few large.
    c.capital = qint64(std::pow(10.0, 7.7 + m_random.generateDouble() * 2.6)) / 1000000 * 1000000;
    c.inEstate = chance(0.3);
    c.address = village();
    return c;
}

} // namespace loket
