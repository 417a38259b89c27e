#include "Layer.h"

#include <QUuid>

namespace pilar {

Layer::Layer()
    : m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

}
