// The attribute table on 500,000 features: how long the user waits to see the first
// rows, to sort and to filter, and what scrolling to the end costs.
#include "FeatureTableModel.h"
#include "LayerLoader.h"
#include "VectorData.h"
#include "VectorLayer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>

using namespace pilar;

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QString arg = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("500000");
    if (arg.endsWith(QLatin1String(".gpkg"))) {
        // A real layer (bench/map.sh): open its table as the application does.
        const auto loaded = LayerLoader::load(arg);
        if (!loaded.ok() || loaded.layers.empty()) return 1;
        const auto layer = std::static_pointer_cast<VectorLayer>(loaded.layers.front());
        QElapsedTimer t;
        t.start();
        FeatureTableModel model(layer->data());
        QTableView view;
        view.resize(1000, 700);
        view.setModel(&model);
        view.show();
        app.processEvents();
        const double openMs = t.nsecsElapsed() / 1e6;
        // Scrolling: 200 page-downs and a jump to the end; the longest step is the stall.
        double worst = 0;
        for (int i = 0; i < 200; ++i) {
            t.restart();
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + view.verticalScrollBar()->pageStep());
            app.processEvents();
            worst = std::max(worst, t.nsecsElapsed() / 1e6);
        }
        t.restart();
        view.scrollToBottom();
        app.processEvents();
        worst = std::max(worst, t.nsecsElapsed() / 1e6);
        out << QStringLiteral("{\"file\":\"%1\",\"features\":%2,\"table_open_ms\":%3,\"scroll_worst_ms\":%4}")
                   .arg(QFileInfo(arg).fileName()).arg(layer->featureCount()).arg(openMs, 0, 'f', 1).arg(worst, 0, 'f', 1)
            << Qt::endl;
        return 0;
    }
    const int n = arg.toInt();
    auto data = std::make_shared<VectorData>();
    data->setFields({{QStringLiteral("id"), QMetaType::Int}, {QStringLiteral("nama"), QMetaType::QString},
                    {QStringLiteral("jenis"), QMetaType::QString}, {QStringLiteral("lantai"), QMetaType::Int}});
    const QStringList kinds = {QStringLiteral("rumah"), QStringLiteral("sekolah"), QStringLiteral("kantor"), QStringLiteral("toko")};
    for (int i = 0; i < n; ++i) {
        data->beginFeature(i, GeometryKind::Point);
        data->beginPart(); data->addVertex(i % 1000, i / 1000); data->endPart();
        data->appendAttribute(0, i);
        data->appendAttribute(1, QStringLiteral("Bangunan %1").arg((i * 7919) % n));
        data->appendAttribute(2, kinds[i % 4]);
        data->appendAttribute(3, 1 + i % 3);
        data->endFeature();
    }
    QElapsedTimer t;
    t.start();
    FeatureTableModel model(data);
    QTableView view;
    view.resize(1000, 700);
    view.setModel(&model);
    view.show();
    app.processEvents();
    out << "features: " << n << Qt::endl;
    out << "open table and show first rows: " << t.nsecsElapsed() / 1e6 << " ms" << Qt::endl;
    t.restart();
    model.sort(1, Qt::AscendingOrder);
    app.processEvents();
    out << "sort by a text column: " << t.nsecsElapsed() / 1e6 << " ms" << Qt::endl;
    t.restart();
    model.sort(3, Qt::DescendingOrder);
    app.processEvents();
    out << "sort by a number column: " << t.nsecsElapsed() / 1e6 << " ms" << Qt::endl;
    t.restart();
    model.setFilterText(QStringLiteral("sekolah"));
    app.processEvents();
    out << "filter on text in any column (" << model.matchingCount() << " match): " << t.nsecsElapsed() / 1e6 << " ms" << Qt::endl;
    model.setFilterText(QString());
    t.restart();
    for (int i = 0; i < 20; ++i) { view.verticalScrollBar(); view.scrollToBottom(); app.processEvents(); }
    out << "20 scrolls to the bottom (fetching " << model.rowCount() << " rows): " << t.nsecsElapsed() / 1e6 << " ms" << Qt::endl;
    return 0;
}
