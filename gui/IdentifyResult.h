#pragma once

#include <QString>
#include <QVariantList>
#include <QStringList>

namespace pilar {

/// One feature found under the cursor by the identify tool.
struct IdentifyResult
{
    QString layerId;
    QString layerName;
    uint32_t featureIndex = 0;
    qint64 fid = 0;
    QStringList fieldNames;
    QVariantList values;
};

}
