#include "CodeListDialog.h"

#include "MasterPlanController.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pilar {

CodeListDialog::CodeListDialog(MasterPlanController *controller, List list, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_list(list)
    , m_table(new QTableWidget(0, 3, this))
    , m_problems(new QLabel(this))
{
    const bool opd = list == List::Opd;
    setWindowTitle(opd ? tr("Regional Agencies (OPD)") : tr("Partners (Mitra)"));
    resize(720, 420);
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Name"), opd ? tr("Short name") : tr("Kind (bank, telco, university…)")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (opd)
        for (const Opd &o : controller->store().opds()) addRow(o.uuid, o.code, o.name, o.shortName);
    else
        for (const Partner &p : controller->store().partners()) addRow(p.uuid, p.code, p.name, p.kind);
    m_problems->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_problems->setWordWrap(true);
    auto *add = new QPushButton(opd ? tr("Add OPD") : tr("Add Partner"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(add, 0, Qt::AlignLeft);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(QString(), QString(), QString(), QString());
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &CodeListDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CodeListDialog::addRow(const QString &uuid, const QString &code, const QString &name, const QString &third)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *codeItem = new QTableWidgetItem(code);
    codeItem->setData(Qt::UserRole, uuid);
    m_table->setItem(row, 0, codeItem);
    m_table->setItem(row, 1, new QTableWidgetItem(name));
    m_table->setItem(row, 2, new QTableWidgetItem(third));
}

void CodeListDialog::accept()
{
    auto text = [this](int row, int col) { return m_table->item(row, col) ? m_table->item(row, col)->text().trimmed() : QString(); };
    QString error;
    bool ok = false;
    if (m_list == List::Opd) {
        QVector<Opd> rows;
        for (int r = 0; r < m_table->rowCount(); ++r)
            rows.push_back({m_table->item(r, 0)->data(Qt::UserRole).toString(), text(r, 0), text(r, 1), text(r, 2)});
        ok = m_controller->saveOpds(rows, &error);
    } else {
        QVector<Partner> rows;
        for (int r = 0; r < m_table->rowCount(); ++r)
            rows.push_back({m_table->item(r, 0)->data(Qt::UserRole).toString(), text(r, 0), text(r, 1), text(r, 2)});
        ok = m_controller->savePartners(rows, &error);
    }
    if (!ok) {
        m_problems->setText(error);
        return;
    }
    QDialog::accept();
}

}
