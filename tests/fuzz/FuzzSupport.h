#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace pilar::fuzz {

/// Starts Qt (offscreen) and GDAL once, quietly, and gives each target a scratch folder.
void start(int *argc, char ***argv);
QString scratchPath(const QString &name);
/// Writes the fuzzer's bytes to a file in the scratch folder (the code under test reads files).
QString writeInput(const QString &name, const uint8_t *data, size_t size);
QByteArray bytes(const uint8_t *data, size_t size);

}
