#include "Classification.h"

#include "ColorRamp.h"

#include <QCollator>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pilar {

namespace {

// Jenks natural breaks by the Fisher–Jenks dynamic programme: minimise the sum of
// squared deviations within classes. O(k n^2); values are sampled to keep n <= 2000.
std::vector<double> jenks(const std::vector<double> &sorted, int k)
{
    std::vector<double> v;
    const std::size_t maxN = 2000;
    if (sorted.size() > maxN) {
        for (std::size_t i = 0; i < maxN; ++i) v.push_back(sorted[i * (sorted.size() - 1) / (maxN - 1)]);
    } else {
        v = sorted;
    }
    const int n = int(v.size());
    k = std::min(k, n);
    std::vector<std::vector<int>> lower(n + 1, std::vector<int>(k + 1, 0));
    std::vector<std::vector<double>> cost(n + 1, std::vector<double>(k + 1, std::numeric_limits<double>::infinity()));
    for (int j = 1; j <= k; ++j) { lower[1][j] = 1; cost[1][j] = 0; }
    for (int l = 2; l <= n; ++l) {
        double s1 = 0, s2 = 0, w = 0;
        for (int m = 1; m <= l; ++m) {
            const int i3 = l - m + 1;
            const double val = v[i3 - 1];
            s2 += val * val; s1 += val; w += 1;
            const double var = s2 - (s1 * s1) / w;
            const int i4 = i3 - 1;
            if (i4 != 0) {
                for (int j = 2; j <= k; ++j) {
                    if (cost[l][j] >= var + cost[i4][j - 1]) {
                        lower[l][j] = i3;
                        cost[l][j] = var + cost[i4][j - 1];
                    }
                }
            }
        }
        lower[l][1] = 1;
        cost[l][1] = s2 - (s1 * s1) / w;
    }
    std::vector<double> result(k + 1);
    result[k] = v.back();
    result[0] = v.front();
    int idx = n;
    for (int j = k; j >= 2; --j) {
        const int id = lower[idx][j] - 2;
        result[j - 1] = v[std::max(id, 0)];
        idx = lower[idx][j] - 1;
    }
    return result;
}

QString formatNumber(double v)
{
    return QLocale().toString(v, 'g', 6);
}

}

std::vector<double> Classification::breaks(std::vector<double> values, ClassificationMethod method, int classCount)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double d) { return !std::isfinite(d); }), values.end());
    if (values.empty() || classCount < 1)
        return {};
    std::sort(values.begin(), values.end());
    const double lo = values.front(), hi = values.back();
    std::vector<double> out;
    switch (method) {
    case ClassificationMethod::EqualInterval:
        for (int i = 0; i <= classCount; ++i) out.push_back(lo + (hi - lo) * i / classCount);
        break;
    case ClassificationMethod::Quantile:
        for (int i = 0; i <= classCount; ++i) {
            const double pos = double(i) * (values.size() - 1) / classCount;
            const auto a = std::size_t(std::floor(pos));
            const auto b = std::min(values.size() - 1, a + 1);
            out.push_back(values[a] + (values[b] - values[a]) * (pos - a));
        }
        break;
    case ClassificationMethod::NaturalBreaks:
        out = jenks(values, classCount);
        break;
    }
    out.front() = lo;
    out.back() = hi;
    out.erase(std::unique(out.begin(), out.end()), out.end());
    if (out.size() == 1) out.push_back(out.front());
    return out;
}

QVector<StyleCategory> Classification::categorize(const VectorData &data, const QString &field, const Symbol &base)
{
    QVector<StyleCategory> out;
    const int fi = data.fieldIndex(field);
    if (fi < 0)
        return out;
    QSet<QString> seen;
    QStringList values;
    bool hasNull = false;
    const bool numeric = data.fields[fi].isNumeric();
    for (std::size_t f = 0; f < data.featureCount(); ++f) {
        const QVariant &v = data.attribute(f, fi);
        if (v.isNull()) { hasNull = true; continue; }
        const QString s = v.toString();
        if (!seen.contains(s)) { seen.insert(s); values << s; }
    }
    if (numeric) {
        std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) { return a.toDouble() < b.toDouble(); });
    } else {
        QCollator collator;
        collator.setNumericMode(true);
        std::sort(values.begin(), values.end(), collator);
    }
    const auto colors = ColorRamp::qualitative(values.size() + (hasNull ? 1 : 0));
    for (int i = 0; i < values.size(); ++i) {
        Symbol s = base;
        s.fillColor = colors[i];
        out.push_back({values[i], values[i], s, true});
    }
    if (hasNull) {
        Symbol s = base;
        s.fillColor = QColor(200, 200, 200);
        out.push_back({QString(), QStringLiteral("NULL"), s, true});
    }
    return out;
}

QVector<StyleRange> Classification::graduate(const VectorData &data, const QString &field, ClassificationMethod method,
                                             int classCount, const QString &rampName, const Symbol &base)
{
    QVector<StyleRange> out;
    const int fi = data.fieldIndex(field);
    if (fi < 0)
        return out;
    std::vector<double> values;
    values.reserve(data.featureCount());
    for (std::size_t f = 0; f < data.featureCount(); ++f) {
        bool ok = false;
        const double d = data.attribute(f, fi).toDouble(&ok);
        if (ok && !data.attribute(f, fi).isNull()) values.push_back(d);
    }
    const auto b = breaks(std::move(values), method, classCount);
    if (b.size() < 2)
        return out;
    const int n = int(b.size()) - 1;
    for (int i = 0; i < n; ++i) {
        Symbol s = base;
        s.fillColor = ColorRamp::color(rampName, n == 1 ? 0.5 : double(i) / (n - 1));
        out.push_back({b[i], b[i + 1], formatNumber(b[i]) + QStringLiteral(" – ") + formatNumber(b[i + 1]), s});
    }
    return out;
}

}
