#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace loket::ui {

// Every message box and file dialog goes through the current Prompter, so GUI tests can answer
// them without a modal loop (see tests: install a ScriptedPrompter).
class Prompter
{
public:
    virtual ~Prompter() = default;

    virtual void information(QWidget* parent, const QString& title, const QString& text);
    virtual void warning(QWidget* parent, const QString& title, const QString& text);
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text);
    virtual QString openFile(QWidget* parent, const QString& title, const QString& filter);
    virtual QString saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter);

    static Prompter& instance();
    // Takes no ownership; pass nullptr to restore the real dialogs.
    static void setInstance(Prompter* prompter);
};

// For tests: records what was shown and answers from queues.
class ScriptedPrompter : public Prompter
{
public:
    void information(QWidget*, const QString& title, const QString& text) override;
    void warning(QWidget*, const QString& title, const QString& text) override;
    bool confirm(QWidget*, const QString& title, const QString& text) override;
    QString openFile(QWidget*, const QString& title, const QString& filter) override;
    QString saveFile(QWidget*, const QString& title, const QString& suggested, const QString& filter) override;

    QStringList shown;          // "info: text", "warning: text", "confirm: text"
    QList<bool> confirmAnswers; // consumed front first; empty means "yes"
    QStringList fileAnswers;    // consumed front first; empty means cancel
};

} // namespace loket::ui
