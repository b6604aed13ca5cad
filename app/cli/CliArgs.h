#pragma once

#include <QString>
#include <QStringList>

namespace loket::cli {

// The words after the command. Options are taken out as a command asks for them; whatever is
// left must be positional, or the command line was wrong (exit 2).
class CliArgs
{
public:
    CliArgs() = default;
    explicit CliArgs(QStringList words) : m_words(std::move(words)) {}

    bool flag(const QString& name);                 // --name
    QString option(const QString& name);            // --name VALUE or --name=VALUE; empty if absent
    bool hasOption(const QString& name) const;
    QString takeFirst();                            // next positional, empty if none
    int positionalCount() const;
    // Throws UsageError when an unknown --option or an extra word is left.
    void finish(int maxPositionals = 0) const;
    const QStringList& words() const { return m_words; }

private:
    QStringList m_words;
};

struct UsageError
{
    QString message;
};

} // namespace loket::cli
