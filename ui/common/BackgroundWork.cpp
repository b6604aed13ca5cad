#include "BackgroundWork.h"

#include "BackgroundWrite.h"
#include "common/Context.h"
#include "common/Error.h"
#include "storage/Database.h"

#include <QApplication>
#include <QFileInfo>
#include <exception>

namespace loket::ui {

namespace {

bool hasFile(const Database& db)
{
    const QString& path = db.path();
    return !path.isEmpty() && path != QLatin1String(":memory:") && QFileInfo::exists(path);
}

} // namespace

QString workOffThread(const Context& ctx, const std::function<void(const Context&)>& work)
{
    QApplication::setOverrideCursor(Qt::BusyCursor);
    QString error;
    if (!hasFile(ctx.database())) {
        try {
            work(ctx);
        } catch (const Error& e) {
            error = e.message();
        } catch (const std::exception& e) {
            error = QString::fromLocal8Bit(e.what());
        }
    } else {
        const QString path = ctx.database().path();
        const Clock* clock = &ctx.clock();
        const Actor actor = ctx.actor();
        error = writeOffThread([&] { onOwnConnection(path, *clock, actor, work); });
    }
    QApplication::restoreOverrideCursor();
    return error;
}

void onOwnConnection(const QString& path, const Clock& clock, const Actor& actor,
                     const std::function<void(const Context&)>& work)
{
    Database db;
    Database::OpenOptions options;
    options.create = false;
    options.migrate = false;
    db.open(path, options);
    work(Context(db, clock, actor));
}

} // namespace loket::ui
