#include "CliArgs.h"
#include "CliText.h"

#include <QCoreApplication>

namespace loket::cli {

bool CliArgs::flag(const QString& name)
{
    return m_words.removeAll(QStringLiteral("--") + name) > 0;
}

bool CliArgs::hasOption(const QString& name) const
{
    const QString key = QStringLiteral("--") + name;
    for (const QString& w : m_words)
        if (w == key || w.startsWith(key + QLatin1Char('=')))
            return true;
    return false;
}

QString CliArgs::option(const QString& name)
{
    const QString key = QStringLiteral("--") + name;
    for (int i = 0; i < m_words.size(); ++i) {
        if (m_words[i].startsWith(key + QLatin1Char('='))) {
            const QString value = m_words[i].mid(key.size() + 1);
            m_words.removeAt(i);
            return value;
        }
        if (m_words[i] == key) {
            if (i + 1 >= m_words.size())
                throw UsageError{Cli::tr("Option %1 needs a value.").arg(key)};
            const QString value = m_words[i + 1];
            m_words.remove(i, 2);
            return value;
        }
    }
    return {};
}

QString CliArgs::takeFirst()
{
    for (int i = 0; i < m_words.size(); ++i) {
        if (!m_words[i].startsWith(QLatin1String("--")) || m_words[i] == QLatin1String("--")) {
            return m_words.takeAt(i);
        }
    }
    return {};
}

int CliArgs::positionalCount() const
{
    int n = 0;
    for (const QString& w : m_words)
        if (!w.startsWith(QLatin1String("--")))
            ++n;
    return n;
}

void CliArgs::finish(int maxPositionals) const
{
    for (const QString& w : m_words)
        if (w.startsWith(QLatin1String("--")))
            throw UsageError{Cli::tr("Unknown option %1.").arg(w)};
    if (positionalCount() > maxPositionals)
        throw UsageError{Cli::tr("Unexpected argument: %1.").arg(m_words.join(QLatin1Char(' ')))};
}

} // namespace loket::cli
