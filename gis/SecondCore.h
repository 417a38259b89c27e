#pragma once

#include <functional>

namespace pilar {

/// Runs the two halves of one job at once: `there` on a helper thread, `here` on the calling
/// thread, and returns when both are done. The helper takes its creator's priority, so a
/// canvas render's helper stays below the GUI thread. When the system has no thread to
/// spare, the calling thread runs both halves, one after the other: the same result.
class SecondCore
{
public:
    static void run(const std::function<void()> &here, const std::function<void()> &there);
};

}
