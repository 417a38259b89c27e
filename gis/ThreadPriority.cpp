#include "ThreadPriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace pilar {

void ThreadPriority::lowerCurrent()
{
#ifdef Q_OS_LINUX
    // On Linux a thread's nice value is its own (setpriority with its thread id).
    const auto tid = id_t(syscall(SYS_gettid));
    const int current = getpriority(PRIO_PROCESS, tid);
    if (current < 10) setpriority(PRIO_PROCESS, tid, 10);
#endif
}

}
