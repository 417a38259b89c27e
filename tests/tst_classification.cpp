// Classification of graduated and categorized styles, and the style's JSON round trip.
#include "Classification.h"
#include "VectorStyle.h"

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
};

QTEST_GUILESS_MAIN(TestClassification)
#include "tst_classification.moc"
