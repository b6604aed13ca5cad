#pragma once

#include <QCoreApplication>

#include "CaseLifecycle.h"
#include "CaseRecord.h"
#include "CaseRequests.h"
#include "calendar/SlaClock.h"
#include "catalog/ServiceStandard.h"

#include <QDateTime>

namespace loket {

class Context;

// What one action makes of a case, before anything is written: the next state, its stage,
// the clock marks it adds, the note of its timeline event and the documents it brings. Each
// action checks its own request here (Error::invalid naming the field); CaseService::act takes
// the draft and writes it in one transaction.
class CaseActionDraft
{
    // The messages were written for CaseService::act and keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(loket::CaseService)
public:
    // `before` is the case in the state its last action left; `to` is where the lifecycle
    // sends `action` from there.
    CaseActionDraft(const Context& ctx, const CaseRecord& before, const ServiceStandard& standard,
                    const TransitionRequest& request, CaseAction action, CaseStage to, const QDateTime& now);

    CaseRecord next;
    CaseStage to;
    QList<CaseClockMark> marks;
    QString note;
    bool checklistChanged = false;
    QList<DocumentUpload> uploads;

    // Fields the audit entry adds for this action beyond the stage and clock.
    QJsonObject auditDetails() const;

private:
    void resubmit();
    void returnForCorrection();
    void completeTechnical();
    void issue();
    void handOver();
    void close();
    void mark(ClockEvent::Type type, const QDateTime& at, const QString& text = {});
    void prefixNote(const QString& text);

    const Context& m_ctx;
    const CaseRecord& m_before;
    const ServiceStandard& m_standard;
    const TransitionRequest& m_request;
    CaseAction m_action;
    QDateTime m_now;
    QString m_reason;
};

} // namespace loket
