#include "GpsReceiver.h"

#include "Platform.h"

#include <QFileInfo>
#include <QGeoPositionInfoSource>
#include <QNmeaPositionInfoSource>
#include <QSettings>

namespace pilar {

GpsReceiver::GpsReceiver(QObject *parent)
    : QObject(parent)
{
}

GpsReceiver::~GpsReceiver() = default;

bool GpsReceiver::openSource()
{
    if (m_source) return true;
    QStringList candidates;
    const QString configured = qEnvironmentVariable("PILAR_NMEA_SOURCE", QSettings().value(QStringLiteral("gps/device")).toString());
    if (!configured.isEmpty()) candidates << configured;
    candidates << Platform::gpsDeviceCandidates();
    for (const QString &path : std::as_const(candidates)) {
        const QFileInfo info(path);
        if (!info.exists()) continue;
        m_device.setFileName(path);
        if (!m_device.open(QIODevice::ReadOnly)) continue;
        // A log file is replayed at its own pace; a device is read as it talks.
        auto *nmea = new QNmeaPositionInfoSource(info.isFile() ? QNmeaPositionInfoSource::SimulationMode
                                                               : QNmeaPositionInfoSource::RealTimeMode, this);
        nmea->setDevice(&m_device);
        m_source = nmea;
        m_sourceName = path;
        break;
    }
    if (!m_source) m_source = QGeoPositionInfoSource::createDefaultSource(this);
    if (!m_source) return false;
    connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, &GpsReceiver::onPosition);
    connect(m_source, &QGeoPositionInfoSource::errorOccurred, this, [this](QGeoPositionInfoSource::Error error) {
        emit failed(error == QGeoPositionInfoSource::UpdateTimeoutError
                        ? tr("The GPS receiver %1 gave no position in time; try again under open sky.").arg(m_sourceName)
                        : tr("The GPS receiver %1 cannot be read.").arg(m_sourceName));
    });
    return true;
}

void GpsReceiver::requestPosition(int timeoutMs)
{
    if (!openSource()) {
        emit failed(tr("No GPS receiver is attached. Plug one in, or type the position or pick it on the map."));
        return;
    }
    m_source->requestUpdate(timeoutMs);
}

void GpsReceiver::onPosition(const QGeoPositionInfo &info)
{
    if (!info.isValid() || !info.coordinate().isValid()) return;
    const double accuracy = info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy) ? info.attribute(QGeoPositionInfo::HorizontalAccuracy) : -1;
    emit positionReceived(info.coordinate().longitude(), info.coordinate().latitude(), accuracy);
}

}
