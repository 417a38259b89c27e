#pragma once

#include <QColor>
#include <QToolButton>

namespace pilar {

/// A button showing a colour swatch that opens a colour picker (with alpha).
class ColorButton : public QToolButton
{
    Q_OBJECT
public:
    explicit ColorButton(QWidget *parent = nullptr);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);

signals:
    void colorChanged(const QColor &color);

private:
    QColor m_color;
};

}
