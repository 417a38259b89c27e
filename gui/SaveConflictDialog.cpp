#include "SaveConflictDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pilar {

SaveConflictDialog::SaveConflictDialog(const QString &what, const QString &who, const QVector<MasterPlanStore::Difference> &differences,
                                       QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Someone Else Saved First"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>%1</b> was changed by %2 after you opened it. Your version was not written, so nothing is lost: "
                                  "compare the two and choose which one to keep.").arg(what.toHtmlEscaped(), who.toHtmlEscaped()),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_table = new QTableWidget(int(std::max<qsizetype>(differences.size(), 1)), 3, this);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Theirs (saved)"), tr("Yours (not saved)")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    // Long values (a description, a site's WKT) wrap in their column rather than push "yours" out of sight.
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto put = [this](int row, int column, const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(text);
        m_table->setItem(row, column, item);
    };
    for (int i = 0; i < differences.size(); ++i) {
        put(i, 0, differences[i].field);
        put(i, 1, differences[i].theirs);
        put(i, 2, differences[i].mine);
    }
    if (differences.isEmpty()) put(0, 0, tr("(the same values)"));
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, &QTableView::resizeRowsToContents);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = buttons->addButton(tr("Keep Theirs"), QDialogButtonBox::RejectRole);
    QPushButton *mine = buttons->addButton(tr("Save Mine over Theirs"), QDialogButtonBox::AcceptRole);
    keep->setDefault(true);   // the safe choice: nothing is overwritten
    mine->setToolTip(tr("Writes your version; their changes to the fields listed are replaced (the audit log keeps both)."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 420);
}

}
