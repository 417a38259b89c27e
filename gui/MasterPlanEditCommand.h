#pragma once

#include "MasterPlanController.h"

#include <QUndoCommand>

namespace pilar {

/// One undoable master-plan edit: a row goes from `before` to `after` (either may be
/// empty for an insert or a delete). Redo writes `after`, undo writes `before`.
class MasterPlanEditCommand : public QUndoCommand
{
public:
    MasterPlanEditCommand(MasterPlanController *controller, MasterPlanController::State before, MasterPlanController::State after,
                          const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    MasterPlanController *m_controller;
    MasterPlanController::State m_before;
    MasterPlanController::State m_after;
};

}
