#include "ColorButton.h"

#include <QColorDialog>
#include <QPainter>
#include <QPixmap>

namespace pilar {

ColorButton::ColorButton(QWidget *parent)
    : QToolButton(parent)
{
    setMinimumWidth(60);
    connect(this, &QToolButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(m_color, this, tr("Choose Colour"), QColorDialog::ShowAlphaChannel);
        if (c.isValid()) setColor(c);
    });
    setColor(Qt::black);
}

void ColorButton::setColor(const QColor &color)
{
    const bool changed = color != m_color;
    m_color = color;
    QPixmap pm(40, 14);
    pm.fill(Qt::white);
    QPainter p(&pm);
    // A checkerboard under translucent colours shows their transparency.
    for (int x = 0; x < 40; x += 7)
        for (int y = 0; y < 14; y += 7)
            if (((x + y) / 7) % 2) p.fillRect(x, y, 7, 7, QColor(200, 200, 200));
    p.fillRect(pm.rect(), color);
    p.setPen(Qt::darkGray);
    p.drawRect(pm.rect().adjusted(0, 0, -1, -1));
    p.end();
    setIcon(QIcon(pm));
    setIconSize(pm.size());
    setToolTip(color.alpha() == 0 ? tr("Transparent") : color.name(QColor::HexArgb));
    if (changed) emit colorChanged(color);
}

}
