#include "MasterPlanEditCommand.h"

namespace pilar {

MasterPlanEditCommand::MasterPlanEditCommand(MasterPlanController *controller, MasterPlanController::State before,
                                             MasterPlanController::State after, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_controller(controller), m_before(std::move(before)), m_after(std::move(after))
{
}

void MasterPlanEditCommand::redo()
{
    if (childCount() > 0) { QUndoCommand::redo(); return; } // a bulk edit: its children do the work
    m_controller->applyState(m_after, m_before);
}

void MasterPlanEditCommand::undo()
{
    if (childCount() > 0) { QUndoCommand::undo(); return; }
    m_controller->applyState(m_before, m_after);
}

}
