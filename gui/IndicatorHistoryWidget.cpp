#include "IndicatorHistoryWidget.h"

#include "AttachmentPath.h"

#include "MasterPlanController.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace pilar {

namespace {
constexpr int kRealisationRole = Qt::UserRole + 1;
}

IndicatorHistoryWidget::IndicatorHistoryWidget(MasterPlanController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_tree(new QTreeWidget(this))
    , m_open(new QPushButton(tr("Open Attachment"), this))
{
    m_tree->setHeaderLabels({tr("Indicator / date"), tr("Kecamatan"), tr("Value"), tr("Achieved %"), tr("Source"), tr("Attachment")});
    m_tree->setRootIsDecorated(true);
    m_open->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_open, 0, Qt::AlignRight);
    auto selected = [this] {
        const auto *item = m_tree->currentItem();
        return item ? item->data(0, kRealisationRole).toString() : QString();
    };
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_open->setEnabled(item && !item->text(5).isEmpty());
    });
    auto open = [this, selected] {
        if (selected().isEmpty()) return;
        QString error;
        if (openAttachment(selected(), &error).isEmpty()) QMessageBox::warning(this, tr("Open Attachment"), error);
    };
    connect(m_open, &QPushButton::clicked, this, open);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this, open](QTreeWidgetItem *item) {
        if (!item->text(5).isEmpty()) open();
    });
}

void IndicatorHistoryWidget::showProgramme(const QString &programmeUuid)
{
    fill(programmeUuid, QString());
}

void IndicatorHistoryWidget::showIndicator(const QString &indicatorUuid)
{
    fill(QString(), indicatorUuid);
}

void IndicatorHistoryWidget::fill(const QString &programmeUuid, const QString &indicatorUuid)
{
    m_tree->clear();
    const MasterPlanSnapshot &plan = m_controller->snapshot();
    const QLocale locale;
    for (const Indicator &ind : plan.indicators) {
        if (!(ind.programmeUuid == programmeUuid || ind.uuid == indicatorUuid)) continue;
        const int lastYear = ind.targets.isEmpty() ? ind.baselineYear : ind.targets.lastKey();
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, tr("%1 (%2): baseline %3 in %4, target %5 by %6%7")
                            .arg(ind.name, ind.unit, locale.toString(ind.baselineValue)).arg(ind.baselineYear)
                            .arg(locale.toString(ProgressMath::targetForYear(ind, lastYear))).arg(lastYear)
                            .arg(ind.higherIsBetter ? QString() : tr(", lower is better")));
        top->setFirstColumnSpanned(true);
        // Newest first; the kecamatan's own values under one node per kecamatan.
        QTreeWidgetItem *perKecamatan = nullptr;
        QHash<QString, QTreeWidgetItem *> kecamatanNode;
        int count = 0;
        QVector<const Realisation *> ordered; // regency-wide first, then per kecamatan; newest first in each
        for (const bool local : {false, true})
            for (auto it = plan.realisations.crbegin(); it != plan.realisations.crend(); ++it)
                if (it->indicatorUuid == ind.uuid && it->kecamatanCode.isEmpty() != local) ordered << &*it;
        for (const Realisation *each : std::as_const(ordered)) {
            const Realisation &r = *each;
            ++count;
            QTreeWidgetItem *parent = top;
            if (!r.kecamatanCode.isEmpty()) {
                if (!perKecamatan) {
                    perKecamatan = new QTreeWidgetItem(top, {tr("Per kecamatan")});
                    perKecamatan->setFirstColumnSpanned(true);
                }
                QTreeWidgetItem *&node = kecamatanNode[r.kecamatanCode];
                if (!node) node = new QTreeWidgetItem(perKecamatan, {plan.kecamatanName(r.kecamatanCode)});
                parent = node;
            }
            const Indicator measured = ProgressMath::forKecamatan(ind, r.kecamatanCode).value_or(ind);
            const double achieved = ProgressMath::achievement(measured.baselineValue, ProgressMath::targetForYear(measured, r.date.year()), r.value,
                                                              measured.higherIsBetter);
            auto *item = new QTreeWidgetItem(parent);
            item->setText(0, locale.toString(r.date, QLocale::ShortFormat));
            item->setText(1, r.kecamatanCode.isEmpty() ? tr("whole regency") : plan.kecamatanName(r.kecamatanCode));
            item->setText(2, locale.toString(r.value));
            item->setText(3, locale.toString(achieved, 'f', 1));
            item->setText(4, r.sourceDocument);
            item->setText(5, r.attachmentName.isEmpty() ? QString()
                                                        : QStringLiteral("%1 (%2)").arg(r.attachmentName, locale.formattedDataSize(r.attachmentSize)));
            item->setData(0, kRealisationRole, r.uuid);
            if (!r.attachmentName.isEmpty()) {
                // A value with a file is worth finding: open its branch.
                for (QTreeWidgetItem *p = parent; p; p = p->parent()) p->setExpanded(true);
            }
        }
        if (perKecamatan) perKecamatan->sortChildren(0, Qt::AscendingOrder);
        top->setText(2, tr("%n value(s)", nullptr, count));
        top->setExpanded(!indicatorUuid.isEmpty() || m_tree->topLevelItemCount() == 1);
    }
    for (int c = 0; c < m_tree->columnCount(); ++c) m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(4, QHeaderView::Stretch);
}

QString IndicatorHistoryWidget::openAttachment(const QString &realisationUuid, QString *error, bool launch)
{
    const MasterPlanSnapshot &plan = m_controller->snapshot();
    const auto it = std::find_if(plan.realisations.begin(), plan.realisations.end(), [&](const Realisation &r) { return r.uuid == realisationUuid; });
    const QByteArray bytes = m_controller->store().realisationAttachment(realisationUuid);
    if (it == plan.realisations.end() || bytes.isEmpty()) {
        if (error) *error = tr("This value has no attachment.");
        return {};
    }
    // A folder of its own per value, so two attachments with the same name never meet.
    // The name and the id came with the data (perhaps from a field package): they never lead out of the folder.
    const QString path = AttachmentPath::inFolder(QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/pilar-lampiran"),
                                                  realisationUuid, it->attachmentName);
    const QString dir = QFileInfo(path).absolutePath();
    QSaveFile file(path);
    if (!QDir().mkpath(dir) || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) *error = tr("%1: cannot write the attachment (%2).").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    if (launch) QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    return path;
}

}
