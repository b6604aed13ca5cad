#include "Prompter.h"

#include <QFileDialog>

namespace loket::ui {

namespace {
Prompter* g_override = nullptr;
}

Prompter& Prompter::instance()
{
    static Prompter real;
    return g_override ? *g_override : real;
}

void Prompter::setInstance(Prompter* prompter)
{
    g_override = prompter;
}

void Prompter::information(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

void Prompter::warning(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

bool Prompter::confirm(QWidget* parent, const QString& title, const QString& text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

QString Prompter::openFile(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString Prompter::saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void ScriptedPrompter::information(QWidget*, const QString&, const QString& text)
{
    shown << QStringLiteral("info: ") + text;
}

void ScriptedPrompter::warning(QWidget*, const QString&, const QString& text)
{
    shown << QStringLiteral("warning: ") + text;
}

bool ScriptedPrompter::confirm(QWidget*, const QString&, const QString& text)
{
    shown << QStringLiteral("confirm: ") + text;
    return confirmAnswers.isEmpty() ? true : confirmAnswers.takeFirst();
}

QString ScriptedPrompter::openFile(QWidget*, const QString& title, const QString&)
{
    shown << QStringLiteral("open: ") + title;
    return fileAnswers.isEmpty() ? QString() : fileAnswers.takeFirst();
}

QString ScriptedPrompter::saveFile(QWidget*, const QString& title, const QString&, const QString&)
{
    shown << QStringLiteral("save: ") + title;
    return fileAnswers.isEmpty() ? QString() : fileAnswers.takeFirst();
}

} // namespace loket::ui
