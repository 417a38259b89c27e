#pragma once

#include <QString>

namespace pilar {

/// Where an attachment stored in a project (a scanned report, an inspection photo) is written
/// when a planner opens it. Its name and its row's id came from whoever wrote the project or
/// the field package, so neither may lead out of the folder: path parts, "..", separators of
/// either system and control characters are dropped, and an empty result gets a plain name.
class AttachmentPath
{
public:
    /// `folder`/`rowId`/`fileName`, each part made safe; always inside `folder`.
    static QString inFolder(const QString &folder, const QString &rowId, const QString &fileName);
    /// One path component made safe (no separators, not "." or "..", not empty).
    static QString safeComponent(const QString &text, const QString &fallback);
};

}
