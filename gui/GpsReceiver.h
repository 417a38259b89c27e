#pragma once

#include <QFile>
#include <QObject>
#include <QPointer>

class QGeoPositionInfo;
class QGeoPositionInfoSource;

namespace pilar {

/// One position from a GPS receiver through Qt Positioning: an NMEA receiver on a serial
/// device (Platform::gpsDeviceCandidates(), or the one set as gps/device in the settings), an
/// NMEA log file replayed (PILAR_NMEA_SOURCE, for training and tests), or the system's
/// own positioning service.
class GpsReceiver : public QObject
{
    Q_OBJECT
public:
    explicit GpsReceiver(QObject *parent = nullptr);
    ~GpsReceiver() override;

    /// Asks for one position; positionReceived() or failed() follows.
    void requestPosition(int timeoutMs = 20000);
    /// The device or file in use, for messages ("" for the system service).
    QString sourceName() const { return m_sourceName; }

signals:
    void positionReceived(double longitude, double latitude, double accuracyMetres);
    void failed(const QString &message);

private:
    bool openSource();
    void onPosition(const QGeoPositionInfo &info);

    QFile m_device;
    QString m_sourceName;
    QGeoPositionInfoSource *m_source = nullptr;
};

}
