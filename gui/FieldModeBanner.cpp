#include "FieldModeBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pilar {

FieldModeBanner::FieldModeBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("fieldModeBanner"));
    // Field mode must be unmistakable: a warm strip, not a passing message.
    setStyleSheet(QStringLiteral("#fieldModeBanner { background: #fff3cd; border-bottom: 1px solid #e0b252; }"));
    // Text above, buttons below: the map column can be narrow beside the docks.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    m_label->setWordWrap(true);
    layout->addWidget(m_label);
    auto *buttons = new QHBoxLayout;
    auto *changes = new QPushButton(tr("Changes to Send…"), this);
    auto *exportButton = new QPushButton(tr("Export Change File…"), this);
    exportButton->setToolTip(tr("Write the changes to a small file to carry to the office (e.g. on a USB stick)."));
    buttons->addStretch();
    buttons->addWidget(changes);
    buttons->addWidget(exportButton);
    layout->addLayout(buttons);
    connect(changes, &QPushButton::clicked, this, &FieldModeBanner::showChangesRequested);
    connect(exportButton, &QPushButton::clicked, this, &FieldModeBanner::exportRequested);
}

void FieldModeBanner::setOrigin(const FieldOrigin &origin, const QString &kecamatanNames)
{
    m_origin = origin;
    m_kecamatanNames = kecamatanNames;
    updateText();
}

void FieldModeBanner::setPendingCount(int count)
{
    m_pending = count;
    updateText();
}

QString FieldModeBanner::text() const
{
    return m_label->text();
}

void FieldModeBanner::updateText()
{
    QString text = tr("<b>Field package</b> for %1 — %2 on %3, checked out %4.")
                       .arg(m_kecamatanNames.toHtmlEscaped(), m_origin.officer.toHtmlEscaped(), m_origin.laptop.toHtmlEscaped(),
                            QLocale().toString(m_origin.checkedOutAt.toLocalTime(), QLocale::ShortFormat));
    if (m_pending >= 0)
        text += QLatin1Char(' ') + (m_pending == 0 ? tr("No changes to send back yet.")
                                                   : tr("%n change(s) to send back to the office.", nullptr, m_pending));
    m_label->setText(text);
}

}
