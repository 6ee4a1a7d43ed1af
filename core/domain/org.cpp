#include "domain/org.h"

#include <date/tz.h>

#include <stdexcept>

namespace outpost {

bool is_known_time_zone(const std::string& name) {
    if (name.empty()) return false;
    try {
        return date::locate_zone(name) != nullptr;
    } catch (const std::runtime_error&) {
        return false;
    }
}

}  // namespace outpost
