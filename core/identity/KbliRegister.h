#pragma once

#include "IdentityValidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace loket {

class Context;
class Database;

struct KbliCode
{
    QString code;
    QString title;
    QString category;
    bool builtIn = false;
};

struct KbliImportProblem
{
    int line = 0;
    QString column;
    QString message;
};

struct KbliImportSummary
{
    int rows = 0;
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    bool written = false;
    QList<KbliImportProblem> problems;
};

// The KBLI 2020 codes this office knows: the built-in list plus the codes the IT admin imported
// (table kbli_codes). Validation refuses a code that is in neither, so a typo never reaches a
// business record, and an office is never stuck with a short built-in list.
class KbliRegister
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::KbliRegister)
public:
    // Looks codes up as they are asked for and remembers them; keep the object for a batch.
    explicit KbliRegister(Database& db);

    // As IdentityValidator::validateKbli, also accepting the office's imported codes.
    ValidationResult validate(const QString& value) const;
    // Built-in or imported; builtIn tells which. Empty code when unknown.
    KbliCode find(const QString& code) const;
    int officeCount() const;
    // Reads the office's codes once, so no check asks the database again (an import checks rows
    // while its own rows are being written, WriteBehind).
    void loadAll() const;
    // Every known code (built-in and office), by code; `search` filters code or title.
    QList<KbliCode> list(const QString& search = {}) const;

    // CSV with columns code,title[,category] (header names also in Indonesian: kode,judul,kategori).
    // Every row is checked first; a file with any bad row writes nothing. Codes already built in
    // are skipped as unchanged. Needs Permission::EditCatalog; one audit entry for the import.
    static KbliImportSummary importCsv(const Context& ctx, const QByteArray& data, const QString& sourceName);
    // Adds or updates `codes` (code, title; category is derived) as importCsv does, for codes that
    // come from elsewhere (the reference workstation's list, by sync pull). Codes that fail the
    // checks are reported in problems (line = position in the list, from 1) and nothing is
    // written. A dry run counts without writing.
    static KbliImportSummary merge(const Context& ctx, const QList<KbliCode>& codes, const QString& sourceName,
                                   bool dryRun = false);

private:
    static KbliImportSummary write(const Context& ctx, const QList<KbliCode>& rows, const QString& sourceName,
                                   const QString& sha256, bool dryRun);
    // The office's row for `code` (not built in), or nullptr.
    const KbliCode* office(const QString& code) const;

    Database& m_db;
    mutable QHash<QString, KbliCode> m_office; // looked-up codes; an empty code: not in the table
    mutable bool m_loadedAll = false;
};

} // namespace loket
