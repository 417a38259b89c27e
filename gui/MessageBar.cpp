#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace pilar {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    m_hide.setSingleShot(true);
    connect(&m_hide, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(Level level, const QString &text)
{
    m_level = level;
    m_text->setText(text);
    const QStyle::StandardPixmap icon = level == Level::Error     ? QStyle::SP_MessageBoxCritical
                                      : level == Level::Warning   ? QStyle::SP_MessageBoxWarning
                                                                  : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    const QString color = level == Level::Error ? QStringLiteral("#f8d7da") : level == Level::Warning ? QStringLiteral("#fff3cd")
                                                                                                      : QStringLiteral("#d1ecf1");
    setStyleSheet(QStringLiteral("pilar--MessageBar { background: %1; }").arg(color));
    show();
    if (level == Level::Error) m_hide.stop();
    else m_hide.start(20000);
}

QString MessageBar::text() const
{
    return isVisible() ? m_text->text() : QString();
}

}
