#include "ReportSettingsDialog.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pilar {

ReportSettingsDialog::ReportSettingsDialog(const ReportSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_government(new QLineEdit(settings.government, this))
    , m_office(new QLineEdit(settings.office, this))
    , m_address(new QLineEdit(settings.address, this))
    , m_place(new QLineEdit(settings.place, this))
    , m_signerTitle(new QPlainTextEdit(settings.signerTitle, this))
    , m_signerName(new QLineEdit(settings.signerName, this))
    , m_signerNip(new QLineEdit(settings.signerNip, this))
    , m_paper(new QComboBox(this))
    , m_landscape(new QCheckBox(tr("Landscape"), this))
    , m_logo(new QLabel(this))
{
    setWindowTitle(tr("Report Settings"));
    m_address->setPlaceholderText(tr("e.g. Jl. … No. …, Purbalingga · Telp. … · e-mail · website"));
    m_signerTitle->setMaximumHeight(60);
    m_signerName->setPlaceholderText(tr("empty: a line to sign on"));
    m_paper->addItem(tr("A4 (210 × 297 mm)"), int(ReportSettings::Paper::A4));
    m_paper->addItem(tr("F4 / Folio (215 × 330 mm)"), int(ReportSettings::Paper::F4));
    m_paper->setCurrentIndex(settings.paper == ReportSettings::Paper::F4 ? 1 : 0);
    m_landscape->setChecked(settings.landscape);
    auto *margins = new QHBoxLayout;
    const double values[4] = {settings.marginsMm.left(), settings.marginsMm.top(), settings.marginsMm.right(), settings.marginsMm.bottom()};
    const QString names[4] = {tr("left"), tr("top"), tr("right"), tr("bottom")};
    for (int i = 0; i < 4; ++i) {
        m_margins[i] = new QDoubleSpinBox(this);
        m_margins[i]->setRange(ReportSettings::MinMarginMm, ReportSettings::MaxMarginMm);
        m_margins[i]->setSuffix(QStringLiteral(" mm"));
        m_margins[i]->setValue(values[i]);
        m_margins[i]->setToolTip(names[i]);
        margins->addWidget(new QLabel(names[i], this));
        margins->addWidget(m_margins[i]);
    }
    m_logo->setFixedSize(64, 64);
    m_logo->setFrameShape(QFrame::Box);
    m_logo->setAlignment(Qt::AlignCenter);
    auto showLogo = [this] {
        QImage image;
        image.loadFromData(m_settings.logo);
        m_logo->setPixmap(image.isNull() ? QPixmap() : QPixmap::fromImage(image.scaled(60, 60, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_logo->setText(image.isNull() ? tr("none") : QString());
    };
    showLogo();
    auto *chooseLogo = new QPushButton(tr("Choose…"), this);
    auto *clearLogo = new QPushButton(tr("Remove"), this);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(clearLogo);
    logoRow->addStretch();
    auto *problem = new QLabel(this);
    problem->setStyleSheet(QStringLiteral("color: #a00000;"));
    connect(chooseLogo, &QPushButton::clicked, this, [this, showLogo, problem] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Logo"), QString(), tr("Images (*.png *.jpg *.jpeg)"));
        QString error;
        if (!path.isEmpty() && !setLogo(path, &error)) problem->setText(error);
        showLogo();
    });
    connect(clearLogo, &QPushButton::clicked, this, [this, showLogo] { m_settings.logo.clear(); showLogo(); });

    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("<b>Letterhead (kop surat)</b>"), this));
    form->addRow(tr("Government"), m_government);
    form->addRow(tr("Office"), m_office);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Logo"), logoRow);
    form->addRow(new QLabel(tr("<b>Date line and signature</b>"), this));
    form->addRow(tr("Place"), m_place);
    form->addRow(tr("Title"), m_signerTitle);
    form->addRow(tr("Name"), m_signerName);
    form->addRow(tr("NIP"), m_signerNip);
    form->addRow(new QLabel(tr("<b>Paper</b>"), this));
    form->addRow(tr("Size"), m_paper);
    form->addRow(QString(), m_landscape);
    form->addRow(tr("Margins"), margins);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool ReportSettingsDialog::setLogo(const QString &path, QString *error)
{
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull()) {
        if (error) *error = tr("%1 is not an image Pilar can read (%2).").arg(QDir::toNativeSeparators(path), reader.errorString());
        return false;
    }
    // Kept small in the project: a logo never needs more than 600 pixels.
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    (image.width() > 600 || image.height() > 600 ? image.scaled(600, 600, Qt::KeepAspectRatio, Qt::SmoothTransformation) : image).save(&buffer, "PNG");
    m_settings.logo = png;
    return true;
}

ReportSettings ReportSettingsDialog::settings() const
{
    ReportSettings s = m_settings;
    s.government = m_government->text().trimmed();
    s.office = m_office->text().trimmed();
    s.address = m_address->text().trimmed();
    s.place = m_place->text().trimmed();
    s.signerTitle = m_signerTitle->toPlainText().trimmed();
    s.signerName = m_signerName->text().trimmed();
    s.signerNip = m_signerNip->text().trimmed();
    s.paper = ReportSettings::Paper(m_paper->currentData().toInt());
    s.landscape = m_landscape->isChecked();
    s.marginsMm = QMarginsF(m_margins[0]->value(), m_margins[1]->value(), m_margins[2]->value(), m_margins[3]->value());
    return s;
}

}
