#include "CrsSelectionDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pilar {

CrsSelectionDialog::CrsSelectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_explanation(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_input(new QLineEdit(this))
    , m_resolved(new QLabel(this))
{
    setWindowTitle(tr("Coordinate Reference System"));
    resize(520, 420);
    m_explanation->setWordWrap(true);
    m_explanation->hide();
    m_input->setPlaceholderText(tr("EPSG code (e.g. 32749) or WKT"));
    m_resolved->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(new QLabel(tr("Common systems for Purbalingga:"), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(new QLabel(tr("Or type any code:"), this));
    layout->addWidget(m_input);
    layout->addWidget(m_resolved);
    layout->addWidget(buttons);

    for (int code : Crs::commonEpsgCodes()) {
        const Crs crs = Crs::fromEpsg(code);
        auto *item = new QListWidgetItem(crs.displayName(), m_list);
        item->setData(Qt::UserRole, crs.authId());
    }
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item) m_input->setText(item->data(Qt::UserRole).toString());
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_input, &QLineEdit::textChanged, this, &CrsSelectionDialog::resolve);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resolve(QString());
}

void CrsSelectionDialog::setExplanation(const QString &text)
{
    m_explanation->setText(text);
    m_explanation->setVisible(!text.isEmpty());
}

void CrsSelectionDialog::setCrs(const Crs &crs)
{
    m_input->setText(crs.authId().isEmpty() ? crs.wkt() : crs.authId());
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == crs.authId()) m_list->setCurrentRow(i);
}

void CrsSelectionDialog::resolve(const QString &text)
{
    QString error;
    m_crs = text.trimmed().isEmpty() ? Crs() : Crs::fromUserInput(text, &error);
    if (m_crs.isValid()) {
        m_resolved->setText(tr("Selected: %1").arg(m_crs.displayName()));
    } else {
        m_resolved->setText(text.trimmed().isEmpty() ? tr("Choose a system from the list or type a code.") : error);
    }
    m_ok->setEnabled(m_crs.isValid());
}

}
