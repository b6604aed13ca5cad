#pragma once

#include <QString>

class QWidget;

namespace loket::ui {

class UiContext;

// Who sits at the counter: on the first start of a new database the administrator's account is
// created; otherwise the officer signs in. A user whose password was reset picks a new one
// before going on. On success the UiContext's actor is the new officer.
class SignInFlow
{
public:
    // Returns false when the dialog was cancelled (the actor is then unchanged).
    static bool run(UiContext& ui, QWidget* parent = nullptr, const QString& username = {});

private:
    static bool changeRequiredPassword(UiContext& ui, QWidget* parent);
};

} // namespace loket::ui
