#include "MapStatusBar.h"

#include "CoordinateFormat.h"
#include "MapCanvas.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QRegularExpression>
#include <QToolButton>

#include <cmath>

namespace pilar {

MapStatusBar::MapStatusBar(MapCanvas *canvas, QWidget *parent)
    : QStatusBar(parent)
    , m_canvas(canvas)
    , m_coords(new QLabel(this))
    , m_lonLat(new QLabel(this))
    , m_scale(new QComboBox(this))
    , m_crsButton(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_coords->setMinimumWidth(190);
    m_coords->setToolTip(tr("Cursor position in the project's CRS"));
    m_lonLat->setMinimumWidth(330);
    m_lonLat->setToolTip(tr("Cursor position as latitude and longitude (WGS 84)"));
    m_scale->setEditable(true);
    m_scale->setMinimumWidth(120);
    m_scale->setToolTip(tr("Map scale; type a value such as 1:25000 and press Enter"));
    for (int s : {1000, 2500, 5000, 10000, 25000, 50000, 100000, 250000, 500000, 1000000})
        m_scale->addItem(formatScale(s), s);
    m_crsButton->setAutoRaise(true);
    m_crsButton->setToolTip(tr("The project's coordinate reference system; click to change"));
    m_progress->setMaximumWidth(160);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    addPermanentWidget(m_progress);
    addPermanentWidget(m_cancel);
    addPermanentWidget(m_coords);
    addPermanentWidget(m_lonLat);
    addPermanentWidget(new QLabel(tr("Scale"), this));
    addPermanentWidget(m_scale);
    addPermanentWidget(m_crsButton);

    connect(canvas, &MapCanvas::cursorMoved, this, &MapStatusBar::showCursor);
    connect(canvas, &MapCanvas::scaleChanged, this, &MapStatusBar::showScale);
    connect(m_crsButton, &QToolButton::clicked, this, &MapStatusBar::crsClicked);
    connect(m_cancel, &QToolButton::clicked, this, &MapStatusBar::cancelClicked);
    auto apply = [this] {
        const double s = parseScale(m_scale->currentText());
        if (s > 0) m_canvas->zoomToScale(s);
        else showScale(m_canvas->scale());
    };
    connect(m_scale->lineEdit(), &QLineEdit::returnPressed, this, apply);
    connect(m_scale, &QComboBox::activated, this, [this](int i) { m_canvas->zoomToScale(m_scale->itemData(i).toDouble()); });
}

void MapStatusBar::setCrs(const Crs &crs)
{
    m_crs = crs;
    m_toLonLat = CoordinateTransform(crs, Crs::fromEpsg(4326));
    m_crsButton->setText(crs.authId().isEmpty() ? crs.name() : crs.authId());
    m_crsButton->setToolTip(crs.displayName());
}

void MapStatusBar::setBusy(bool busy, const QString &text)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy) {
        m_progress->setValue(0);
        showMessage(text);
    } else {
        clearMessage();
    }
}

void MapStatusBar::setProgress(int percent, const QString &text)
{
    m_progress->setValue(percent);
    if (!text.isEmpty()) showMessage(text);
}

void MapStatusBar::showCursor(double x, double y)
{
    m_coords->setText(CoordinateFormat::mapCoordinates(x, y, m_crs.isGeographic()));
    double lon = x, lat = y;
    if (m_toLonLat.isValid() && m_toLonLat.transformPoint(lon, lat))
        m_lonLat->setText(CoordinateFormat::decimalDegrees(lon, lat) + QStringLiteral("  |  ") + CoordinateFormat::dms(lon, lat));
    else
        m_lonLat->clear();
}

void MapStatusBar::showScale(double scale)
{
    m_scale->setEditText(formatScale(scale));
}

QString MapStatusBar::coordinateText() const
{
    return m_coords->text() + QStringLiteral(" | ") + m_lonLat->text();
}

QString MapStatusBar::scaleText() const
{
    return m_scale->currentText();
}

double MapStatusBar::parseScale(const QString &text)
{
    QString t = text.trimmed();
    const int colon = t.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        if (t.left(colon).trimmed() != QLatin1String("1")) return 0;
        t = t.mid(colon + 1);
    }
    t.remove(QRegularExpression(QStringLiteral("[\\s.,']")));
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok && v >= 1 ? v : 0;
}

QString MapStatusBar::formatScale(double scale)
{
    return QStringLiteral("1:") + QLocale().toString(qlonglong(std::llround(scale)));
}

}
