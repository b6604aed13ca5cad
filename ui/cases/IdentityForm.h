#pragma once

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace loket::ui {

// What the applicant and business steps of intake share: the search for a returning one (Enter
// takes the highlighted result, Up and Down walk the results), the line saying a returning one
// was taken with the button that starts a new one instead, and putting the cursor into the field
// a core error names. Object names are the prefix and Search, Results, Returning, New.
class IdentityForm : public QWidget
{
    Q_OBJECT
public:
    QLineEdit* searchField() const { return m_search; }
    // Puts the cursor into the field a core error named ("applicant.nik", ...); false if not ours.
    bool focusField(const QString& field);

protected:
    struct Texts
    {
        QString prefix;     // of the object names: "applicant"
        QString findTitle;  // the search box's title
        QString searchHint; // the search field's placeholder
        QString newButton;  // the button that starts a new one
        QString returning;  // the line shown once a returning one is taken
    };
    IdentityForm(const Texts& texts, QWidget* parent);

    // The returning line and its New button, as the first row of the details' form.
    void addReturningRow(QFormLayout* form, QWidget* box);
    // Lists the found ones, the first highlighted; fewer than 3 typed characters search nothing.
    static bool worthSearching(const QString& text);
    void showResults(const QStringList& lines);
    // Once a returning one is taken: says so and offers the New button.
    void markReturning();
    // Empties the fields and their checks, hides the returning line, and puts the cursor in the first.
    void resetFields(const QList<QLineEdit*>& fields);
    void setFocusFields(const QHash<QString, QLineEdit*>& fields) { m_focusFields = fields; }

    virtual void search(const QString& text) = 0;
    virtual void choose(int row) = 0;
    virtual void startNew() = 0;

    QVBoxLayout* m_column;
    QLineEdit* m_search;
    QListWidget* m_results;

private:
    Texts m_texts;
    QLabel* m_returning = nullptr;
    QPushButton* m_new = nullptr;
    QHash<QString, QLineEdit*> m_focusFields;
};

} // namespace loket::ui
