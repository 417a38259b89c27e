#pragma once

namespace pilar {

/// Background work (rendering, loading) runs below the GUI thread's priority, so on a
/// two-core laptop the event loop gets a core the moment it wakes, even while a render
/// keeps both cores busy. A no-op where threads have no priority of their own.
class ThreadPriority
{
public:
    /// Lowers the calling thread's priority (Linux: a nice of 10 for this thread only).
    static void lowerCurrent();
};

}
