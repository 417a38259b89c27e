// The main window driven as a user would, on the offscreen platform: open the demo,
// zoom, identify a kecamatan by clicking, use the attribute table, the layer list,
// measure, answer the CRS question, save and reopen.
#include "AboutDialog.h"
#include "AttributeTableDialog.h"
#include "CoordinateTransform.h"
#include "DemoProject.h"
#include "FeatureTableModel.h"
#include "IdentifyPanel.h"
#include "LayerPanel.h"
#include "LayerPropertiesDialog.h"
#include "LayerTreeModel.h"
#include "AssetDialog.h"
#include "CodeListDialog.h"
#include "DashboardDock.h"
#include "RealisationDialog.h"
#include "ReportDialog.h"
#include "ReportSettingsDialog.h"
#include "IndicatorDialog.h"
#include "IndicatorHistoryWidget.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "MasterPlanController.h"
#include "MasterPlanDock.h"
#include "MasterPlanOverlay.h"
#include "PillarDialog.h"
#include "ProgrammeDialog.h"
#include "MapStatusBar.h"
#include "MessageBar.h"
#include "Project.h"
#include "ProjectSession.h"
#include "ProjectRecovery.h"
#include "RecoveryKeeper.h"
#include "TestData.h"
#include "VectorLayer.h"
#include "VectorStyleEditor.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QProcess>
#include <QToolButton>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QAbstractButton>
#include <QMessageBox>
#include <QComboBox>
#include <QDockWidget>
#include <qcustomplot.h>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

using namespace pilar;

class TestGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    MapCanvas *canvas() const { return m_window->canvas(); }
    Project *project() const { return m_window->session()->project(); }

    bool waitForRender()
    {
        QSignalSpy spy(canvas(), &MapCanvas::renderFinished);
        canvas()->refresh();
        return spy.wait(20000);
    }

    QPoint pixelOfLonLat(double lon, double lat) const
    {
        CoordinateTransform t(Crs::fromEpsg(4326), project()->crs());
        t.transformPoint(lon, lat);
        return canvas()->mapSettings().mapToPixel().toPixel(lon, lat).toPoint();
    }

    std::shared_ptr<VectorLayer> layerNamed(const QString &name) const
    {
        for (const auto &l : project()->layers())
            if (l->name() == name) return std::dynamic_pointer_cast<VectorLayer>(l);
        return nullptr;
    }

    static void saveScreenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PILAR_SCREENSHOT_DIR");
        if (!dir.isEmpty()) w->grab().save(dir + QLatin1Char('/') + name);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PilarTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PilarGuiTest"));
        QFile::remove(DemoProject::defaultPath()); // a fresh demo, as on a first start
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void opensTheDemo()
    {
        QSignalSpy changed(m_window->session(), &ProjectSession::projectChanged);
        m_window->openDemoProject();
        QVERIFY(changed.wait(20000));
        QVERIFY(project());
        QCOMPARE(m_window->layerPanel()->model()->rowCount(), 5); // boundaries and the sample plan
        QCOMPARE(project()->crs().authId(), QStringLiteral("EPSG:32749"));
        QVERIFY(waitForRender());
        const QImage img = canvas()->lastRenderedImage();
        QVERIFY(!img.isNull());
        // The regency is drawn in the middle of the canvas, not a blank map.
        int coloured = 0;
        for (int x = img.width() / 3; x < 2 * img.width() / 3; x += 5)
            coloured += img.pixelColor(x, img.height() / 2) != QColor(Qt::white);
        QVERIFY2(coloured > 20, qPrintable(QString::number(coloured)));
        QVERIFY(m_window->mapStatusBar()->scaleText().startsWith(QStringLiteral("1:")));
        saveScreenshot(m_window.get(), QStringLiteral("demo.png"));
    }

    void zoomsAndGoesBack()
    {
        const double before = canvas()->scale();
        const Extent extentBefore = canvas()->extent();
        canvas()->zoomByFactor(0.5, canvas()->rect().center());
        QVERIFY(std::abs(canvas()->scale() - before / 2) / before < 0.01);
        QTest::keyClick(canvas(), Qt::Key_Minus);
        QVERIFY(std::abs(canvas()->scale() - before) / before < 0.01);
        QTest::keyClick(canvas(), Qt::Key_Left); // pan
        QVERIFY(canvas()->extent().xMin < extentBefore.xMin);
        canvas()->previousView();
        canvas()->previousView();
        QVERIFY(std::abs(canvas()->scale() - before / 2) / before < 0.01);
        canvas()->zoomToScale(100000);
        QVERIFY(std::abs(canvas()->scale() - 100000) < 1);
        QCOMPARE(MapStatusBar::parseScale(QStringLiteral("1:50.000")), 50000.0);
        QCOMPARE(MapStatusBar::parseScale(QStringLiteral("25000")), 25000.0);
        QCOMPARE(MapStatusBar::parseScale(QStringLiteral("skala")), 0.0);
        canvas()->zoomToFullExtent();
        QVERIFY(waitForRender());
    }

    void identifiesAKecamatanByClicking()
    {
        // The alun-alun of Purbalingga town lies in Kecamatan Purbalingga.
        QAction *identify = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(QStringLiteral("I"))) identify = a;
        QVERIFY(identify);
        identify->trigger();
        QCOMPARE(canvas()->tool(), MapCanvas::Tool::Identify);
        const QPoint at = pixelOfLonLat(109.3634, -7.3886);
        QVERIFY(canvas()->rect().contains(at));
        QSignalSpy spy(canvas(), &MapCanvas::identified);
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.count(), 1);
        const auto results = spy.first().first().value<QVector<IdentifyResult>>();
        const auto kecamatan = std::find_if(results.begin(), results.end(), [](const IdentifyResult &r) {
            return r.layerName == QLatin1String("Kecamatan");
        });
        QVERIFY(kecamatan != results.end());
        QCOMPARE(kecamatan->values.value(kecamatan->fieldNames.indexOf(QStringLiteral("name"))).toString(), QStringLiteral("Purbalingga"));
        // The dock lists it, with the desa beneath it too.
        QTreeWidget *tree = m_window->identifyPanel()->tree();
        QVERIFY(!tree->findItems(QStringLiteral("Purbalingga"), Qt::MatchRecursive).isEmpty());
        QVERIFY(!tree->findItems(QStringLiteral("Desa/Kelurahan"), Qt::MatchExactly).isEmpty());
        saveScreenshot(m_window.get(), QStringLiteral("identify.png"));
    }

    void attributeTableSortsFiltersAndSelects()
    {
        const auto desa = layerNamed(QStringLiteral("Desa/Kelurahan"));
        QVERIFY(desa);
        AttributeTableDialog *table = m_window->openAttributeTable(desa->id());
        QVERIFY(table);
        FeatureTableModel *model = table->model();
        QCOMPARE(model->totalCount(), 239);
        const int nameCol = desa->data()->fieldIndex(QStringLiteral("name"));
        model->sort(nameCol, Qt::AscendingOrder);
        const QString first = model->index(0, nameCol).data().toString();
        const QString second = model->index(1, nameCol).data().toString();
        QVERIFY(first.compare(second, Qt::CaseInsensitive) <= 0);
        model->setFilterText(QStringLiteral("33.03.02.")); // the desa of Bukateja
        QVERIFY(model->matchingCount() > 5 && model->matchingCount() < 30);
        QSignalSpy selection(table, &AttributeTableDialog::selectionChanged);
        table->view()->selectRow(0);
        QCOMPARE(selection.count(), 1);
        QCOMPARE(table->selectedFeatures().size(), std::size_t(1));
        saveScreenshot(table, QStringLiteral("table.png"));
        table->close();
    }

    void lazyFetchingOnALargeLayer()
    {
        auto data = std::make_shared<VectorData>();
        data->setFields({{QStringLiteral("id"), QMetaType::Int}, {QStringLiteral("jenis"), QMetaType::QString}});
        for (int i = 0; i < 200000; ++i) {
            data->beginFeature(i, GeometryKind::Point);
            data->beginPart(); data->addVertex(i % 1000, i / 1000); data->endPart();
            data->appendAttribute(0, i);
            data->appendAttribute(1, i % 7 == 0 ? QStringLiteral("CCTV") : QStringLiteral("WiFi"));
            data->endFeature();
        }
        FeatureTableModel model(data);
        QCOMPARE(model.rowCount(), FeatureTableModel::kChunk); // only the first chunk is built
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * FeatureTableModel::kChunk);
        model.sort(0, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data(Qt::EditRole).toInt(), 199999);
        model.setFilterText(QStringLiteral("CCTV"));
        QCOMPARE(model.matchingCount(), (200000 + 6) / 7);
        QCOMPARE(model.rowOfFeature(7 * 3000), 3000);
    }

    void layerListTogglesRenamesAndReorders()
    {
        LayerTreeModel *model = m_window->layerPanel()->model();
        // Top first: programme sites, ICT assets, kabupaten, kecamatan, desa.
        const QModelIndex top = model->index(0, 0);
        QCOMPARE(top.data().toString(), QStringLiteral("Programme sites (sample)"));
        QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("Kabupaten Purbalingga"));
        QVERIFY(model->setData(model->index(4, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!layerNamed(QStringLiteral("Desa/Kelurahan"))->isVisible());
        QVERIFY(model->setData(model->index(4, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model->setData(model->index(3, 0), QStringLiteral("Batas Kecamatan"), Qt::EditRole));
        QVERIFY(layerNamed(QStringLiteral("Batas Kecamatan")));
        // The desa are coloured by kecamatan: the legend lists the 18 classes under the layer,
        // and unticking one hides that class on the map.
        const QModelIndex desaRow = model->index(4, 0);
        QCOMPARE(model->rowCount(desaRow), 18);
        const QModelIndex firstClass = model->index(0, 0, desaRow);
        QCOMPARE(firstClass.data().toString(), QStringLiteral("Kemangkon (33.03.01)"));
        QVERIFY(model->setData(firstClass, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!layerNamed(QStringLiteral("Desa/Kelurahan"))->style().categories.first().visible);
        QVERIFY(model->setData(model->index(0, 0, model->index(4, 0)), Qt::Checked, Qt::CheckStateRole));
        model->moveRow(4, 0); // desa to the top
        QCOMPARE(project()->layers().back()->name(), QStringLiteral("Desa/Kelurahan"));
        model->moveRow(0, 4);
        QCOMPARE(project()->layers().front()->name(), QStringLiteral("Desa/Kelurahan"));
        QVERIFY(project()->isModified());
    }

    void styleDialogAppliesAGraduatedStyle()
    {
        const auto desa = layerNamed(QStringLiteral("Desa/Kelurahan"));
        LayerPropertiesDialog dialog(project(), desa);
        VectorStyle style = desa->style();
        style.kind = StyleKind::Categorized;
        style.field = QStringLiteral("type");
        dialog.vectorEditor()->setStyle(style);
        dialog.vectorEditor()->classify();
        dialog.apply();
        dialog.show();
        saveScreenshot(&dialog, QStringLiteral("style.png"));
        QCOMPARE(desa->style().kind, StyleKind::Categorized);
        QCOMPARE(desa->style().categories.size(), 2); // desa and kelurahan
        QVERIFY(waitForRender());
    }

    void measuresADistance()
    {
        canvas()->setTool(MapCanvas::Tool::MeasureDistance);
        const QPoint a = pixelOfLonLat(109.3634, -7.3886), b = pixelOfLonLat(109.301, -7.263);
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, a);
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, b);
        QTest::mouseClick(canvas(), Qt::RightButton, {}, b);
        // 15.5 km on the ellipsoid, within the pixel rounding of the clicks.
        const QString text = canvas()->measurementText();
        QVERIFY2(text.contains(QStringLiteral("km")), qPrintable(text));
        const double km = text.section(QLatin1Char(' '), 1, 1).toDouble();
        QVERIFY2(std::abs(km - 15.505) < 0.2, qPrintable(text));
        saveScreenshot(m_window.get(), QStringLiteral("measure.png"));
        canvas()->setTool(MapCanvas::Tool::Pan);
    }

    void asksForTheCrsOfAShapefileWithoutPrj()
    {
        const QString shp = m_dir.filePath(QStringLiteral("menara.shp"));
        QVERIFY(test::TestData::writeVector(shp, QStringLiteral("ESRI Shapefile"), QStringLiteral("menara"), 32749,
                                            {QStringLiteral("nama:str")},
                                            {{QStringLiteral("POINT (319365 9182960)"), {QStringLiteral("BTS Alun-alun")}}}));
        QFile::remove(m_dir.filePath(QStringLiteral("menara.prj")));
        QString asked;
        m_window->session()->setCrsChooser([&](const Layer &, const QString &explanation, const Crs &guess) {
            asked = explanation;
            return guess; // the user accepts the suggestion
        });
        QSignalSpy added(m_window->session(), &ProjectSession::layersAdded);
        m_window->addLayers({shp});
        QVERIFY(added.wait(20000));
        QVERIFY2(asked.contains(QStringLiteral("menara.shp")) && asked.contains(QStringLiteral("EPSG:32749")), qPrintable(asked));
        QCOMPARE(project()->layers().back()->crs().authId(), QStringLiteral("EPSG:32749"));

        // Declining the question leaves the layer out, with a message.
        m_window->session()->setCrsChooser([](const Layer &, const QString &, const Crs &) { return Crs(); });
        QSignalSpy warned(m_window->session(), &ProjectSession::warning);
        const std::size_t before = project()->layers().size();
        m_window->addLayers({shp});
        m_window->session()->waitForIdle();
        QCOMPARE(project()->layers().size(), before);
        QVERIFY(warned.count() >= 1);
    }

    void switchesTheProjectCrs()
    {
        const QPoint at = pixelOfLonLat(109.3634, -7.3886);
        project()->setCrs(Crs::fromEpsg(23835)); // DGN95 / TM-3 49.1, the land-office grid
        QCOMPARE(m_window->mapStatusBar()->findChildren<QToolButton *>().isEmpty(), false);
        QVERIFY(waitForRender());
        // The same place is still in view, and identify still finds Kecamatan Purbalingga there.
        const QPoint again = pixelOfLonLat(109.3634, -7.3886);
        QVERIFY(canvas()->rect().contains(again));
        QVERIFY((again - at).manhattanLength() < 40);
        const auto results = canvas()->identifyAt(again);
        const auto kecamatan = std::find_if(results.begin(), results.end(), [](const IdentifyResult &r) {
            return r.layerName == QLatin1String("Batas Kecamatan");
        });
        QVERIFY(kecamatan != results.end());
        QCOMPARE(kecamatan->values.value(kecamatan->fieldNames.indexOf(QStringLiteral("name"))).toString(), QStringLiteral("Purbalingga"));
        project()->setCrs(Crs::fromEpsg(32749));
        QVERIFY(waitForRender());
    }

    void dropsFilesOntoTheWindow()
    {
        const QString tif = m_dir.filePath(QStringLiteral("hillshade.tif"));
        QVERIFY(test::TestData::writeRaster(tif, 32749, 100, 100, 1, 310000, 9190000, 100,
                                            [](int, int x, int y) { return (x * 2 + y) % 256; }, true));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(tif)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QSignalSpy added(m_window->session(), &ProjectSession::layersAdded);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(added.wait(20000));
        const auto raster = project()->layers().back();
        QCOMPARE(raster->type(), LayerType::Raster);
        canvas()->zoomToLayer(raster->id());
        QVERIFY(waitForRender());
        // The raster's grey ramp covers the middle of the canvas.
        const QImage img = canvas()->lastRenderedImage();
        const QColor c = img.pixelColor(img.width() / 2, img.height() / 2);
        QVERIFY2(c != QColor(Qt::white), qPrintable(c.name()));
        saveScreenshot(m_window.get(), QStringLiteral("raster.png"));
        project()->removeLayer(raster->id());
        canvas()->zoomToFullExtent();
    }

    void badFileShowsAMessageAndKeepsWorking()
    {
        const QString bad = m_dir.filePath(QStringLiteral("rusak.gpkg"));
        QVERIFY(test::TestData::writeText(bad, QByteArray(2048, 'z')));
        const std::size_t before = project()->layers().size();
        m_window->addLayers({bad});
        m_window->session()->waitForIdle();
        QCOMPARE(project()->layers().size(), before);
        QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("rusak.gpkg")));
        QCOMPARE(m_window->messageBar()->level(), MessageBar::Level::Error);
    }

    void addsAProgrammeAndAnAssetThroughTheForms()
    {
        MasterPlanController *plan = m_window->masterPlan();
        QVERIFY2(plan->isAvailable(), qPrintable(plan->unavailableReason()));
        const int programmesBefore = plan->programmes().size();
        const int assetsBefore = plan->assets().size();

        // The programme form: an empty code and years outside the stage are refused, in the form.
        Programme p;
        p.name = QStringLiteral("Smart parking alun-alun");
        p.pillarUuid = plan->pillars().at(4).uuid;            // Smart Living
        p.stageUuid = plan->stages().last().uuid;             // Tahapan Lanjutan 2022–2023
        p.status = QStringLiteral("ditambahkan");
        p.budget = 750000000;
        p.startYear = 2019;
        p.endYear = 2023;
        ProgrammeDialog programmeForm(plan, Programme(), m_window.get());
        programmeForm.setProgramme(p);
        programmeForm.accept();
        QCOMPARE(programmeForm.result(), int(QDialog::Rejected));
        QVERIFY(programmeForm.problemsText().contains(QStringLiteral("code is required")));
        QVERIFY(programmeForm.problemsText().contains(QStringLiteral("2019–2023")));
        p.code = QStringLiteral("LIV-09");
        p.startYear = 2022;
        programmeForm.setProgramme(p);
        programmeForm.accept();
        QCOMPARE(programmeForm.result(), int(QDialog::Accepted));
        QCOMPARE(plan->programmes().size(), programmesBefore + 1);

        // The asset: "Place on map", a click at the alun-alun, then the form opens pre-filled.
        QTimer::singleShot(0, this, [this] {
            auto *form = qobject_cast<AssetDialog *>(QApplication::activeModalWidget());
            QVERIFY(form);
            Asset a = form->asset();
            QVERIFY2(a.geometryWkt.startsWith(QStringLiteral("POINT (109.36")), qPrintable(a.geometryWkt));
            QCOMPARE(a.kecamatanCode, QStringLiteral("33.03.05")); // filled from the boundary under the click
            a.code = QStringLiteral("CCTV-ALUN-99");
            a.name = QStringLiteral("CCTV Alun-alun Utara");
            a.type = QStringLiteral("cctv");
            a.condition = QStringLiteral("baik");
            form->setAsset(a);
            form->accept();
        });
        m_window->masterPlanDock()->placeAssetRequested(QString());
        QCOMPARE(canvas()->tool(), MapCanvas::Tool::DigitizePoint);
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, pixelOfLonLat(109.3634, -7.3886));
        QCOMPARE(plan->assets().size(), assetsBefore + 1);
        QCOMPARE(canvas()->tool(), MapCanvas::Tool::Pan);
        // It is on the map: the overlay layer was re-read.
        const auto assetsLayer = MasterPlanOverlay::assetsLayer(*project());
        QVERIFY(assetsLayer);
        QCOMPARE(int(assetsLayer->featureCount()), assetsBefore + 1);

        // Undo removes the asset, then the programme; redo brings both back.
        QUndoStack *undo = plan->undoStack();
        undo->undo();
        QCOMPARE(plan->assets().size(), assetsBefore);
        undo->undo();
        QCOMPARE(plan->programmes().size(), programmesBefore);
        undo->redo();
        undo->redo();
        QCOMPARE(plan->programmes().size(), programmesBefore + 1);
        QCOMPARE(plan->assets().size(), assetsBefore + 1);
        // Every edit reached the audit log.
        const auto log = plan->store().auditLog(20);
        QVERIFY(std::any_of(log.begin(), log.end(), [](const AuditEntry &e) { return e.action == QLatin1String("delete") && e.table == QLatin1String("mp_assets"); }));
        saveScreenshot(m_window.get(), QStringLiteral("masterplan.png"));
    }

    void bulkEditAndMoveAnAsset()
    {
        MasterPlanController *plan = m_window->masterPlan();
        QStringList cctv;
        for (const Asset &a : plan->assets()) if (a.type == QLatin1String("cctv") && cctv.size() < 5) cctv << a.uuid;
        QString error;
        QVERIFY2(plan->bulkSetAssets(cctv, QStringLiteral("condition"), QStringLiteral("rusak_berat"), &error), qPrintable(error));
        for (const QString &uuid : cctv) QCOMPARE(plan->store().asset(uuid)->condition, QStringLiteral("rusak_berat"));
        plan->undoStack()->undo(); // one step undoes all five
        int heavy = 0;
        for (const QString &uuid : cctv) heavy += plan->store().asset(uuid)->condition == QLatin1String("rusak_berat");
        QCOMPARE(heavy, 0);

        // Move an asset by clicking its new place.
        const QString uuid = cctv.first();
        m_window->masterPlanDock()->placeAssetRequested(uuid);
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, pixelOfLonLat(109.3000, -7.2600));
        auto lonOf = [&] { return plan->store().asset(uuid)->geometryWkt.section(QLatin1Char('('), 1).section(QLatin1Char(' '), 0, 0).toDouble(); };
        QVERIFY2(std::abs(lonOf() - 109.30) < 0.001, qPrintable(plan->store().asset(uuid)->geometryWkt)); // within a pixel of the click
        plan->undoStack()->undo();
        QVERIFY(std::abs(lonOf() - 109.30) > 0.001);
    }

    void yearSliderAndFiltersDriveTheMap()
    {
        MasterPlanController *plan = m_window->masterPlan();
        MasterPlanOverlay::Filter filter;
        filter.year = 2019;
        plan->setFilter(filter);
        const auto programmes = MasterPlanOverlay::programmesLayer(*project());
        QVERIFY(programmes->featureMask());
        int shown = 0, planned2019 = 0;
        for (std::size_t f = 0; f < programmes->featureCount(); ++f) shown += programmes->isFeatureShown(f);
        for (const Programme &p : plan->programmes())
            if (MasterPlanOverlay::featureOf(*programmes, p.uuid) >= 0 && (!p.startYear || p.startYear <= 2019)) ++planned2019;
        QCOMPARE(shown, planned2019);
        QVERIFY(shown < int(programmes->featureCount()));
        filter = {};
        filter.pillarUuid = plan->pillars().first().uuid;
        plan->setFilter(filter);
        const auto assets = MasterPlanOverlay::assetsLayer(*project());
        int assetsShown = 0;
        for (std::size_t f = 0; f < assets->featureCount(); ++f) assetsShown += assets->isFeatureShown(f);
        QVERIFY(assetsShown > 0 && assetsShown < int(assets->featureCount()));
        plan->setFilter({});
        QVERIFY(!programmes->featureMask());
        // The planner picks what the overlay is coloured by; the legend follows.
        plan->colourAssets(MasterPlanOverlay::AssetColouring::Condition);
        const auto assetStyle = MasterPlanOverlay::assetsLayer(*project())->style();
        QCOMPARE(assetStyle.field, QStringLiteral("condition"));
        QCOMPARE(assetStyle.categories.size(), 4); // baik, rusak ringan, rusak berat, not inspected
        plan->colourProgrammes(MasterPlanOverlay::ProgrammeColouring::Stage);
        QCOMPARE(MasterPlanOverlay::programmesLayer(*project())->style().field, QStringLiteral("stage_uuid"));
        QVERIFY(waitForRender());
        saveScreenshot(m_window.get(), QStringLiteral("condition.png"));
        plan->colourAssets(MasterPlanOverlay::AssetColouring::Type);
        plan->colourProgrammes(MasterPlanOverlay::ProgrammeColouring::Pillar);
        // The dock lists the plan as a tree: pillars at the top.
        QCOMPARE(m_window->masterPlanDock()->programmeTree()->topLevelItemCount(), 6);
        // Activities hang under their programme in the tree.
        QVERIFY(!m_window->masterPlanDock()->programmeTree()->findItems(QStringLiteral("• Penyusunan DED ruang Command Center"),
                                                                       Qt::MatchRecursive).isEmpty());
    }

    void drawsAProgrammeSiteAndEditsThePillars()
    {
        MasterPlanController *plan = m_window->masterPlan();
        const Programme target = plan->programmes().first();
        // An area drawn with three clicks and a double-click becomes the programme's site.
        emit m_window->masterPlanDock()->placeProgrammeRequested(target.uuid, 2);
        QCOMPARE(canvas()->tool(), MapCanvas::Tool::DigitizePolygon);
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, pixelOfLonLat(109.35, -7.38));
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, pixelOfLonLat(109.37, -7.38));
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, pixelOfLonLat(109.36, -7.40));
        QTest::mouseDClick(canvas(), Qt::LeftButton, {}, pixelOfLonLat(109.36, -7.40));
        const QString site = plan->store().programme(target.uuid)->geometryWkt;
        QVERIFY2(site.startsWith(QStringLiteral("POLYGON ((109.3")), qPrintable(site));
        plan->undoStack()->undo();
        QCOMPARE(plan->store().programme(target.uuid)->geometryWkt, target.geometryWkt);

        // Deleting is undoable too, activities included.
        const Programme withActivities = *std::find_if(plan->programmes().begin(), plan->programmes().end(),
                                                       [](const Programme &p) { return !p.activities.isEmpty(); });
        QString error;
        QVERIFY(plan->removeProgramme(withActivities.uuid, &error));
        QVERIFY(!plan->store().programme(withActivities.uuid));
        plan->undoStack()->undo();
        QCOMPARE(plan->store().programme(withActivities.uuid)->activities.size(), withActivities.activities.size());

        // The pillar list is data: add a seventh, and the programme layer's legend follows.
        PillarDialog pillars(plan, m_window.get());
        QCOMPARE(pillars.table()->rowCount(), 6);
        Pillar mobility;
        mobility.code = QStringLiteral("MOB");
        mobility.nameId = QStringLiteral("Mobilitas");
        mobility.nameEn = QStringLiteral("Smart Mobility");
        mobility.color = QColor(200, 120, 0);
        pillars.addRow(mobility);
        pillars.accept();
        QCOMPARE(plan->pillars().size(), 7);
        QCOMPARE(MasterPlanOverlay::programmesLayer(*project())->style().categories.size(), 7);
        // The OPD list too: a new agency is there at once and for the forms.
        CodeListDialog opds(plan, CodeListDialog::List::Opd, m_window.get());
        const int opdCount = opds.table()->rowCount();
        opds.addRow(QString(), QStringLiteral("DINPERTAN"), QStringLiteral("Dinas Pertanian"), QStringLiteral("Dinpertan"));
        opds.accept();
        QCOMPARE(plan->opds().size(), opdCount + 1);
        plan->undoStack()->undo();
        QCOMPARE(plan->opds().size(), opdCount);
        plan->undoStack()->undo(); // the new pillar goes again
        QCOMPARE(plan->pillars().size(), 6);
        plan->undoStack()->redo();
        QCOMPARE(plan->pillars().size(), 7);
        QCOMPARE(m_window->masterPlanDock()->findChildren<QComboBox *>().isEmpty(), false);
    }

    void importDialogChecksThenImportsAll()
    {
        MasterPlanController *plan = m_window->masterPlan();
        const int before = plan->assets().size();
        const QString csv = m_dir.filePath(QStringLiteral("daftar aset.csv"));
        QVERIFY(test::TestData::writeText(csv, "kode;nama;jenis;kondisi;lintang;bujur\n"
                                               "KIOS-77;Anjungan Mal Pelayanan Publik;kios;baik;-7,389;109,362\n"
                                               "KIOS-78;Anjungan Luar Kota;kios;baik;-6,2;106,8\n"));
        ImportDialog dialog(plan, m_window.get());
        dialog.setWhat(MasterPlanImport::What::Assets);
        QVERIFY(dialog.setSource(csv));
        QCOMPARE(dialog.mapping().value(QStringLiteral("type")), QStringLiteral("jenis")); // guessed from the names
        QVERIFY(!dialog.runImport(false));
        QVERIFY2(dialog.reportText().contains(QStringLiteral("row 2")), qPrintable(dialog.reportText()));
        dialog.resize(900, 700);
        saveScreenshot(&dialog, QStringLiteral("import.png"));
        QCOMPARE(plan->assets().size(), before); // all or nothing
        QVERIFY(test::TestData::writeText(csv, "kode;nama;jenis;kondisi;lintang;bujur\n"
                                               "KIOS-77;Anjungan Mal Pelayanan Publik;kios;baik;-7,389;109,362\n"));
        QVERIFY(dialog.setSource(csv));
        QVERIFY(dialog.runImport(true));
        QCOMPARE(plan->assets().size(), before); // a check keeps nothing
        QVERIFY(dialog.runImport(false));
        QCOMPARE(plan->assets().size(), before + 1);

        // A long sheet is checked on a worker: the window keeps answering meanwhile.
        QByteArray big = "kode;nama;jenis;kondisi;lintang;bujur\n";
        for (int i = 0; i < 20000; ++i) big += "HS-" + QByteArray::number(i) + ";Hotspot " + QByteArray::number(i) + ";wifi;baik;-7,389;109,362\n";
        QVERIFY(test::TestData::writeText(csv, big));
        QVERIFY(dialog.setSource(csv));
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
        ticker.start(5);
        QVERIFY2(dialog.runImport(true), qPrintable(dialog.reportText().left(300)));
        ticker.stop();
        QVERIFY2(ticks > 5, qPrintable(QString::number(ticks)));
        QCOMPARE(plan->assets().size(), before + 1);
    }

    void dashboardShowsProgressAndARealisationMovesABar()
    {
        DashboardDock *dashboard = m_window->findChild<DashboardDock *>();
        QVERIFY(dashboard);
        dashboard->setDate(QDate(2023, 6, 30));
        const ProgressReport &before = dashboard->report();
        QVERIFY(before.groups.size() >= 6);
        // The sample's story: governance ahead of the environment pillar.
        const auto gov = before.groups.at(0), env = before.groups.at(5);
        QVERIFY(gov.achievement && env.achievement && *gov.achievement > *env.achievement);
        QCOMPARE(env.status, ProgressMath::Status::Behind);
        QVERIFY(dashboard->behindTable()->rowCount() > 0);
        QVERIFY(dashboard->achievementChart()->plottableCount() >= 4);

        // Enter a strong value for an environment indicator: the pillar's bar rises.
        MasterPlanController *plan = m_window->masterPlan();
        QString indicator;
        for (const Indicator &i : plan->store().indicators())
            for (const Programme &p : plan->programmes())
                if (p.uuid == i.programmeUuid && p.pillarUuid == plan->pillars().at(5).uuid && indicator.isEmpty() && i.higherIsBetter)
                    indicator = i.uuid;
        QVERIFY(!indicator.isEmpty());
        RealisationDialog entry(plan, m_window.get());
        entry.setIndicator(indicator);
        entry.setValues(QDate(2023, 6, 30), 5000, QString());
        entry.accept();
        QCOMPARE(entry.result(), int(QDialog::Rejected)); // no source named; and maybe an impossible percentage
        QVERIFY(entry.problemsText().contains(QStringLiteral("source document")));
        entry.setValues(QDate(2023, 6, 30), 95, QStringLiteral("e-Monev triwulan II 2023"));
        QVERIFY(entry.duplicatesQuarter()); // the sample already has this quarter
        entry.setDuplicateConfirmed(true);
        entry.accept();
        QCOMPARE(entry.result(), int(QDialog::Accepted));
        const double after = *dashboard->report().groups.at(5).achievement;
        QVERIFY2(after > *env.achievement, qPrintable(QStringLiteral("%1 → %2").arg(*env.achievement).arg(after)));
        plan->undoStack()->undo(); // and it can be taken back
        QVERIFY(std::abs(*dashboard->report().groups.at(5).achievement - *env.achievement) < 1e-9);

        dashboard->selectGroup(5);
        const QString charts = m_dir.filePath(QStringLiteral("dasbor.svg"));
        QString error;
        QVERIFY2(dashboard->saveCharts(charts, &error), qPrintable(error));
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("dasbor-capaian.svg"))).size() > 1000);
        QVERIFY(dashboard->saveCharts(m_dir.filePath(QStringLiteral("dasbor.pdf")), &error));
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("dasbor-tren.pdf"))));
        if (const QString dir = qEnvironmentVariable("PILAR_SCREENSHOT_DIR"); !dir.isEmpty())
            dashboard->saveCharts(dir + QStringLiteral("/dasbor.pdf"), &error); // to look at, as a user would
        if (auto *dock = qobject_cast<QDockWidget *>(dashboard->parentWidget())) dock->raise();
        QVERIFY(waitForRender());
        saveScreenshot(m_window.get(), QStringLiteral("dashboard.png"));
    }

    void progressFollowsTheMapFiltersAndShowsOnTheMap()
    {
        DashboardDock *dashboard = m_window->findChild<DashboardDock *>();
        MasterPlanController *plan = m_window->masterPlan();
        // The year slider takes the date over: the last report of that year.
        MasterPlanOverlay::Filter filter;
        filter.year = 2021;
        plan->setFilter(filter);
        QCOMPARE(dashboard->report().at, plan->snapshot().latestRealisation(2021));
        QCOMPARE(dashboard->report().at.year(), 2021);
        // A pillar chosen for the map narrows the dashboard to it.
        filter.pillarUuid = plan->pillars().at(5).uuid;
        plan->setFilter(filter);
        QCOMPARE(dashboard->report().groups.size(), 1);
        QVERIFY(dashboard->filterDescription().contains(plan->pillars().at(5).code));
        for (const auto &row : dashboard->report().programmes) {
            const auto p = std::find_if(plan->programmes().begin(), plan->programmes().end(), [&](const Programme &x) { return x.uuid == row.key; });
            QCOMPARE(p->pillarUuid, plan->pillars().at(5).uuid);
        }
        QCOMPARE(dashboard->report().programmes.size(),
                 std::count_if(plan->programmes().begin(), plan->programmes().end(),
                               [&](const Programme &x) { return x.pillarUuid == plan->pillars().at(5).uuid && x.startYear <= 2021; }));

        // Sites coloured by progress status, as the report says.
        auto *colouring = m_window->masterPlanDock()->findChild<QComboBox *>(QStringLiteral("programmeColouring"));
        colouring->setCurrentIndex(3);
        emit colouring->activated(3);
        const auto sites = MasterPlanOverlay::programmesLayer(*project());
        QCOMPARE(sites->style().field, QStringLiteral("kemajuan"));
        QCOMPARE(sites->style().categories.size(), 4);
        const auto &first = dashboard->report().programmes.first();
        const int feature = MasterPlanOverlay::featureOf(*sites, first.key);
        if (feature >= 0) // a programme with a site on the map
            QCOMPARE(sites->data()->attribute(feature, sites->data()->fieldIndex(QStringLiteral("kemajuan"))).toString(),
                     ProgressReport::statusCode(first.status));

        // The progress map: achievement per kecamatan, under the overlay, following the year.
        plan->setFilter({});
        auto *choice = m_window->masterPlanDock()->progressMapChoice();
        choice->setCurrentIndex(1);
        emit choice->activated(1);
        auto map = plan->progressMapLayer();
        QVERIFY(map);
        QCOMPARE(int(map->featureCount()), 18);
        const auto &layers = project()->layers();
        const auto at = [&](const std::shared_ptr<Layer> &l) { return std::find(layers.begin(), layers.end(), l) - layers.begin(); };
        QVERIFY(at(map) < at(MasterPlanOverlay::assetsLayer(*project())));
        QVERIFY(at(map) < at(MasterPlanOverlay::programmesLayer(*project())));
        const int value = map->data()->fieldIndex(QStringLiteral("nilai"));
        const ProgressReport kecamatan = ProgressReport::compute(plan->snapshot(), plan->progressDate(), ProgressReport::GroupBy::Kecamatan);
        QCOMPARE(map->data()->attribute(0, value).toDouble(), *kecamatan.groups.at(0).achievement);
        QVERIFY(map->name().contains(QStringLiteral("kecamatan")));
        const double now = map->data()->attribute(0, value).toDouble();
        filter = {};
        filter.year = 2020;
        plan->setFilter(filter);
        QCOMPARE(plan->progressDate(), plan->snapshot().latestRealisation(2020));
        const ProgressReport earlier = ProgressReport::compute(plan->snapshot(), plan->progressDate(), ProgressReport::GroupBy::Kecamatan);
        QCOMPARE(map->data()->attribute(0, value).toDouble(), *earlier.groups.at(0).achievement);
        QVERIFY(map->data()->attribute(0, value).toDouble() != now);
        QVERIFY(map->name().contains(QLocale().toString(plan->progressDate(), QLocale::ShortFormat)));
        QVERIFY(waitForRender());
        saveScreenshot(m_window.get(), QStringLiteral("progress-map.png"));
        // Coverage of public WiFi per kecamatan, then per desa.
        choice->setCurrentIndex(2);
        emit choice->activated(2);
        QCOMPARE(plan->progressMapLayer(), map); // the same layer, new values and classes
        QCOMPARE(map->style().categories.first().value, QStringLiteral("c0"));
        QVERIFY(map->data()->attribute(0, map->data()->fieldIndex(QStringLiteral("desa"))).toInt() > 0);
        plan->setFilter({});
        QVERIFY(waitForRender());
        saveScreenshot(m_window.get(), QStringLiteral("coverage-map.png"));
        choice->setCurrentIndex(0);
        emit choice->activated(0);
        QVERIFY(!plan->progressMapLayer());
        QCOMPARE(std::count(layers.begin(), layers.end(), map), 0);
        colouring->setCurrentIndex(0);
        emit colouring->activated(0);

        // A chart goes to the clipboard as a picture.
        QGuiApplication::clipboard()->clear();
        dashboard->copyChart(dashboard->achievementChart());
        QVERIFY(!QGuiApplication::clipboard()->image().isNull());
        QVERIFY(QGuiApplication::clipboard()->image().width() >= dashboard->achievementChart()->width());
    }

    void realisationWithAttachmentAndTheProgrammeHistory()
    {
        MasterPlanController *plan = m_window->masterPlan();
        const Programme wifi = *std::find_if(plan->programmes().begin(), plan->programmes().end(),
                                             [](const Programme &p) { return p.name == QLatin1String("WiFi publik di balai desa"); });
        const Indicator indicator = *std::find_if(plan->snapshot().indicators.begin(), plan->snapshot().indicators.end(),
                                                  [&](const Indicator &i) { return i.programmeUuid == wifi.uuid; });
        // A scanned report as the attachment.
        const QString scan = m_dir.filePath(QStringLiteral("berita-acara.pdf"));
        {
            QFile f(scan);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4\n% Berita acara serah terima WiFi Bukateja\n%%EOF\n");
        }
        RealisationDialog entry(plan, m_window.get());
        entry.setIndicator(indicator.uuid);
        QVERIFY(entry.history()->tree()->topLevelItem(0)->childCount() > 0); // the values so far
        entry.setKecamatan(QStringLiteral("33.03.02"));
        entry.setValues(QDate(2023, 9, 30), 8, QStringLiteral("BAST 7/IX/2023"));
        QString error;
        QVERIFY2(entry.setAttachment(scan, &error), qPrintable(error));
        QVERIFY(!entry.duplicatesQuarter()); // no value for Bukateja in that quarter yet
        entry.accept();
        QCOMPARE(entry.result(), int(QDialog::Accepted));
        const auto saved = std::find_if(plan->snapshot().realisations.begin(), plan->snapshot().realisations.end(), [](const Realisation &r) {
            return r.sourceDocument == QLatin1String("BAST 7/IX/2023");
        });
        QVERIFY(saved != plan->snapshot().realisations.end());
        QCOMPARE(saved->kecamatanCode, QStringLiteral("33.03.02"));
        QCOMPARE(saved->attachmentName, QStringLiteral("berita-acara.pdf"));
        const QString savedUuid = saved->uuid; // the snapshot is renewed by every edit

        // The programme's form shows its indicators and every value, the attachment opens.
        ProgrammeDialog dialog(plan, wifi, m_window.get());
        QCOMPARE(dialog.tabs()->count(), 2);
        QTreeWidget *tree = dialog.history()->tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        const auto found = tree->findItems(QStringLiteral("BAST 7/IX/2023"), Qt::MatchExactly | Qt::MatchRecursive, 4);
        QCOMPARE(found.size(), 1);
        const QTreeWidgetItem *row = found.first();
        QCOMPARE(row->parent()->text(0), QStringLiteral("Bukateja")); // under its kecamatan
        QVERIFY(row->parent()->isExpanded());                          // a value with a file is shown
        QCOMPARE(row->text(1), QStringLiteral("Bukateja"));
        QVERIFY(row->text(5).startsWith(QStringLiteral("berita-acara.pdf")));
        const QString opened = dialog.history()->openAttachment(savedUuid, &error, false);
        QVERIFY2(!opened.isEmpty(), qPrintable(error));
        QFile copy(opened);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QFile original(scan);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());
        dialog.tabs()->setCurrentIndex(1);
        dialog.show();
        saveScreenshot(&dialog, QStringLiteral("programme-history.png"));

        // Undo takes the value and its attachment away; redo brings both back.
        plan->undoStack()->undo();
        QVERIFY(std::none_of(plan->snapshot().realisations.begin(), plan->snapshot().realisations.end(),
                             [&](const Realisation &r) { return r.uuid == savedUuid; }));
        plan->undoStack()->redo();
        QCOMPARE(plan->store().realisationAttachment(savedUuid).size(), QFileInfo(scan).size());
    }

    void editsIndicatorsTargetsAndThresholds()
    {
        MasterPlanController *plan = m_window->masterPlan();
        const Programme programme = plan->programmes().at(2);
        const int before = int(std::count_if(plan->snapshot().indicators.begin(), plan->snapshot().indicators.end(),
                                             [&](const Indicator &i) { return i.programmeUuid == programme.uuid; }));
        IndicatorDialog dialog(plan, programme.uuid, m_window.get());
        QCOMPARE(dialog.list()->count(), before);
        dialog.addIndicator(QStringLiteral("Desa dengan layanan daring"));
        dialog.baselineYear()->setValue(2020);
        dialog.weight()->setValue(2);
        QTableWidget *grid = dialog.grid();
        QCOMPARE(grid->horizontalHeaderItem(1)->text(), QStringLiteral("2021")); // the years after the baseline
        QCOMPARE(grid->rowCount(), 1 + int(plan->snapshot().kecamatanCodes.size()));
        grid->item(0, 0)->setText(QStringLiteral("10"));
        grid->item(0, 3)->setText(QStringLiteral("120,5")); // 2023, with a decimal comma
        grid->item(5, 0)->setText(QStringLiteral("1"));     // Purbalingga (the fifth kecamatan): its baseline…
        grid->item(5, 3)->setText(QStringLiteral("9"));     // …and its 2023 target
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = std::find_if(plan->snapshot().indicators.begin(), plan->snapshot().indicators.end(),
                                        [](const Indicator &i) { return i.name == QLatin1String("Desa dengan layanan daring"); });
        QVERIFY(saved != plan->snapshot().indicators.end());
        QCOMPARE(saved->baselineYear, 2020);
        QCOMPARE(saved->baselineValue, 10.0);
        QCOMPARE(saved->weight, 2.0);
        QCOMPARE(saved->targets, (QMap<int, double>{{2023, 120.5}}));
        QCOMPARE(saved->kecamatanTargets.value(QStringLiteral("33.03.05")), (QMap<int, double>{{2020, 1}, {2023, 9}}));
        plan->undoStack()->undo();
        QVERIFY(std::none_of(plan->snapshot().indicators.begin(), plan->snapshot().indicators.end(),
                             [](const Indicator &i) { return i.name == QLatin1String("Desa dengan layanan daring"); }));
        // An indicator without a target, or one with reported values removed, is refused.
        IndicatorDialog again(plan, programme.uuid, m_window.get());
        again.addIndicator(QStringLiteral("Tanpa target"));
        again.accept();
        QCOMPARE(again.result(), int(QDialog::Rejected));
        QVERIFY(again.problemsText().contains(QStringLiteral("at least one yearly target")));

        // Stricter thresholds: more programmes fall behind, on the dashboard and on the map alike.
        DashboardDock *dashboard = m_window->findChild<DashboardDock *>();
        auto behind = [&] {
            return std::count_if(dashboard->report().programmes.begin(), dashboard->report().programmes.end(),
                                 [](const auto &r) { return r.status == ProgressMath::Status::Behind; });
        };
        const auto behindBefore = behind();
        QString error;
        QVERIFY(!dashboard->setThresholds({60, 80}, &error)); // at risk above on track
        QVERIFY2(dashboard->setThresholds({99, 95}, &error), qPrintable(error));
        QVERIFY(behind() > behindBefore);
        QCOMPARE(plan->store().progressThresholds().atRisk, 95.0);
        QVERIFY(dashboard->setThresholds({90, 70}, &error));
        QCOMPARE(dashboard->behindTable()->columnCount(), 6); // with the forecast
    }

    void reportsFromTheDialogWithTheLetterhead()
    {
        MasterPlanController *plan = m_window->masterPlan();
        // The letterhead's settings, with a logo, kept in the project.
        ReportSettingsDialog settingsDialog(ReportSettings::load(plan->store().database()), m_window.get());
        const QString logoPath = m_dir.filePath(QStringLiteral("logo.png"));
        QImage logo(1200, 1400, QImage::Format_ARGB32);
        logo.fill(QColor(0, 100, 0));
        QVERIFY(logo.save(logoPath));
        QString error;
        QVERIFY2(settingsDialog.setLogo(logoPath, &error), qPrintable(error));
        QVERIFY(!settingsDialog.setLogo(m_dir.filePath(QStringLiteral("bukan-gambar.png")), &error));
        QVERIFY(error.contains(QStringLiteral("bukan-gambar.png")));
        ReportSettings settings = settingsDialog.settings();
        QImage stored;
        QVERIFY(stored.loadFromData(settings.logo));
        QVERIFY(stored.height() <= 600); // kept small in the project
        settings.signerName = QStringLiteral("Drs. Contoh Pejabat, M.Si.");
        settings.signerNip = QStringLiteral("19700101 199003 1 001");
        QVERIFY2(settings.save(plan->store().database(), &error), qPrintable(error));

        ReportDialog dialog(plan, m_window.get());
        const QString pdf = m_dir.filePath(QStringLiteral("laporan-gui.pdf"));
        QVERIFY2(dialog.exportPdf(pdf, &error), qPrintable(error));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        text.waitForFinished(60000);
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(content.contains(QStringLiteral("Drs. Contoh Pejabat, M.Si.")));
        QVERIFY(content.contains(QStringLiteral("NIP. 19700101 199003 1 001")));
        dialog.setTemplate(ReportDialog::Template::Atlas);
        dialog.setKecamatan({QStringLiteral("33.03.05")});
        const QString atlas = m_dir.filePath(QStringLiteral("atlas-gui.pdf"));
        QVERIFY2(dialog.exportPdf(atlas, &error), qPrintable(error));
        text.start(QStringLiteral("pdftotext"), {atlas, QStringLiteral("-")});
        text.waitForFinished(60000);
        QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("Kecamatan Purbalingga (33.03.05)")));
        dialog.setKecamatan({});
        QVERIFY(!dialog.exportPdf(m_dir.filePath(QStringLiteral("kosong.pdf")), &error));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("kosong.pdf"))));
        if (const QString dir = qEnvironmentVariable("PILAR_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QFile::copy(pdf, dir + QStringLiteral("/laporan-gui.pdf"));
            dialog.show();
            saveScreenshot(&dialog, QStringLiteral("report-dialog.png"));
        }
    }

    void clickingAKecamatanListsItsPlan()
    {
        canvas()->setTool(MapCanvas::Tool::Identify);
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, pixelOfLonLat(109.395, -7.43)); // in Kecamatan Purbalingga's east
        QTreeWidget *tree = m_window->identifyPanel()->tree();
        QVERIFY(!tree->findItems(QStringLiteral("Programmes here"), Qt::MatchRecursive).isEmpty());
        const auto assets = tree->findItems(QStringLiteral("ICT assets here"), Qt::MatchRecursive);
        QVERIFY(!assets.isEmpty());
        canvas()->setTool(MapCanvas::Tool::Pan);
    }

    void savesAndReopens()
    {
        const QString path = m_dir.filePath(QStringLiteral("simpan.gpkg"));
        QString error;
        QVERIFY2(m_window->session()->saveAs(path, &error), qPrintable(error));
        QVERIFY(!project()->isModified());
        const std::size_t layers = project()->layers().size();
        QSignalSpy changed(m_window->session(), &ProjectSession::projectChanged);
        m_window->openProject(path);
        QVERIFY(changed.wait(20000));
        QCOMPARE(project()->layers().size(), layers);
        QVERIFY(layerNamed(QStringLiteral("Batas Kecamatan")));
        QCOMPARE(layerNamed(QStringLiteral("Desa/Kelurahan"))->style().kind, StyleKind::Categorized);
    }

    void unsavedChangesSurviveACrash()
    {
        // Unsaved changes to the map are kept aside while they are unsaved...
        const QString path = QFileInfo(m_dir.filePath(QStringLiteral("simpan.gpkg"))).absoluteFilePath();
        QCOMPARE(project()->filePath(), path);
        LayerTreeModel *model = m_window->layerPanel()->model();
        QVERIFY(model->setData(model->index(3, 0), QStringLiteral("Kecamatan (belum disimpan)"), Qt::EditRole));
        QVERIFY(project()->isModified());
        m_window->recovery()->writeNow();
        m_window->recovery()->waitForWrites();
        auto pending = ProjectRecovery::pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().projectPath, path);

        // ...so when Pilar dies without saving, the next start offers them back.
        MainWindow next;
        next.show();
        QSignalSpy changed(next.session(), &ProjectSession::projectChanged);
        QTimer::singleShot(300, [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w))
                    for (QAbstractButton *b : box->buttons())
                        if (b->text() == QStringLiteral("Restore")) b->click();
        });
        QVERIFY(next.offerRecovery());
        QVERIFY(changed.wait(20000));
        Project *restored = next.session()->project();
        QCOMPARE(restored->filePath(), path);                  // they belong to the project file, not the copy
        QVERIFY(restored->isModified());
        bool found = false;
        for (const auto &layer : restored->layers()) found = found || layer->name() == QStringLiteral("Kecamatan (belum disimpan)");
        QVERIFY(found);
        QCOMPARE(int(restored->layers().size()), int(project()->layers().size()));   // boundaries inside the project came along

        // Saving them writes the project and the kept copy goes.
        QString error;
        QVERIFY2(next.session()->save(&error), qPrintable(error));
        next.recovery()->waitForWrites();
        QVERIFY(ProjectRecovery::pending().isEmpty());
        auto reopened = ProjectFile::load(path);
        QVERIFY2(reopened.project, qPrintable(reopened.error));
        found = false;
        for (const auto &layer : reopened.project->layers()) found = found || layer->name() == QStringLiteral("Kecamatan (belum disimpan)");
        QVERIFY(found);
        project()->setModified(false);
        m_window->recovery()->waitForWrites();
        QVERIFY(ProjectRecovery::pending().isEmpty());
    }

    void aboutShowsTheLicences()
    {
        const QString text = AboutDialog::aboutText();
        QVERIFY(text.contains(QStringLiteral("Cahya DSN")));
        QVERIFY(text.contains(QStringLiteral("MIT")));
        QVERIFY(text.contains(QStringLiteral("Open Database License")));
        QVERIFY(text.contains(QStringLiteral("GDAL")));
    }

    void cleanupTestCase()
    {
        if (project()) project()->setModified(false);
        m_window.reset();
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
