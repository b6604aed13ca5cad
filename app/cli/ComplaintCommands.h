#pragma once

#include "CommandRegistry.h"

#include <QDate>

namespace loket {
struct Complaint;
class Context;
} // namespace loket

namespace loket::cli {

// loket-cli complaint add|list|show|import, and the workflow after registration
// (ComplaintWorkflowCommands).
void addComplaintCommands(QList<Command>& list);

// Shared by the complaint command files.
// The date of option --`option` (YYYY-MM-DD); invalid when `text` is empty, Error::invalid (exit 3)
// naming the option when it is not a date.
QDate complaintDateOption(const QString& text, const QString& option);
// Prints the complaint as complaint show does (JSON without the prior information), after a
// headline line in text mode.
void printComplaint(CliContext& ctx, const Context& c, const Complaint& complaint, const QString& headline);

} // namespace loket::cli
