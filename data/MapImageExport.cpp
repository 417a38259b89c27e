#include "MapImageExport.h"

#include "CoordinateTransform.h"
#include "CrsGuess.h"
#include "Feedback.h"
#include "LayerLoader.h"
#include "MapDecorations.h"
#include "MapRenderer.h"
#include "PngWriter.h"
#include "Project.h"
#include "ProjectFile.h"

#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>

namespace pilar {

MapImageExport::Result MapImageExport::run(const Options &options, Feedback *feedback)
{
    Result result;
    const QString inputName = QDir::toNativeSeparators(options.input);
    if (options.size.width() < 1 || options.size.height() < 1 || options.size.width() > 30000 || options.size.height() > 30000) {
        result.error = tr("The image size must be between 1x1 and 30000x30000 pixels.");
        return result;
    }

    std::unique_ptr<Project> project;
    if (ProjectFile::isProjectFile(options.input)) {
        ProjectFile::LoadResult loaded = ProjectFile::load(options.input, feedback);
        if (!loaded.project) {
            result.error = loaded.canceled ? tr("Canceled.") : loaded.error;
            return result;
        }
        result.warnings << loaded.warnings;
        project = std::move(loaded.project);
    } else {
        LayerLoader::Options loadOptions;
        loadOptions.assignCrs = options.sourceCrs;
        loadOptions.fields = QStringList();   // drawn with the default single symbol: no field is used
        LayerLoader::Result loaded = LayerLoader::load(options.input, loadOptions, feedback);
        if (!loaded.ok()) {
            result.error = loaded.canceled ? tr("Canceled.") : loaded.errors.join(QLatin1Char('\n'));
            return result;
        }
        result.warnings << loaded.warnings;
        project = std::make_unique<Project>();
        for (const auto &layer : loaded.layers) {
            if (layer->crsMissing()) {
                const Crs guess = CrsGuess::best(layer->extent());
                result.error = guess.isValid()
                    ? tr("%1: layer \"%2\" has no coordinate reference system; its coordinates suggest %3. "
                         "Give it with --source-crs (for example --source-crs %4).")
                          .arg(inputName, layer->name(), guess.displayName(), guess.authId())
                    : tr("%1: layer \"%2\" has no coordinate reference system; give it with --source-crs.")
                          .arg(inputName, layer->name());
                return result;
            }
            project->addLayer(layer);
        }
        if (!loaded.layers.empty())
            project->setCrs(loaded.layers.front()->crs());
    }
    if (options.crs.isValid())
        project->setCrs(options.crs);

    MapSettings settings;
    settings.crs = project->crs();
    settings.outputSize = options.size;
    settings.dpi = options.dpi;
    settings.layers = project->layers();
    // The project's saved view (carried into --crs by setCrs), else everything.
    settings.extent = options.extent.isValid()            ? options.extent
                    : project->viewExtent().isValid()     ? project->viewExtent()
                                                          : project->fullExtent().buffered(0.02);
    if (!settings.extent.isValid()) {
        result.error = tr("%1: there is nothing to draw (no layer has a usable extent).").arg(inputName);
        return result;
    }

    MapRenderer::Result renderResult;
    QImage image = MapRenderer::renderImage(settings, feedback, &renderResult);
    result.renderMs = renderResult.elapsedMs;
    result.warnings << renderResult.errors;
    if (renderResult.canceled) {
        result.error = tr("Canceled.");
        return result;
    }
    if (options.decorations) {
        QPainter painter(&image);
        MapDecorations::drawDefault(painter, settings);
    }

    const QString outName = QDir::toNativeSeparators(options.output);
    QByteArray format = QFileInfo(options.output).suffix().toLower().toLatin1();
    if (format.isEmpty()) format = "png";
    if (!QImageWriter::supportedImageFormats().contains(format)) {
        result.error = tr("%1: unsupported image format \"%2\" (use .png, .jpg or .tif).").arg(outName, QString::fromLatin1(format));
        return result;
    }
    QSaveFile file(options.output);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("%1: cannot write the file (%2).").arg(outName, file.errorString());
        return result;
    }
    QString why;
    bool written = false;
    if (format == "png") {
        written = PngWriter::write(image, file, &why);
    } else {
        QImageWriter writer(&file, format);
        if (format == "jpg" || format == "jpeg")
            image = image.convertToFormat(QImage::Format_RGB32);
        written = writer.write(image);
        why = writer.errorString();
    }
    if (written && !file.commit()) {
        written = false;
        why = file.errorString();
    }
    if (!written) {
        result.error = tr("%1: cannot write the image (%2).").arg(outName, why);
        return result;
    }
    result.ok = true;
    return result;
}

}
