#pragma once

#include <QString>
#include <functional>

class QLabel;
class QLineEdit;
class QWidget;

namespace loket {
class Error;
}

namespace loket::ui::account {

// What the account dialogs share (sign-in, first administrator, add user, password): a field that
// shows dots, the red line under the form saying why the last try was refused, and running a try.

QLineEdit* passwordField(QWidget* parent, const QString& name, const QString& placeholder = {});
// Hidden until a try is refused.
QLabel* refusalLine(QWidget* parent, const QString& name);
// Runs `action` under a wait cursor. When it throws loket::Error, shows the message in `refusal`,
// calls `onRefusal` (if any) and returns false.
bool attempt(QLabel* refusal, const std::function<void()>& action,
             const std::function<void(const Error&)>& onRefusal = {});

} // namespace loket::ui::account
