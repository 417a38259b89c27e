#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;

namespace pilar {

/// A strip above the map for messages that must not block work (a layer that could not
/// be read, a missing CRS): shown until closed, info and warnings fade after a while.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };
    Q_ENUM(Level)

    explicit MessageBar(QWidget *parent = nullptr);
    void showMessage(Level level, const QString &text);
    QString text() const;
    Level level() const { return m_level; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QTimer m_hide;
    Level m_level = Level::Info;
};

}
