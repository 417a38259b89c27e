#include "MasterPlanImport.h"

#include "CoordinateTransform.h"
#include "DatasetOpener.h"
#include "Feedback.h"
#include "MasterPlanStore.h"
#include "MasterPlanVocabulary.h"
#include "RealisationImport.h"

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUuid>

#include <functional>

namespace pilar {

namespace {

QString normalised(const QString &s)
{
    return MasterPlanImport::normalised(s);
}

// The text of the source column mapped to a field in one row; empty when not mapped or null.
// Target field → the source column's index, looked up once per file rather than per cell.
QHash<QString, int> columnIndexes(const OGRFeatureDefn &defn, const QHash<QString, QString> &mapping)
{
    QHash<QString, int> out;
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        out.insert(it.key(), defn.GetFieldIndex(it.value().toUtf8().constData()));
    return out;
}

QString mappedValue(const OGRFeature &feature, const QHash<QString, int> &columns, const QString &field)
{
    const int i = columns.value(field, -1);
    return i >= 0 && feature.IsFieldSetAndNotNull(i) ? QString::fromUtf8(feature.GetFieldAsString(i)).trimmed() : QString();
}

bool isBlank(const OGRFeature &feature)
{
    if (feature.GetGeometryRef()) return false;
    for (int i = 0; i < feature.GetFieldCount(); ++i)
        if (feature.IsFieldSetAndNotNull(i) && !QByteArray(feature.GetFieldAsString(i)).trimmed().isEmpty()) return false;
    return true;
}

// Source column names that mean a field, in Indonesian and English.
QHash<QString, QStringList> synonyms(MasterPlanImport::What what)
{
    if (what == MasterPlanImport::What::Realisations) return RealisationImport::synonyms();
    QHash<QString, QStringList> s = {
        {QStringLiteral("code"), {QStringLiteral("code"), QStringLiteral("kode"), QStringLiteral("id"), QStringLiteral("kodeaset"), QStringLiteral("kodeprogram")}},
        {QStringLiteral("name"), {QStringLiteral("name"), QStringLiteral("nama"), QStringLiteral("namaaset"), QStringLiteral("namaprogram")}},
        {QStringLiteral("opd"), {QStringLiteral("opd"), QStringLiteral("pemilik"), QStringLiteral("owner"), QStringLiteral("penanggungjawab"), QStringLiteral("opdpemilik")}},
        {QStringLiteral("kecamatan_code"), {QStringLiteral("kecamatancode"), QStringLiteral("kodekecamatan"), QStringLiteral("kecamatan")}},
        {QStringLiteral("desa_code"), {QStringLiteral("desacode"), QStringLiteral("kodedesa"), QStringLiteral("desa"), QStringLiteral("kelurahan")}},
    };
    if (what == MasterPlanImport::What::Assets) {
        s.insert(QStringLiteral("type"), {QStringLiteral("type"), QStringLiteral("jenis"), QStringLiteral("tipe"), QStringLiteral("jenisaset")});
        s.insert(QStringLiteral("install_date"), {QStringLiteral("installdate"), QStringLiteral("tanggalpasang"), QStringLiteral("tglpasang"), QStringLiteral("tanggalpemasangan")});
        s.insert(QStringLiteral("condition"), {QStringLiteral("condition"), QStringLiteral("kondisi")});
        s.insert(QStringLiteral("programme"), {QStringLiteral("programme"), QStringLiteral("program"), QStringLiteral("kodeprogram")});
        s.insert(QStringLiteral("notes"), {QStringLiteral("notes"), QStringLiteral("catatan"), QStringLiteral("keterangan")});
        s[QStringLiteral("code")].removeAll(QStringLiteral("kodeprogram"));
    } else {
        s.insert(QStringLiteral("pillar"), {QStringLiteral("pillar"), QStringLiteral("pilar"), QStringLiteral("dimensi")});
        s.insert(QStringLiteral("sub_element"), {QStringLiteral("subelement"), QStringLiteral("subelemen")});
        s.insert(QStringLiteral("stage"), {QStringLiteral("stage"), QStringLiteral("tahapan"), QStringLiteral("tahap")});
        s.insert(QStringLiteral("horizon"), {QStringLiteral("horizon"), QStringLiteral("jangka")});
        s.insert(QStringLiteral("status"), {QStringLiteral("status"), QStringLiteral("sifat")});
        s.insert(QStringLiteral("partners"), {QStringLiteral("partners"), QStringLiteral("mitra")});
        s.insert(QStringLiteral("funding"), {QStringLiteral("funding"), QStringLiteral("sumberdana"), QStringLiteral("sumberanggaran")});
        s.insert(QStringLiteral("budget"), {QStringLiteral("budget"), QStringLiteral("anggaran"), QStringLiteral("pagu"), QStringLiteral("nilai")});
        s.insert(QStringLiteral("start_year"), {QStringLiteral("startyear"), QStringLiteral("tahunmulai"), QStringLiteral("mulai")});
        s.insert(QStringLiteral("end_year"), {QStringLiteral("endyear"), QStringLiteral("tahunselesai"), QStringLiteral("selesai")});
        s.insert(QStringLiteral("kecamatan_codes"), s.take(QStringLiteral("kecamatan_code")));
        s.insert(QStringLiteral("desa_codes"), s.take(QStringLiteral("desa_code")));
        s.insert(QStringLiteral("description"), {QStringLiteral("description"), QStringLiteral("deskripsi"), QStringLiteral("uraian"), QStringLiteral("keterangan")});
        s[QStringLiteral("code")].removeAll(QStringLiteral("kodeaset"));
        s[QStringLiteral("name")].removeAll(QStringLiteral("namaaset"));
    }
    return s;
}

// Finds a code list entry by its code or by its label in either language.
QString codeFor(const QString &value, const QStringList &codes)
{
    const QString n = normalised(value);
    if (n.isEmpty()) return QString();
    for (const QString &code : codes) {
        if (normalised(code) == n || normalised(MasterPlanVocabulary::label(code)) == n) return code;
        if (normalised(MasterPlanVocabulary::label(code)).startsWith(n) && n.size() >= 4) return code;
    }
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("hotspot"), QStringLiteral("wifi")}, {QStringLiteral("wifipublik"), QStringLiteral("wifi")},
        {QStringLiteral("bts"), QStringLiteral("tower")}, {QStringLiteral("menara"), QStringLiteral("tower")},
        {QStringLiteral("fo"), QStringLiteral("fibre")}, {QStringLiteral("fiberoptik"), QStringLiteral("fibre")},
        {QStringLiteral("fiber"), QStringLiteral("fibre")}, {QStringLiteral("kios"), QStringLiteral("kiosk")},
        {QStringLiteral("anjungan"), QStringLiteral("kiosk")}, {QStringLiteral("pju"), QStringLiteral("street_light")},
        {QStringLiteral("ruangserver"), QStringLiteral("server_room")}, {QStringLiteral("aplikasi"), QStringLiteral("application")},
        {QStringLiteral("rusakringan"), QStringLiteral("rusak_ringan")}, {QStringLiteral("rusakberat"), QStringLiteral("rusak_berat")},
        {QStringLiteral("apbdkabupaten"), QStringLiteral("apbd_kab")}, {QStringLiteral("apbdkab"), QStringLiteral("apbd_kab")},
        {QStringLiteral("apbdprovinsi"), QStringLiteral("apbd_prov")}, {QStringLiteral("apbdprov"), QStringLiteral("apbd_prov")},
        {QStringLiteral("mitra"), QStringLiteral("csr")}, {QStringLiteral("quickwin"), QStringLiteral("quick_win")},
        {QStringLiteral("pendek"), QStringLiteral("short")}, {QStringLiteral("menengah"), QStringLiteral("medium")},
        {QStringLiteral("panjang"), QStringLiteral("long")},
    };
    const QString alias = aliases.value(n);
    return codes.contains(alias) ? alias : QString();
}

// "Rp 1.500.000", "1,500,000", "1500000" → 1500000; false for anything else.
bool parseRupiah(const QString &text, qint64 &out)
{
    QString t = text.trimmed();
    // Compiled once: an import calls this for every row of sheets up to a million rows long.
    static const QRegularExpression currency(QStringLiteral("^(rp\\.?|idr)\\s*"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cents(QStringLiteral("[\\s.,]00$"));
    static const QRegularExpression grouping(QStringLiteral("[\\s.,']"));
    t.remove(currency);
    if (t.isEmpty()) { out = 0; return true; }
    t.remove(cents);
    t.remove(grouping);
    bool ok = false;
    out = t.toLongLong(&ok);
    return ok;
}

// GDAL reads CSV as UTF-8: a file in Windows-1252 (Excel on Indonesian Windows) is
// re-encoded into memory first, so names like "Kantor Dinas – Pusat" survive.
QString utf8Source(const QString &path, QString *memPath)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0) return path;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return path;
    const QByteArray bytes = f.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8(bytes);
    if (!utf8.hasError()) return path;
    // Windows-1252 through Qt's ICU codecs; Latin-1 (the same for letters) where ICU is absent.
    QStringDecoder cp1252("windows-1252");
    const QByteArray converted = cp1252.isValid() ? QString(cp1252(bytes)).toUtf8() : QString::fromLatin1(bytes).toUtf8();
    *memPath = QStringLiteral("/vsimem/pilar-import-%1.csv").arg(QUuid::createUuid().toString(QUuid::Id128));
    VSILFILE *mem = VSIFOpenL(memPath->toUtf8().constData(), "wb");
    VSIFWriteL(converted.constData(), 1, converted.size(), mem);
    VSIFCloseL(mem);
    return *memPath;
}

}

QString MasterPlanImport::normalised(const QString &s)
{
    // By hand, not a regular expression: called several times for every row of a sheet.
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u <= u' ' || u == u'_' || u == u'-' || u == u'.' || u == u'/') continue;
        if (u < 128) { out += QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u); continue; }   // most text: no table lookup
        if (c.isSpace()) continue;
        out += c.toLower();
    }
    return out;
}

QString MasterPlanImport::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("code"), QT_TR_NOOP("Code")}, {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("pillar"), QT_TR_NOOP("Pillar")}, {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")}, {QStringLiteral("sub_element"), QT_TR_NOOP("Sub-element")},
        {QStringLiteral("horizon"), QT_TR_NOOP("Horizon")}, {QStringLiteral("opd"), QT_TR_NOOP("OPD")},
        {QStringLiteral("partners"), QT_TR_NOOP("Partners")}, {QStringLiteral("funding"), QT_TR_NOOP("Funding source")},
        {QStringLiteral("budget"), QT_TR_NOOP("Budget (Rp)")}, {QStringLiteral("start_year"), QT_TR_NOOP("Start year")},
        {QStringLiteral("end_year"), QT_TR_NOOP("End year")}, {QStringLiteral("kecamatan_codes"), QT_TR_NOOP("Kecamatan codes")},
        {QStringLiteral("desa_codes"), QT_TR_NOOP("Desa codes")}, {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("type"), QT_TR_NOOP("Asset type")}, {QStringLiteral("install_date"), QT_TR_NOOP("Installation date")},
        {QStringLiteral("condition"), QT_TR_NOOP("Condition")}, {QStringLiteral("programme"), QT_TR_NOOP("Programme")},
        {QStringLiteral("kecamatan_code"), QT_TR_NOOP("Kecamatan code")}, {QStringLiteral("desa_code"), QT_TR_NOOP("Desa code")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")}, {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("indicator"), QT_TR_NOOP("Indicator")}, {QStringLiteral("year"), QT_TR_NOOP("Year")},
        {QStringLiteral("quarter"), QT_TR_NOOP("Quarter")}, {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")}, {QStringLiteral("kecamatan"), QT_TR_NOOP("Kecamatan")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

QStringList MasterPlanImport::targetFields(What what)
{
    if (what == What::Realisations) return RealisationImport::targetFields();
    if (what == What::Assets)
        return {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("opd"), QStringLiteral("install_date"),
                QStringLiteral("condition"), QStringLiteral("programme"), QStringLiteral("kecamatan_code"), QStringLiteral("desa_code"),
                QStringLiteral("notes")};
    return {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("pillar"), QStringLiteral("stage"), QStringLiteral("status"),
            QStringLiteral("sub_element"), QStringLiteral("horizon"), QStringLiteral("opd"), QStringLiteral("partners"),
            QStringLiteral("funding"), QStringLiteral("budget"), QStringLiteral("start_year"), QStringLiteral("end_year"),
            QStringLiteral("kecamatan_codes"), QStringLiteral("desa_codes"), QStringLiteral("description")};
}

QStringList MasterPlanImport::requiredFields(What what)
{
    if (what == What::Realisations) return RealisationImport::requiredFields();
    if (what == What::Assets) return {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("type")};
    return {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("pillar"), QStringLiteral("stage"), QStringLiteral("status")};
}

QHash<QString, QString> MasterPlanImport::guessMapping(const QStringList &sourceColumns, What what)
{
    QHash<QString, QString> mapping;
    const auto syn = synonyms(what);
    for (const QString &field : targetFields(what))
        for (const QString &column : sourceColumns)
            if (!mapping.contains(field) && (syn.value(field).contains(normalised(column)) || normalised(column) == normalised(field)))
                mapping.insert(field, column);
    return mapping;
}

QHash<QString, QString> MasterPlanImport::mappingFromJson(const QJsonObject &json)
{
    QHash<QString, QString> m;
    for (auto it = json.begin(); it != json.end(); ++it) m.insert(it.key(), it.value().toString());
    return m;
}

QJsonObject MasterPlanImport::mappingToJson(const QHash<QString, QString> &mapping)
{
    QJsonObject o;
    for (auto it = mapping.begin(); it != mapping.end(); ++it) o.insert(it.key(), it.value());
    return o;
}

QJsonObject MasterPlanImport::Result::toJson() const
{
    QJsonArray rows;
    for (const RowProblem &p : rejected)
        rows.append(QJsonObject{{QStringLiteral("row"), p.row}, {QStringLiteral("code"), p.code}, {QStringLiteral("message"), p.message}});
    return {{QStringLiteral("ok"), ok}, {QStringLiteral("error"), error}, {QStringLiteral("inserted"), inserted},
            {QStringLiteral("updated"), updated}, {QStringLiteral("unchanged"), unchanged}, {QStringLiteral("rejected"), rows},
            {QStringLiteral("rejected_rows"), rejectedRows}, {QStringLiteral("blank_rows"), blankRows}, {QStringLiteral("mapping"), mappingToJson(mapping)}};
}

void MasterPlanImport::Result::reject(const RowProblem &problem)
{
    ++rejectedRows;
    if (rejected.size() < kReportedRows) rejected.push_back(problem);
}

QString MasterPlanImport::Result::toText() const
{
    if (!error.isEmpty()) return error + QLatin1Char('\n');
    QString out;
    const QString blank = blankRows > 0 ? tr("%n empty row(s) skipped.", nullptr, blankRows) + QLatin1Char('\n') : QString();
    if (rejectedRows == 0)
        return (unchanged ? tr("%1 new, %2 updated, %3 already there.").arg(inserted).arg(updated).arg(unchanged)
                          : tr("%1 new, %2 updated.").arg(inserted).arg(updated)) + QLatin1Char('\n') + blank;
    out = tr("Nothing was imported: %n row(s) cannot be used.", nullptr, rejectedRows) + QLatin1Char('\n');
    for (const RowProblem &p : rejected)
        out += tr("  row %1 (%2): %3").arg(p.row).arg(p.code.isEmpty() ? QStringLiteral("—") : p.code, QString(p.message).replace(QLatin1Char('\n'), QStringLiteral("; "))) + QLatin1Char('\n');
    if (rejectedRows > rejected.size())
        out += tr("  … and %n more row(s) that cannot be used.", nullptr, rejectedRows - int(rejected.size())) + QLatin1Char('\n');
    return out + blank;
}

bool MasterPlanImport::preview(const QString &sourcePath, const QString &layerName, int maxRows, QStringList &columns,
                               QList<QStringList> &rows, QString *error)
{
    QString memPath;
    const QString source = utf8Source(sourcePath, &memPath);
    GDALDatasetUniquePtr ds = DatasetOpener::open(source, error);
    auto cleanup = [&] { if (!memPath.isEmpty()) VSIUnlink(memPath.toUtf8().constData()); };
    if (!ds) {
        if (error && !memPath.isEmpty()) error->replace(memPath, QDir::toNativeSeparators(sourcePath)); // an empty pattern would match everywhere
        cleanup();
        return false;
    }
    OGRLayer *layer = layerName.isEmpty() ? (ds->GetLayerCount() ? ds->GetLayer(0) : nullptr) : ds->GetLayerByName(layerName.toUtf8().constData());
    if (!layer) {
        if (error) *error = tr("%1: there is no table to import (layer \"%2\").").arg(QDir::toNativeSeparators(sourcePath), layerName);
        cleanup();
        return false;
    }
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    columns.clear();
    rows.clear();
    for (int i = 0; i < defn->GetFieldCount(); ++i) columns << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    for (auto &feature : *layer) {
        if (rows.size() >= maxRows) break;
        QStringList row;
        for (int i = 0; i < defn->GetFieldCount(); ++i) row << QString::fromUtf8(feature->GetFieldAsString(i));
        rows << row;
    }
    cleanup();
    return true;
}

MasterPlanImport::Result MasterPlanImport::run(const Options &options, Feedback *feedback)
{
    Result result;
    const QString sourceName = QDir::toNativeSeparators(options.sourcePath);
    QString memPath;
    const QString source = utf8Source(options.sourcePath, &memPath);
    QString error;
    GDALDatasetUniquePtr ds = DatasetOpener::open(source, &error);
    auto cleanup = [&] { if (!memPath.isEmpty()) VSIUnlink(memPath.toUtf8().constData()); };
    if (!ds) {
        result.error = memPath.isEmpty() ? error : error.replace(memPath, sourceName); // an empty pattern would match everywhere
        cleanup();
        return result;
    }
    OGRLayer *layer = options.layerName.isEmpty() ? (ds->GetLayerCount() ? ds->GetLayer(0) : nullptr)
                                                  : ds->GetLayerByName(options.layerName.toUtf8().constData());
    if (!layer) {
        result.error = tr("%1: there is no table to import (layer \"%2\").").arg(sourceName, options.layerName);
        cleanup();
        return result;
    }
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) result.sourceColumns << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    result.mapping = options.mapping.isEmpty() ? guessMapping(result.sourceColumns, options.what) : options.mapping;
    QStringList missing;
    for (const QString &field : requiredFields(options.what))
        if (!result.mapping.contains(field) || !result.sourceColumns.contains(result.mapping.value(field))) missing << fieldLabel(field);
    for (auto it = result.mapping.begin(); it != result.mapping.end(); ++it)
        if (!result.sourceColumns.contains(it.value()))
            missing << QStringLiteral("%1 ← \"%2\"").arg(fieldLabel(it.key()), it.value());
    if (!missing.isEmpty()) {
        result.error = tr("%1: the columns for %2 are missing (the file has: %3).")
                           .arg(sourceName, missing.join(QStringLiteral(", ")), result.sourceColumns.join(QStringLiteral(", ")));
        // GDAL names the columns of a header it could not read "Field2", "Field3"…: usually a
        // title row (merged across the columns) sits above the real header.
        static const QRegularExpression generated(QStringLiteral("^Field\\d+$"));
        if (std::any_of(result.sourceColumns.begin(), result.sourceColumns.end(), [](const QString &c) { return generated.match(c).hasMatch(); }))
            result.error += QLatin1Char(' ') + tr("The first row must hold the column names: remove any title rows above them.");
        cleanup();
        return result;
    }

    const QHash<QString, int> columns = columnIndexes(*defn, result.mapping);
    MasterPlanStore store;
    if (!store.open(options.projectPath, &result.error)) { cleanup(); return result; }
    auto finish = [&] {
        cleanup();
        if (result.rejectedRows > 0 || options.dryRun) {
            store.rollback();
            result.ok = result.rejectedRows == 0;
            if (!result.ok) result.inserted = result.updated = result.unchanged = 0;
            return result;
        }
        if (!store.commit()) {
            result.error = store.connection().lastError();
            return result;
        }
        result.ok = true;
        return result;
    };
    // Every row in order, with progress; false when cancelled (the caller keeps nothing then).
    auto eachRow = [&](const std::function<void(OGRFeatureUniquePtr &, int)> &row) {
        const qint64 total = layer->GetFeatureCount();
        int rowNumber = 0;
        layer->ResetReading();
        for (auto &feature : *layer) {
            ++rowNumber;
            if (Feedback::canceled(feedback)) return false;
            if (total > 0 && rowNumber % 256 == 0) Feedback::progress(feedback, 100.0 * rowNumber / total);
            // Rows with nothing in them (a sheet formatted far below its data) are no mistake.
            if (isBlank(*feature)) { ++result.blankRows; continue; }
            row(feature, rowNumber);
        }
        return true;
    };
    auto canceled = [&] {
        store.rollback();
        result.error = tr("Canceled.");
        cleanup();
        return result;
    };
    if (options.what == What::Realisations) {
        const QString user = options.userName.isEmpty() ? qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")) : options.userName;
        store.setUserName(user);
        store.begin();
        RealisationImport rows(store, QFileInfo(options.sourcePath).fileName(), options.replaceExisting, user);
        const bool complete = eachRow([&](OGRFeatureUniquePtr &feature, int rowNumber) {
            auto value = [&](const QString &field) { return mappedValue(*feature, columns, field); };
            QString label;
            QStringList problems;
            switch (rows.importRow(value, &label, &problems)) {
            case RealisationImport::Outcome::Inserted: ++result.inserted; break;
            case RealisationImport::Outcome::Replaced: ++result.updated; break;
            case RealisationImport::Outcome::Unchanged: ++result.unchanged; break;
            case RealisationImport::Outcome::Rejected: result.reject({rowNumber, label, problems.join(QStringLiteral("; "))}); break;
            }
        });
        return complete ? finish() : canceled();
    }
    auto lookup = [](const auto &list, auto key) {
        QHash<QString, QString> out;
        for (const auto &item : list) {
            const auto [a, b] = key(item);
            out.insert(normalised(a), item.uuid);
            if (!b.isEmpty()) out.insert(normalised(b), item.uuid);
        }
        return out;
    };
    const auto pillars = lookup(store.pillars(), [](const Pillar &p) { return std::pair(p.code, p.nameEn); });
    QHash<QString, QString> pillarsAll = pillars;
    for (const Pillar &p : store.pillars()) pillarsAll.insert(normalised(p.nameId), p.uuid);
    const auto stages = lookup(store.stages(), [](const Stage &s) { return std::pair(s.code, s.nameId); });
    const auto subs = lookup(store.subElements(), [](const SubElement &s) { return std::pair(s.code, s.nameId); });
    const auto opds = lookup(store.opds(), [](const Opd &o) { return std::pair(o.code, o.name); });
    const auto partners = lookup(store.partners(), [](const Partner &p) { return std::pair(p.code, p.name); });
    QHash<QString, QString> programmeByCode, assetByCode;
    for (const Programme &p : store.programmes()) programmeByCode.insert(normalised(p.code), p.uuid);
    for (const Asset &a : store.assets()) assetByCode.insert(normalised(a.code), a.uuid);

    const Crs sourceCrs = Crs::fromOgr(layer->GetSpatialRef());
    CoordinateTransform toLonLat(sourceCrs.isValid() ? sourceCrs : Crs::fromEpsg(4326), Crs::fromEpsg(4326));
    // One transformation for the whole file (made per row, it cost more than the row).
    std::unique_ptr<OGRCoordinateTransformation> toWgs84;
    OGRSpatialReference wgs84, src;
    if (sourceCrs.isValid() && !toLonLat.isIdentity()) {
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        src.SetFromUserInput(sourceCrs.definition().toUtf8().constData());
        src.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        toWgs84.reset(OGRCreateCoordinateTransformation(&src, &wgs84));
    }
    QHash<QString, int> seenCodes; // a code twice in one file is a mistake, not an update
    QHash<QString, QString> vocabularyCache;   // field and value as written → code (empty: not valid)
    // Spreadsheets carry geometry as a WKT column or as longitude/latitude columns, found by name
    // once (in the order of the names) rather than for every row.
    auto columnsNamed = [&](std::initializer_list<const char *> names) {
        QVector<int> out;
        for (const char *n : names)
            for (int i = 0; i < result.sourceColumns.size(); ++i)
                if (normalised(result.sourceColumns[i]) == QLatin1String(n)) out << defn->GetFieldIndex(result.sourceColumns[i].toUtf8().constData());
        return out;
    };
    const QVector<int> wktColumns = columnsNamed({"wkt", "geom", "geometry", "geometri"});
    const QVector<int> lonColumns = columnsNamed({"lon", "long", "longitude", "lng", "bujur", "x"});
    const QVector<int> latColumns = columnsNamed({"lat", "latitude", "lintang", "y"});
    store.begin();
    const bool complete = eachRow([&](OGRFeatureUniquePtr &feature, int rowNumber) {
        auto value = [&](const QString &field) { return mappedValue(*feature, columns, field); };
        QStringList problems;
        QString wkt;
        if (const OGRGeometry *g = feature->GetGeometryRef()) {
            std::unique_ptr<OGRGeometry> copy(g->clone());
            if (!sourceCrs.isValid()) copy->assignSpatialReference(nullptr);
            char *text = nullptr;
            copy->exportToWkt(&text, wkbVariantIso);
            wkt = QString::fromUtf8(text);
            CPLFree(text);
            if (toWgs84) {
                if (copy->transform(toWgs84.get()) == OGRERR_NONE) {
                    copy->exportToWkt(&text, wkbVariantIso);
                    wkt = QString::fromUtf8(text);
                    CPLFree(text);
                }
            }
        }
        if (wkt.isEmpty()) {
            auto column = [&](const QVector<int> &indexes) {
                for (const int i : indexes)
                    if (feature->IsFieldSetAndNotNull(i)) return QString::fromUtf8(feature->GetFieldAsString(i)).trimmed();
                return QString();
            };
            wkt = column(wktColumns);
            const QString lon = column(lonColumns);
            const QString lat = column(latColumns);
            if (wkt.isEmpty() && !lon.isEmpty() && !lat.isEmpty()) {
                bool okX = false, okY = false;
                const double x = QString(lon).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&okX);
                const double y = QString(lat).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&okY);
                if (okX && okY) wkt = QStringLiteral("POINT (%1 %2)").arg(x, 0, 'f', 8).arg(y, 0, 'f', 8);
                else problems << tr("the coordinates \"%1, %2\" are not numbers").arg(lon, lat);
            }
        }
        const QString code = value(QStringLiteral("code"));
        if (!code.isEmpty()) {
            if (seenCodes.contains(normalised(code)))
                problems << tr("the code %1 already appears in row %2 of this file").arg(code).arg(seenCodes.value(normalised(code)));
            else
                seenCodes.insert(normalised(code), rowNumber);
        }
        auto resolve = [&](const QHash<QString, QString> &table, const QString &field, const QString &what) {
            const QString v = value(field);
            if (v.isEmpty()) return QString();
            const QString uuid = table.value(normalised(v));
            if (uuid.isEmpty()) problems << tr("unknown %1 \"%2\"").arg(what, v);
            return uuid;
        };
        auto vocabulary = [&](const QString &field, const QStringList &codes) {
            const QString v = value(field);
            if (v.isEmpty()) return QString();
            // A sheet repeats a handful of labels over all its rows: each is matched once.
            const QString key = field + QLatin1Char('\x1f') + v;
            auto known = vocabularyCache.constFind(key);
            const QString c = known != vocabularyCache.cend() ? *known : codeFor(v, codes);
            if (known == vocabularyCache.cend() && vocabularyCache.size() < 10000) vocabularyCache.insert(key, c);
            if (c.isEmpty()) problems << tr("\"%1\" is not a valid value for %2").arg(v, fieldLabel(field));
            return c;
        };
        QString why;
        if (options.what == What::Assets) {
            Asset a;
            a.uuid = assetByCode.value(normalised(code));
            a.code = code;
            a.name = value(QStringLiteral("name"));
            a.type = vocabulary(QStringLiteral("type"), MasterPlanVocabulary::assetTypes());
            if (a.type.isEmpty() && value(QStringLiteral("type")).isEmpty()) problems << tr("the type is empty");
            a.opdUuid = resolve(opds, QStringLiteral("opd"), tr("OPD"));
            a.condition = vocabulary(QStringLiteral("condition"), MasterPlanVocabulary::conditions());
            a.programmeUuid = resolve(programmeByCode, QStringLiteral("programme"), tr("programme"));
            a.kecamatanCode = value(QStringLiteral("kecamatan_code"));
            a.desaCode = value(QStringLiteral("desa_code"));
            a.notes = value(QStringLiteral("notes"));
            const QString date = value(QStringLiteral("install_date"));
            if (!date.isEmpty()) {
                a.installDate = QDate::fromString(date.left(10), Qt::ISODate);
                if (!a.installDate.isValid()) a.installDate = QDate::fromString(date, QStringLiteral("d/M/yyyy"));
                if (!a.installDate.isValid() && date.size() == 4) a.installDate = QDate(date.toInt(), 1, 1);
                if (!a.installDate.isValid()) problems << tr("\"%1\" is not a date (use 2021-03-15)").arg(date);
            }
            a.geometryWkt = wkt;
            // save() checks the editors' rules itself (one problem per line).
            if (problems.isEmpty() && !store.save(a, &why)) problems << why.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (problems.isEmpty()) (assetByCode.contains(normalised(code)) ? result.updated : result.inserted)++, assetByCode.insert(normalised(code), a.uuid);
        } else {
            Programme p;
            p.uuid = programmeByCode.value(normalised(code));
            p.code = code;
            p.name = value(QStringLiteral("name"));
            p.pillarUuid = resolve(pillarsAll, QStringLiteral("pillar"), tr("pillar"));
            p.stageUuid = resolve(stages, QStringLiteral("stage"), tr("stage"));
            p.subElementUuid = resolve(subs, QStringLiteral("sub_element"), tr("sub-element"));
            p.opdUuid = resolve(opds, QStringLiteral("opd"), tr("OPD"));
            p.status = vocabulary(QStringLiteral("status"), MasterPlanVocabulary::statuses());
            p.horizon = vocabulary(QStringLiteral("horizon"), MasterPlanVocabulary::horizons());
            p.funding = vocabulary(QStringLiteral("funding"), MasterPlanVocabulary::fundingSources());
            static const QRegularExpression listSeparator(QStringLiteral("[;,]\\s*"));
            for (const QString &partner : value(QStringLiteral("partners")).split(listSeparator, Qt::SkipEmptyParts)) {
                const QString uuid = partners.value(normalised(partner));
                if (uuid.isEmpty()) problems << tr("unknown partner \"%1\"").arg(partner.trimmed());
                else p.partnerUuids << uuid;
            }
            if (!parseRupiah(value(QStringLiteral("budget")), p.budget))
                problems << tr("the budget \"%1\" is not a number of Rupiah").arg(value(QStringLiteral("budget")));
            for (const auto &[field, target] : {std::pair(QStringLiteral("start_year"), &p.startYear), std::pair(QStringLiteral("end_year"), &p.endYear)}) {
                const QString v = value(field);
                bool ok = v.isEmpty();
                if (!v.isEmpty()) *target = v.toInt(&ok);
                if (!ok) problems << tr("the year \"%1\" is not a number").arg(v);
            }
            p.kecamatanCodes = value(QStringLiteral("kecamatan_codes")).split(listSeparator, Qt::SkipEmptyParts);
            p.desaCodes = value(QStringLiteral("desa_codes")).split(listSeparator, Qt::SkipEmptyParts);
            p.description = value(QStringLiteral("description"));
            p.geometryWkt = wkt;
            // save() checks the editors' rules itself (one problem per line).
            if (problems.isEmpty() && !store.save(p, &why)) problems << why.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (problems.isEmpty()) (programmeByCode.contains(normalised(code)) ? result.updated : result.inserted)++, programmeByCode.insert(normalised(code), p.uuid);
        }
        if (!problems.isEmpty()) result.reject({rowNumber, code, problems.join(QStringLiteral("; "))});
    });
    if (!complete) return canceled();
    return finish();
}

}
