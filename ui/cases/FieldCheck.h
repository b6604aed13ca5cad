#pragma once

#include <QLabel>

#include <functional>

class QLineEdit;

namespace loket::ui {

// A field's problem shown right under it, in red, as soon as the field is left (a bad NPWP check
// digit had been reported only at "Register" on the last step). The rule is core's: it returns
// core's translated message, or nothing when the text is right. An empty field is not checked
// here; the step's check before "Next" says when it is required.
class FieldCheck : public QLabel
{
    Q_OBJECT
public:
    using Rule = std::function<QString(const QString& text)>;

    FieldCheck(QLineEdit* field, Rule rule, QWidget* parent = nullptr);

    // Checks the field now; whether it is right.
    bool check();
    void reset();

private:
    QLineEdit* m_field;
    Rule m_rule;
};

} // namespace loket::ui
