#include "WelcomeDialog.h"

#include "DemoProject.h"
#include "Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace pilar {

namespace {
const QString kShowKey = QStringLiteral("welcome/showAtStart");
}

bool WelcomeDialog::showAtStart()
{
    return QSettings().value(kShowKey, false).toBool();
}

WelcomeDialog::WelcomeDialog(const QStringList &recentProjects, QWidget *parent)
    : QDialog(parent)
    , m_recent(recentProjects)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_recentLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_whereTitle(new QLabel(this))
    , m_where(new QLabel(this))
    , m_demo(new QPushButton(this))
    , m_new(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_recentList(new QListWidget(this))
    , m_language(new QComboBox(this))
    , m_showAtStart(new QCheckBox(this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    resize(760, 520);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/pilar/icons/pilar.svg")).pixmap(64, 64));
    top->addWidget(logo);
    auto *heading = new QVBoxLayout;
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    heading->addWidget(m_title);
    m_intro->setWordWrap(true);
    heading->addWidget(m_intro);
    top->addLayout(heading, 1);
    layout->addLayout(top);

    auto *middle = new QHBoxLayout;
    auto *actions = new QVBoxLayout;
    for (QPushButton *b : {m_demo, m_new, m_open}) {
        b->setMinimumHeight(40);
        b->setStyleSheet(QStringLiteral("text-align: left; padding-left: 10px;"));
        actions->addWidget(b);
    }
    actions->addSpacing(12);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Translations::configuredLanguage())));
    languageRow->addWidget(m_language, 1);
    actions->addLayout(languageRow);
    actions->addStretch();
    middle->addLayout(actions, 1);
    auto *recent = new QVBoxLayout;
    recent->addWidget(m_recentLabel);
    for (const QString &path : std::as_const(m_recent)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                                         m_recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    recent->addWidget(m_recentList, 1);
    middle->addLayout(recent, 1);
    layout->addLayout(middle, 1);

    QFont bold = m_whereTitle->font();
    bold.setBold(true);
    m_whereTitle->setFont(bold);
    layout->addWidget(m_whereTitle);
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_where);
    auto *bottom = new QHBoxLayout;
    m_showAtStart->setChecked(showAtStart());
    bottom->addWidget(m_showAtStart);
    bottom->addStretch();
    bottom->addWidget(m_close);
    layout->addLayout(bottom);

    connect(m_demo, &QPushButton::clicked, this, [this] { choose(Choice::Demo); });
    connect(m_new, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, m_new->text(), QDir::homePath() + QStringLiteral("/masterplan.gpkg"),
                                                          tr("Pilar project (*.gpkg)"));
        if (!path.isEmpty()) choose(Choice::NewProject, path.endsWith(QLatin1String(".gpkg")) ? path : path + QStringLiteral(".gpkg"));
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, m_open->text(), QDir::homePath(), tr("Pilar project (*.gpkg)"));
        if (!path.isEmpty()) choose(Choice::OpenProject, path);
    });
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        choose(Choice::OpenProject, item->data(Qt::UserRole).toString());
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_showAtStart, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(kShowKey, on); });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        // Applied at once: the main window is built after this screen, in the chosen language.
        const QString language = m_language->currentData().toString();
        Translations::setConfiguredLanguage(language);
        Translations::install(*QCoreApplication::instance(), language);
        retranslate();
    });
    retranslate();
}

void WelcomeDialog::retranslate()
{
    setWindowTitle(tr("Welcome to Pilar"));
    m_title->setText(tr("Welcome to Pilar"));
    m_intro->setText(tr("Plan and track the smart-city master plan of Kabupaten Purbalingga on the map: programmes per pillar "
                        "and stage, the ICT assets, progress toward the targets, reports, and field work."));
    m_demo->setText(tr("Open the Purbalingga demo project"));
    m_demo->setToolTip(tr("The real regency, its 18 kecamatan and 239 desa, and a SAMPLE master plan to try everything safely."));
    m_new->setText(tr("New project from the regency boundaries…"));
    m_new->setToolTip(tr("Kecamatan and desa boundaries, the six pillars and two stages, and an empty master plan."));
    m_open->setText(tr("Open a project…"));
    m_recentLabel->setText(m_recent.isEmpty() ? tr("No recent projects yet.") : tr("Recent projects (double-click to open):"));
    m_languageLabel->setText(tr("Language:"));
    m_whereTitle->setText(tr("Where your data lives"));
    m_where->setText(tr("A project is one file (.gpkg) wherever you save it: the map layers, the master plan, progress and the "
                        "audit log travel together, and QGIS opens it too. Settings and the recent list: %1. The demo's copy: %2.")
                         .arg(QDir::toNativeSeparators(QSettings().fileName()), QDir::toNativeSeparators(DemoProject::defaultPath())));
    m_showAtStart->setText(tr("Show this screen at every start"));
    m_close->setText(tr("Close"));
}

void WelcomeDialog::choose(Choice choice, const QString &path)
{
    m_choice = choice;
    m_path = path;
    accept();
}

}
