// The attribute table on 500,000 features: how long the user waits to see the first
// rows, to sort and to filter, and what scrolling to the end costs.
#include "FeatureTableModel.h"
#include "VectorData.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>

using namespace pilar;

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int n = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 500000;
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
