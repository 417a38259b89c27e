// A change file (.pilarchanges) as it may arrive on a USB stick: any bytes. Reading it, listing
// its changes and walking both change sets must refuse or succeed, never crash.
#include "FuzzSupport.h"

#include "Changeset.h"
#include "FieldChanges.h"

using namespace pilar;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::writeInput(QStringLiteral("input.pilarchanges"), data, size);
    QString error;
    const auto changes = FieldChanges::read(path, &error);
    if (!changes) return 0;
    changes->pending(&error);
    changes->contentDigest();
    changes->verify(QByteArray(32, 'k'), &error);
    const auto visit = [](const Changeset::Change &c) { return !c.table.isEmpty() || c.oldValues.size() >= 0; };
    Changeset::forEach(changes->changeset(), visit, &error);
    Changeset::forEach(changes->updatedRows(), visit, &error);
    return 0;
}
