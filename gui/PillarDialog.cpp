#include "PillarDialog.h"

#include "MasterPlanController.h"
#include "MasterPlanOverlay.h"
#include "Project.h"
#include "VectorLayer.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pilar {

PillarDialog::PillarDialog(MasterPlanController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_table(new QTableWidget(0, 4, this))
    , m_problems(new QLabel(this))
{
    setWindowTitle(tr("Pillars of the Master Plan"));
    resize(720, 420);
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Name (Indonesian)"), tr("Name (English)"), tr("Colour")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (const Pillar &p : controller->pillars()) addRow(p);
    m_problems->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_problems->setWordWrap(true);
    auto *add = new QPushButton(tr("Add Pillar"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Pillars are the plan's dimensions. Double-click a colour to change it."), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(add, 0, Qt::AlignLeft);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &PillarDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column != 3) return;
        const QColor c = QColorDialog::getColor(m_table->item(row, 3)->background().color(), this, tr("Pillar Colour"));
        if (c.isValid()) {
            m_table->item(row, 3)->setBackground(c);
            m_table->item(row, 3)->setText(c.name());
        }
    });
}

void PillarDialog::addRow(const Pillar &p)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *code = new QTableWidgetItem(p.code);
    code->setData(Qt::UserRole, p.uuid);
    m_table->setItem(row, 0, code);
    m_table->setItem(row, 1, new QTableWidgetItem(p.nameId));
    m_table->setItem(row, 2, new QTableWidgetItem(p.nameEn));
    const QColor color = p.color.isValid() ? p.color : QColor::fromHsv((row * 57) % 360, 160, 200);
    auto *colour = new QTableWidgetItem(color.name());
    colour->setBackground(color);
    colour->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, 3, colour);
}

QVector<Pillar> PillarDialog::pillars() const
{
    QVector<Pillar> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Pillar p;
        p.uuid = m_table->item(row, 0)->data(Qt::UserRole).toString();
        p.code = m_table->item(row, 0)->text().trimmed();
        p.nameId = m_table->item(row, 1)->text().trimmed();
        p.nameEn = m_table->item(row, 2)->text().trimmed();
        p.color = QColor(m_table->item(row, 3)->text());
        p.position = row;
        out.push_back(p);
    }
    return out;
}

void PillarDialog::accept()
{
    QString error;
    if (!m_controller->savePillars(pillars(), &error)) {
        m_problems->setText(error);
        return;
    }
    QDialog::accept();
}

}
