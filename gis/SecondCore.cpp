#include "SecondCore.h"

#include <system_error>
#include <thread>

namespace pilar {

void SecondCore::run(const std::function<void()> &here, const std::function<void()> &there)
{
    std::thread helper;
    try {
        helper = std::thread(there);
    } catch (const std::system_error &) {
        // No thread to spare: this one takes both halves below.
    }
    here();
    if (helper.joinable()) helper.join();
    else there();
}

}
