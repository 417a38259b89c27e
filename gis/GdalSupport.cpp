#include "GdalSupport.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <proj.h>

#include <mutex>

namespace pilar::gdal {

void ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Quiet handler: errors stay retrievable via CPLGetLastErrorMsg but are not printed.
        CPLSetErrorHandler(CPLQuietErrorHandler);
        // Shapefiles from local offices often come in legacy code pages: let GDAL recode to UTF-8.
        CPLSetConfigOption("SHAPE_ENCODING", nullptr);
        CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0");
        GDALAllRegister();
    });
}

QString lastErrorMessage()
{
    return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
}

void resetError()
{
    CPLErrorReset();
}

QString gdalVersion()
{
    return QString::fromLatin1(GDALVersionInfo("RELEASE_NAME"));
}

QString projVersion()
{
    const PJ_INFO info = proj_info();
    return QString::fromLatin1(info.release);
}

}
