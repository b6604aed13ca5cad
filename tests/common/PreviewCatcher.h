#pragma once

#include <QApplication>
#include <QPrintPreviewDialog>
#include <QString>
#include <QTimer>

namespace loket::test {

// Closes every print preview that opens while it lives, keeping the last one's title. A preview is
// modal, so the click that opens it returns only once this has closed it (GUI tests only).
class PreviewCatcher
{
public:
    PreviewCatcher()
    {
        m_watcher.setInterval(20);
        QObject::connect(&m_watcher, &QTimer::timeout, [this] {
            if (auto* d = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget())) {
                m_title = d->windowTitle();
                d->reject();
            }
        });
        m_watcher.start();
    }
    QString title() const { return m_title; }

private:
    QTimer m_watcher;
    QString m_title;
};

} // namespace loket::test
