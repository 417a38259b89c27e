#include "ReportWriter.h"

#include "Feedback.h"
#include "ReportPainter.h"

#include <QBuffer>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <memory>

namespace pilar {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Author (the office) and keywords travel in the document's XMP metadata, which PDF readers
// and archives show and search.
QByteArray xmp(const QString &title, const ReportSettings &settings)
{
    const QString author = settings.office.isEmpty() ? settings.government : settings.office + QStringLiteral(", ") + settings.government;
    const QString keywords = QStringLiteral("Smart City; Purbalingga; Pilar; %1").arg(title);
    return QStringLiteral(
               "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
               "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
               "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
               "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
               "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
               "<pdf:Keywords>%3</pdf:Keywords>\n<pdf:Producer>Pilar</pdf:Producer>\n<xmp:CreatorTool>Pilar</xmp:CreatorTool>\n"
               "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>")
        .arg(escaped(title), escaped(author), escaped(keywords))
        .toUtf8();
}
}

ReportWriter::Result ReportWriter::write(const QString &output, const ReportSettings &settings, const QString &title,
                                         const std::function<void(ReportPainter &)> &layout, Feedback *feedback, QPagedPaintDevice *device)
{
    Result result;
    const QString outputName = QDir::toNativeSeparators(output);
    auto makeWriter = [&](QIODevice *device) {
        auto writer = std::make_unique<QPdfWriter>(device);
        writer->setResolution(300);
        writer->setPageSize(settings.pageSize());
        writer->setPageOrientation(settings.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        writer->setPageMargins(settings.marginsMm, QPageLayout::Millimeter);
        writer->setTitle(title);
        writer->setCreator(QStringLiteral("Pilar"));
        writer->setDocumentXmpMetadata(xmp(title, settings));
        return writer;
    };
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    auto measure = makeWriter(&scratch);
    ReportPainter counting(measure.get(), nullptr, settings, title, 0);
    layout(counting);
    const int pages = counting.finish();
    if (pages == 0) {
        result.error = tr("%1: nothing to report (the selection is empty).").arg(outputName);
        return result;
    }

    if (device) {
        // A printer: the same two passes, the pages to the device.
        QPainter painter;
        if (!painter.begin(device)) {
            result.error = tr("The printer cannot be used.");
            return result;
        }
        ReportPainter drawing(device, &painter, settings, title, pages);
        layout(drawing);
        result.pages = drawing.finish();
        painter.end();
        result.canceled = Feedback::canceled(feedback);
        result.ok = !result.canceled;
        return result;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("%1: cannot write the report (%2).").arg(outputName, file.errorString());
        return result;
    }
    auto writer = makeWriter(&file);
    QPainter painter;
    if (!painter.begin(writer.get())) {
        result.error = tr("%1: cannot write the report.").arg(outputName);
        file.cancelWriting();
        return result;
    }
    ReportPainter drawing(writer.get(), &painter, settings, title, pages);
    layout(drawing);
    result.pages = drawing.finish();
    painter.end();
    if (Feedback::canceled(feedback)) {
        file.cancelWriting(); // nothing half-written is left behind
        result.canceled = true;
        result.error = tr("Canceled.");
        return result;
    }
    if (!file.commit()) {
        result.error = tr("%1: cannot write the report (%2).").arg(outputName, file.errorString());
        return result;
    }
    Feedback::progress(feedback, 100, tr("Done"));
    result.ok = true;
    return result;
}

}
