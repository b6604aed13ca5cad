#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace loket {

// A QR code as a square of dark/light modules (libqrencode), without a quiet zone.
// Pure data: the ui draws it (one module = one filled square), core never paints.
class QrMatrix
{
public:
    enum class Ecc { Low, Medium, Quartile, High };

    QrMatrix() = default;
    // Encodes UTF-8 text, choosing the smallest version; throws Error::invalid when it does not fit.
    static QrMatrix encode(const QString& text, Ecc ecc = Ecc::Medium);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; } // modules per side
    int version() const { return m_version; }
    bool isDark(int x, int y) const;
    // Rows top to bottom, '#' dark and '.' light; for tests and debugging.
    QString toText() const;

private:
    int m_size = 0;
    int m_version = 0;
    std::vector<bool> m_modules;
};

} // namespace loket
