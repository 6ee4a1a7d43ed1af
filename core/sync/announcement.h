#pragma once
// The engine's announcement of new changes, as a desk reads it off its socket:
//   {"v":1,"type":"changes","from":F,"to":T,"changes":[{"seq":..,"entity":..,"id":..,"op":..,"value":{..}}]}
// Every connected desk reads every announcement, so it is read straight into plain values with
// simdjson (no JSON document: with two hundred desks on one machine, building one per desk and
// edit cost a fifth of all the work, and a character-by-character reader still an eighth). A
// message of another type ("poke") or one this reader cannot take answers nothing: the desk then
// runs a whole round, whose pull brings the same changes.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sync/entities.h"

namespace outpost::sync {

struct AnnouncedChange {
    std::int64_t seq = 0;
    std::string entity;
    std::string entity_id;
    std::string op;  // "put" or "delete"
    FlatRow row;     // the row as it is now (for "put")
};

struct Announcement {
    std::int64_t from = 0;  // the changes continue a desk whose cursor is at least this
    std::int64_t to = 0;    // the cursor after them
    std::vector<AnnouncedChange> changes;
};

// The announcement in `text`, or nothing when it is not one this desk can apply as it stands
// (another type or version, a missing field, a malformed or nested value).
[[nodiscard]] std::optional<Announcement> read_announcement(std::string_view text);

}  // namespace outpost::sync
