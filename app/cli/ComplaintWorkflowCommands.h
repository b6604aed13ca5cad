#pragma once

#include "CliArgs.h"
#include "CliContext.h"

#include <optional>

namespace loket::cli {

// loket-cli complaint triage|note|attach|classify|review|plan|clarify|resolve|approve-apip|
// escalate|answer|report|close: every step of ComplaintService and ComplaintProcess after
// registration. Returns the exit code, or nothing when `sub` is not one of these.
std::optional<int> runComplaintWorkflow(CliContext& ctx, const QString& sub, CliArgs& args);
// The usage lines of those commands, for --help.
QString complaintWorkflowUsage();

} // namespace loket::cli
