#pragma once

#include "Asset.h"
#include "Inspection.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace pilar {

class GpsReceiver;

/// Inspect Asset: the condition found, a note, photos, the date and officer, and where the
/// officer stood — typed, picked on the map (the click that opened the form) or from a GPS
/// receiver. Saved with MasterPlanStore::saveInspection.
class InspectionDialog : public QDialog
{
    Q_OBJECT
public:
    InspectionDialog(const Asset &asset, const QString &officer, QWidget *parent = nullptr);

    /// A position picked on the map.
    void setPickedPosition(double longitude, double latitude);
    void addPhoto(const QString &path);
    Inspection inspection() const;
    GpsReceiver *gps() const { return m_gps; }
    QLabel *positionLabel() const { return m_positionSource; }

private:
    void setPosition(double longitude, double latitude, const QString &source);

    Asset m_asset;
    QDateTimeEdit *m_date;
    QLineEdit *m_officer;
    QComboBox *m_condition;
    QPlainTextEdit *m_note;
    QListWidget *m_photos;
    QCheckBox *m_hasPosition;
    QDoubleSpinBox *m_longitude, *m_latitude;
    QLabel *m_positionSource;
    QPushButton *m_gpsButton;
    QString m_source;
    QVector<InspectionPhoto> m_photoData;
    GpsReceiver *m_gps;
};

}
