#pragma once

#include <QCoreApplication>
#include <QString>

namespace pilar {

class Project;
class VectorLayer;

/// The Purbalingga demo project embedded in the program: the real regency, kecamatan
/// and desa boundaries (MIT / ODbL notices under :/pilar/licenses), styled and labelled.
class DemoProject
{
    Q_DECLARE_TR_FUNCTIONS(pilar::DemoProject)

public:
    /// Raised when the demo's content changes; an installed older demo is then rewritten.
    static constexpr int kDemoVersion = 4;

    /// Writes the demo project to `path` (replacing it). False with a message otherwise.
    /// Without `samplePlan` it is the start of a real project: the boundaries, the default
    /// pillars and stages, and an empty master plan (`pilar-cli new`).
    static bool create(const QString &path, QString *error, bool samplePlan = true);
    /// Where the GUI keeps its copy: <AppDataLocation>/demo/purbalingga-demo.gpkg.
    static QString defaultPath();
    /// defaultPath(), created first if missing.
    static QString ensureInstalled(QString *error);

private:
    static bool addSamplePlan(Project &project, const QString &path, const VectorLayer &kecamatan, const VectorLayer &desa,
                              QString *error);
};

}
