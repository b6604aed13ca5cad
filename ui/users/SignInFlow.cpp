#include "SignInFlow.h"

#include "FirstAdminDialog.h"
#include "PasswordDialog.h"
#include "SignInDialog.h"
#include "common/Error.h"
#include "common/UiContext.h"
#include "users/UserService.h"

namespace loket::ui {

bool SignInFlow::run(UiContext& ui, QWidget* parent, const QString& username)
{
    Actor actor;
    if (!UserService::hasUsers(ui.database())) {
        FirstAdminDialog first(ui.database(), ui.context().clock(), parent);
        if (first.exec() != QDialog::Accepted)
            return false;
        actor = first.actor();
    } else {
        SignInDialog dialog(ui.database(), ui.context().clock(), parent);
        if (!username.isEmpty())
            dialog.setUsername(username);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        actor = dialog.actor();
    }
    // The new password is set in the new officer's name before anyone sees their screens.
    UiContext next(ui.database(), ui.context().clock(), actor);
    if (!changeRequiredPassword(next, parent))
        return false;
    ui.setActor(actor);
    return true;
}

bool SignInFlow::changeRequiredPassword(UiContext& ui, QWidget* parent)
{
    const UserRecord me = UserService::get(ui.context(), ui.actor().username);
    if (!me.mustChangePassword)
        return true;
    PasswordDialog dialog(ui, PasswordDialog::ChangeOwn, me.username, parent);
    dialog.setExplanation(PasswordDialog::requiredChangeText());
    return dialog.exec() == QDialog::Accepted;
}

} // namespace loket::ui
