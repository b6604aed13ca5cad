#include "ComplaintTab.h"

#include "common/Error.h"
#include "common/Prompter.h"
#include "common/UiContext.h"

namespace loket::ui {

ComplaintTab::ComplaintTab(UiContext& ui, QWidget* parent) : QWidget(parent), m_ui(ui)
{
}

bool ComplaintTab::run(const QString& title, const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        Prompter::instance().warning(this, title, e.message());
        return false;
    }
    m_ui.notifyDataChanged(QStringLiteral("complaints"));
    Q_EMIT changed();
    return true;
}

bool ComplaintTab::can(Permission permission) const
{
    return m_ui.actor().can(permission);
}

} // namespace loket::ui
