// Classification of graduated and categorized styles, the style's JSON round trip, and sizes kept drawable.
#include "Classification.h"
#include "LabelingEngine.h"
#include "VectorStyle.h"

#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QTest>

using namespace pilar;

class TestClassification : public QObject
{
    Q_OBJECT
private slots:
    void equalInterval()
    {
        const auto b = Classification::breaks({0, 10, 20, 100}, ClassificationMethod::EqualInterval, 4);
        QCOMPARE(b, (std::vector<double>{0, 25, 50, 75, 100}));
    }

    void quantile()
    {
        std::vector<double> v;
        for (int i = 1; i <= 100; ++i) v.push_back(i);
        const auto b = Classification::breaks(v, ClassificationMethod::Quantile, 4);
        QCOMPARE(b.size(), std::size_t(5));
        QCOMPARE(b.front(), 1.0);
        QCOMPARE(b.back(), 100.0);
        QVERIFY(std::abs(b[2] - 50.5) < 1e-9);
    }

    void naturalBreaksFindsTheGaps()
    {
        // Three clear clusters: Jenks must cut between them.
        const std::vector<double> v = {1, 2, 2, 3, 3, 50, 51, 52, 53, 200, 201, 205};
        const auto b = Classification::breaks(v, ClassificationMethod::NaturalBreaks, 3);
        QCOMPARE(b.size(), std::size_t(4));
        QVERIFY(b[1] >= 3 && b[1] < 50);
        QVERIFY(b[2] >= 53 && b[2] < 200);
        QCOMPARE(b.back(), 205.0);
    }

    void categoriesAndRanges()
    {
        VectorData d;
        d.setFields({{QStringLiteral("kecamatan"), QMetaType::QString}, {QStringLiteral("jumlah"), QMetaType::Int}});
        const QStringList names = {QStringLiteral("Rembang"), QStringLiteral("Bobotsari"), QStringLiteral("Rembang"), QString()};
        for (int i = 0; i < names.size(); ++i) {
            d.beginFeature(i, GeometryKind::Point);
            d.beginPart(); d.addVertex(i, i); d.endPart();
            d.appendAttribute(0, names[i].isNull() ? QVariant() : QVariant(names[i]));
            d.appendAttribute(1, i * 10);
            d.endFeature();
        }
        const auto cats = Classification::categorize(d, QStringLiteral("kecamatan"), Symbol());
        QCOMPARE(cats.size(), 3);
        QCOMPARE(cats[0].value, QStringLiteral("Bobotsari"));
        QCOMPARE(cats[1].value, QStringLiteral("Rembang"));
        QCOMPARE(cats[2].label, QStringLiteral("NULL"));
        QVERIFY(cats[0].symbol.fillColor != cats[1].symbol.fillColor);
        const auto ranges = Classification::graduate(d, QStringLiteral("jumlah"), ClassificationMethod::EqualInterval, 3,
                                                     QStringLiteral("YlOrRd"), Symbol());
        QCOMPARE(ranges.size(), 3);
        QCOMPARE(ranges.front().lower, 0.0);
        QCOMPARE(ranges.back().upper, 30.0);
    }

    void styleSurvivesJson()
    {
        VectorStyle s;
        s.kind = StyleKind::Graduated;
        s.field = QStringLiteral("jumlah");
        s.ranges = {{0, 10, QStringLiteral("0 – 10"), Symbol()}, {10, 20, QStringLiteral("10 – 20"), Symbol()}};
        s.ranges[1].symbol.fillColor = QColor(200, 10, 10);
        s.method = ClassificationMethod::NaturalBreaks;
        s.labels.enabled = true;
        s.labels.field = QStringLiteral("nama");
        s.symbol.markerShape = MarkerShape::Star;
        QCOMPARE(VectorStyle::fromJson(s.toJson()), s);
    }

    // A damaged or hand-edited project (the fuzzer's find) asks for a 2e11-point label,
    // a 1e9 mm halo and a 1e300 mm marker: the style keeps drawable sizes and the map draws.
    void absurdSizesInAProjectStayDrawable()
    {
        const QByteArray json = R"({"kind":"single","symbol":{"markerSizeMm":1e300,"strokeWidthMm":-4},
            "labels":{"enabled":true,"field":"nama","sizePt":199079666666,"haloWidthMm":1e9}})";
        const VectorStyle s = VectorStyle::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(s.labels.fontSizePt, LabelSettings::MaxSizePt);
        QCOMPARE(s.labels.haloWidthMm, LabelSettings::MaxHaloWidthMm);
        QCOMPARE(s.symbol.markerSizeMm, Symbol::MaxWidthMm);
        QCOMPARE(s.symbol.strokeWidthMm, 0.0);

        // Settings built in code are not clamped: the engine still draws, at its largest size,
        // which does not fit this map, so the label is skipped rather than drawn at a wrong size.
        LabelSettings huge = s.labels;
        huge.fontSizePt = 2e11;
        QImage image(200, 100, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        LabelingEngine engine(96 / 25.4);
        engine.addCandidate(QStringLiteral("Kalimanah"), QPointF(100, 50), huge, 0);
        engine.addCandidate(QStringLiteral("Bojongsari"), QPointF(100, 50), s.labels, 0);
        QCOMPARE(engine.draw(painter, QRectF(image.rect())), 0);
        LabelingEngine ordinary(96 / 25.4);
        ordinary.addCandidate(QStringLiteral("Kalimanah"), QPointF(100, 50), LabelSettings(), 0);
        QCOMPARE(ordinary.draw(painter, QRectF(image.rect())), 1);
    }
};

QTEST_MAIN(TestClassification)
#include "tst_classification.moc"
