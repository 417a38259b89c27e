#pragma once

#include <QCoreApplication>
#include <QString>

namespace pilar {

/// The Purbalingga demo project embedded in the program: the real regency, kecamatan
/// and desa boundaries (MIT / ODbL notices under :/pilar/licenses), styled and labelled.
class DemoProject
{
    Q_DECLARE_TR_FUNCTIONS(pilar::DemoProject)

public:
    /// Writes the demo project to `path` (replacing it). False with a message otherwise.
    static bool create(const QString &path, QString *error);
    /// Where the GUI keeps its copy: <AppDataLocation>/demo/purbalingga-demo.gpkg.
    static QString defaultPath();
    /// defaultPath(), created first if missing.
    static QString ensureInstalled(QString *error);
};

}
