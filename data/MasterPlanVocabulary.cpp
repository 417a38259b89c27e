#include "MasterPlanVocabulary.h"

namespace pilar {

QStringList MasterPlanVocabulary::assetTypes()
{
    return {QStringLiteral("cctv"), QStringLiteral("wifi"), QStringLiteral("fibre"), QStringLiteral("tower"),
            QStringLiteral("server_room"), QStringLiteral("kiosk"), QStringLiteral("street_light"), QStringLiteral("sensor"),
            QStringLiteral("application")};
}

QStringList MasterPlanVocabulary::conditions()
{
    return {QStringLiteral("baik"), QStringLiteral("rusak_ringan"), QStringLiteral("rusak_berat")};
}

QStringList MasterPlanVocabulary::horizons()
{
    return {QStringLiteral("quick_win"), QStringLiteral("short"), QStringLiteral("medium"), QStringLiteral("long")};
}

QStringList MasterPlanVocabulary::statuses()
{
    return {QStringLiteral("diperkuat"), QStringLiteral("ditambahkan")};
}

QStringList MasterPlanVocabulary::fundingSources()
{
    return {QStringLiteral("apbd_kab"), QStringLiteral("apbd_prov"), QStringLiteral("apbn"), QStringLiteral("csr")};
}

QString MasterPlanVocabulary::label(const QString &code)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("cctv"), QT_TR_NOOP("CCTV")},
        {QStringLiteral("wifi"), QT_TR_NOOP("Public WiFi hotspot")},
        {QStringLiteral("fibre"), QT_TR_NOOP("Fibre-optic route")},
        {QStringLiteral("tower"), QT_TR_NOOP("Tower / BTS")},
        {QStringLiteral("server_room"), QT_TR_NOOP("Server room")},
        {QStringLiteral("kiosk"), QT_TR_NOOP("Public-service kiosk")},
        {QStringLiteral("street_light"), QT_TR_NOOP("Smart street light")},
        {QStringLiteral("sensor"), QT_TR_NOOP("Sensor")},
        {QStringLiteral("application"), QT_TR_NOOP("Application")},
        {QStringLiteral("baik"), QT_TR_NOOP("Good")},
        {QStringLiteral("rusak_ringan"), QT_TR_NOOP("Lightly damaged")},
        {QStringLiteral("rusak_berat"), QT_TR_NOOP("Heavily damaged")},
        {QStringLiteral("quick_win"), QT_TR_NOOP("Quick win (1 year)")},
        {QStringLiteral("short"), QT_TR_NOOP("Short term")},
        {QStringLiteral("medium"), QT_TR_NOOP("Medium term (5 years)")},
        {QStringLiteral("long"), QT_TR_NOOP("Long term (10 years)")},
        {QStringLiteral("diperkuat"), QT_TR_NOOP("Strengthens what exists")},
        {QStringLiteral("ditambahkan"), QT_TR_NOOP("Adds what is missing")},
        {QStringLiteral("apbd_kab"), QT_TR_NOOP("APBD Kabupaten")},
        {QStringLiteral("apbd_prov"), QT_TR_NOOP("APBD Provinsi")},
        {QStringLiteral("apbn"), QT_TR_NOOP("APBN")},
        {QStringLiteral("csr"), QT_TR_NOOP("Partner / CSR")},
    };
    const auto it = labels.constFind(code);
    return it == labels.constEnd() ? code : tr(*it);
}

}
