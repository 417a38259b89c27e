#include "InspectionDialog.h"

#include "GpsReceiver.h"
#include "MasterPlanStore.h"
#include "MasterPlanVocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pilar {

InspectionDialog::InspectionDialog(const Asset &asset, const QString &officer, QWidget *parent)
    : QDialog(parent)
    , m_asset(asset)
    , m_date(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_officer(new QLineEdit(officer, this))
    , m_condition(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_photos(new QListWidget(this))
    , m_hasPosition(new QCheckBox(tr("Record where I stand"), this))
    , m_longitude(new QDoubleSpinBox(this))
    , m_latitude(new QDoubleSpinBox(this))
    , m_positionSource(new QLabel(this))
    , m_gpsButton(new QPushButton(tr("From GPS"), this))
    , m_gps(new GpsReceiver(this))
{
    setWindowTitle(tr("Inspect Asset — %1").arg(asset.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Asset:"), new QLabel(QStringLiteral("%1 — %2 (%3)").arg(asset.code, asset.name, MasterPlanVocabulary::label(asset.type)), this));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    form->addRow(tr("Date and time:"), m_date);
    form->addRow(tr("Officer:"), m_officer);
    for (const QString &code : MasterPlanVocabulary::conditions()) m_condition->addItem(MasterPlanVocabulary::label(code), code);
    m_condition->setCurrentIndex(qMax(0, m_condition->findData(asset.condition)));
    form->addRow(tr("Condition found:"), m_condition);
    m_note->setPlaceholderText(tr("What was seen, what needs repair…"));
    m_note->setMaximumHeight(90);
    form->addRow(tr("Note:"), m_note);
    auto *photoRow = new QHBoxLayout;
    m_photos->setMaximumHeight(80);
    photoRow->addWidget(m_photos, 1);
    auto *photoButtons = new QVBoxLayout;
    auto *add = new QPushButton(tr("Add Photo…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    photoButtons->addWidget(add);
    photoButtons->addWidget(remove);
    photoButtons->addStretch();
    photoRow->addLayout(photoButtons);
    form->addRow(tr("Photos:"), photoRow);
    for (QDoubleSpinBox *box : {m_longitude, m_latitude}) {
        box->setDecimals(6);
        box->setSingleStep(0.0001);
    }
    m_longitude->setRange(-180, 180);
    m_latitude->setRange(-90, 90);
    m_longitude->setPrefix(tr("Lon "));
    m_latitude->setPrefix(tr("Lat "));
    auto *positionRow = new QHBoxLayout;
    positionRow->addWidget(m_hasPosition);
    positionRow->addWidget(m_longitude);
    positionRow->addWidget(m_latitude);
    positionRow->addWidget(m_gpsButton);
    form->addRow(tr("Position:"), positionRow);
    form->addRow(QString(), m_positionSource);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto typed = [this] {
        if (m_longitude->hasFocus() || m_latitude->hasFocus()) setPosition(m_longitude->value(), m_latitude->value(), QStringLiteral("typed"));
    };
    connect(m_longitude, &QDoubleSpinBox::valueChanged, this, typed);
    connect(m_latitude, &QDoubleSpinBox::valueChanged, this, typed);
    connect(m_hasPosition, &QCheckBox::toggled, this, [this](bool on) {
        m_longitude->setEnabled(on);
        m_latitude->setEnabled(on);
        if (on && m_source.isEmpty()) m_source = QStringLiteral("typed");
    });
    m_hasPosition->setChecked(false);
    m_longitude->setEnabled(false);
    m_latitude->setEnabled(false);
    connect(add, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Photo"), QString(), tr("Photos (*.jpg *.jpeg *.png *.heic);;All files (*)"));
        for (const QString &path : paths) addPhoto(path);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_photos->currentRow();
        if (row < 0) return;
        delete m_photos->takeItem(row);
        m_photoData.remove(row);
    });
    connect(m_gpsButton, &QPushButton::clicked, this, [this] {
        m_gpsButton->setEnabled(false);
        m_positionSource->setText(tr("Waiting for the GPS receiver…"));
        m_gps->requestPosition();
    });
    connect(m_gps, &GpsReceiver::positionReceived, this, [this](double lon, double lat, double accuracy) {
        m_gpsButton->setEnabled(true);
        setPosition(lon, lat, QStringLiteral("gps"));
        if (accuracy > 0) m_positionSource->setText(m_positionSource->text() + QLatin1Char(' ') + tr("(± %1 m)").arg(qRound(accuracy)));
    });
    connect(m_gps, &GpsReceiver::failed, this, [this](const QString &message) {
        m_gpsButton->setEnabled(true);
        m_positionSource->setText(message);
    });
}

void InspectionDialog::setPosition(double longitude, double latitude, const QString &source)
{
    const QSignalBlocker a(m_longitude), b(m_latitude);
    m_hasPosition->setChecked(true);
    m_longitude->setValue(longitude);
    m_latitude->setValue(latitude);
    m_source = source;
    m_positionSource->setText(source == QLatin1String("gps") ? tr("Position from the GPS receiver.")
                              : source == QLatin1String("map") ? tr("Position picked on the map.")
                                                               : tr("Position typed."));
}

void InspectionDialog::setPickedPosition(double longitude, double latitude)
{
    setPosition(longitude, latitude, QStringLiteral("map"));
}

void InspectionDialog::addPhoto(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).size() > MasterPlanStore::kMaxAttachmentBytes || !file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Add Photo"), QFileInfo(path).size() > MasterPlanStore::kMaxAttachmentBytes
                                                        ? tr("%1 is larger than %2 MB.").arg(QFileInfo(path).fileName()).arg(MasterPlanStore::kMaxAttachmentBytes / (1024 * 1024))
                                                        : tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    m_photoData << InspectionPhoto{QString(), QFileInfo(path).fileName(), file.size(), file.readAll()};
    m_photos->addItem(QStringLiteral("%1 (%2 kB)").arg(QFileInfo(path).fileName()).arg(qMax<qint64>(1, file.size() / 1024)));
}

Inspection InspectionDialog::inspection() const
{
    Inspection i;
    i.assetUuid = m_asset.uuid;
    i.inspectedAt = m_date->dateTime();
    i.officer = m_officer->text().trimmed();
    i.condition = m_condition->currentData().toString();
    i.note = m_note->toPlainText().trimmed();
    i.hasPosition = m_hasPosition->isChecked();
    i.positionSource = i.hasPosition ? m_source : QString();
    i.longitude = m_longitude->value();
    i.latitude = m_latitude->value();
    i.photos = m_photoData;
    return i;
}

}
