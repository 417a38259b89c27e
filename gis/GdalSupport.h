#pragma once

#include <QString>

namespace pilar::gdal {

/// Registers GDAL's drivers once and routes GDAL's messages away from stderr,
/// so each caller turns them into its own translated message. Thread-safe.
void ensureInitialized();

/// The last GDAL error of the calling thread, trimmed; empty when there was none.
QString lastErrorMessage();

/// Clears the calling thread's GDAL error state before an operation whose message we want.
void resetError();

/// Versions of the libraries in use, for --version and the About box.
QString gdalVersion();
QString projVersion();

}
