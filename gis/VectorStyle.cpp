#include "VectorStyle.h"

#include <QJsonArray>

namespace pilar {

QJsonObject VectorStyle::toJson() const
{
    QJsonArray cats;
    for (const auto &c : categories)
        cats.append(QJsonObject{{QStringLiteral("value"), c.value}, {QStringLiteral("label"), c.label},
                                {QStringLiteral("symbol"), c.symbol.toJson()}, {QStringLiteral("visible"), c.visible}});
    QJsonArray rs;
    for (const auto &r : ranges)
        rs.append(QJsonObject{{QStringLiteral("lower"), r.lower}, {QStringLiteral("upper"), r.upper},
                              {QStringLiteral("label"), r.label}, {QStringLiteral("symbol"), r.symbol.toJson()}});
    static const char *kinds[] = {"single", "categorized", "graduated"};
    static const char *methods[] = {"equal", "quantile", "jenks"};
    return {{QStringLiteral("kind"), QLatin1String(kinds[int(kind)])},
            {QStringLiteral("symbol"), symbol.toJson()},
            {QStringLiteral("field"), field},
            {QStringLiteral("categories"), cats},
            {QStringLiteral("ranges"), rs},
            {QStringLiteral("method"), QLatin1String(methods[int(method)])},
            {QStringLiteral("classes"), classCount},
            {QStringLiteral("labels"), labels.toJson()}};
}

VectorStyle VectorStyle::fromJson(const QJsonObject &json)
{
    VectorStyle s;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    s.kind = kind == QLatin1String("categorized") ? StyleKind::Categorized
           : kind == QLatin1String("graduated")   ? StyleKind::Graduated
                                                  : StyleKind::SingleSymbol;
    s.symbol = Symbol::fromJson(json.value(QStringLiteral("symbol")).toObject());
    s.field = json.value(QStringLiteral("field")).toString();
    for (const auto &v : json.value(QStringLiteral("categories")).toArray()) {
        const QJsonObject o = v.toObject();
        s.categories.push_back({o.value(QStringLiteral("value")).toString(), o.value(QStringLiteral("label")).toString(),
                                Symbol::fromJson(o.value(QStringLiteral("symbol")).toObject()),
                                o.value(QStringLiteral("visible")).toBool(true)});
    }
    for (const auto &v : json.value(QStringLiteral("ranges")).toArray()) {
        const QJsonObject o = v.toObject();
        s.ranges.push_back({o.value(QStringLiteral("lower")).toDouble(), o.value(QStringLiteral("upper")).toDouble(),
                            o.value(QStringLiteral("label")).toString(),
                            Symbol::fromJson(o.value(QStringLiteral("symbol")).toObject())});
    }
    const QString method = json.value(QStringLiteral("method")).toString();
    s.method = method == QLatin1String("quantile") ? ClassificationMethod::Quantile
             : method == QLatin1String("jenks")    ? ClassificationMethod::NaturalBreaks
                                                   : ClassificationMethod::EqualInterval;
    s.classCount = json.value(QStringLiteral("classes")).toInt(5);
    s.labels = LabelSettings::fromJson(json.value(QStringLiteral("labels")).toObject());
    return s;
}

}
