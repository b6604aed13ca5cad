#include "BackgroundWrite.h"

#include "common/Error.h"
#include "storage/AtomicFiles.h"

#include <QEventLoop>
#include <QThread>
#include <exception>

namespace loket::ui {

QString writeOffThread(const std::function<void()>& write)
{
    QString error;
    QThread* thread = QThread::create([&write, &error] {
        try {
            write();
        } catch (const Error& e) {
            error = e.message();
        } catch (const std::exception& e) {
            error = QString::fromLocal8Bit(e.what());
        }
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    if (!thread->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    return error;
}

QString writeFileOffThread(const QString& file, const QByteArray& bytes)
{
    return writeOffThread([&] {
        AtomicFiles files;
        files.write(file, bytes);
        files.commit();
    });
}

} // namespace loket::ui
