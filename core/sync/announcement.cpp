#include "sync/announcement.h"

#include <simdjson.h>

#include "sync/protocol.h"

namespace outpost::sync {
namespace {

namespace dom = simdjson::dom;

// One scalar as a row value: booleans become 0 and 1; an object, an array or an integer past
// int64 is none (the message is then left to a pull).
std::optional<RowValue> scalar(dom::element value) {
    bool flag = false;
    std::int64_t integer = 0;
    double real = 0;
    std::string_view chars;
    if (value.is_null()) return RowValue();
    if (value.get(flag) == simdjson::SUCCESS) return RowValue(std::int64_t{flag ? 1 : 0});
    if (value.type() == dom::element_type::INT64 && value.get(integer) == simdjson::SUCCESS) return RowValue(integer);
    if (value.type() == dom::element_type::DOUBLE && value.get(real) == simdjson::SUCCESS) return RowValue(real);
    if (value.get(chars) == simdjson::SUCCESS) return RowValue(std::string(chars));
    return std::nullopt;
}

bool nested(dom::element value) {
    return value.type() == dom::element_type::OBJECT || value.type() == dom::element_type::ARRAY;
}

std::optional<std::string> text(dom::element value) {
    std::string_view chars;
    if (value.get(chars) != simdjson::SUCCESS) return std::nullopt;
    return std::string(chars);
}

// The field's integer (not one past int64, not a number with a fraction), or none.
std::optional<std::int64_t> integer(dom::element value) {
    std::int64_t n = 0;
    if (value.type() != dom::element_type::INT64 || value.get(n) != simdjson::SUCCESS) return std::nullopt;
    return n;
}

// One change: seq, entity, id and op, the row for a put; other scalar fields are left out, and a
// nested value anywhere but the row ends the reading (the checks a pull makes, see read_pull).
std::optional<AnnouncedChange> change_of(dom::element element) {
    dom::object fields;
    if (element.get(fields) != simdjson::SUCCESS) return std::nullopt;
    AnnouncedChange change;
    bool has_row = false;
    for (dom::key_value_pair field : fields) {
        const std::string_view key = field.key;
        dom::object row;
        if (key == "value" && !has_row && field.value.get(row) == simdjson::SUCCESS) {
            has_row = true;
            change.row.columns.reserve(row.size());
            change.row.values.reserve(row.size());
            for (dom::key_value_pair column : row) {
                auto value = scalar(column.value);
                if (!value) return std::nullopt;
                change.row.columns.emplace_back(column.key);
                change.row.values.push_back(std::move(*value));
            }
            continue;
        }
        if (nested(field.value)) return std::nullopt;
        if (key == "seq") {
            auto seq = integer(field.value);
            if (!seq || *seq < 1) return std::nullopt;
            change.seq = *seq;
        } else if (key == "entity" || key == "id" || key == "op") {
            auto value = text(field.value);
            if (!value) return std::nullopt;
            (key == "entity" ? change.entity : key == "id" ? change.entity_id : change.op) = std::move(*value);
        }
    }
    if (change.seq < 1 || change.entity.empty() || change.entity.size() > 64 || change.entity_id.size() > 256) return std::nullopt;
    if (change.op == "put" ? !has_row : change.op != "delete") return std::nullopt;
    return change;
}

}  // namespace

std::optional<Announcement> read_announcement(std::string_view message) {
    // One parser per thread, its buffers kept from message to message (each desk reads its
    // socket's messages on its own sync thread).
    thread_local dom::parser parser;
    dom::object root;
    if (parser.parse(message.data(), message.size()).get(root) != simdjson::SUCCESS) return std::nullopt;
    Announcement out;
    std::optional<std::int64_t> version, from, to;
    std::string type;
    bool seen_changes = false;
    for (dom::key_value_pair field : root) {
        const std::string_view key = field.key;
        dom::array changes;
        if (key == "changes" && !seen_changes && field.value.get(changes) == simdjson::SUCCESS) {
            seen_changes = true;
            out.changes.reserve(changes.size());
            for (dom::element element : changes) {
                auto change = change_of(element);
                if (!change) return std::nullopt;
                out.changes.push_back(std::move(*change));
            }
            continue;
        }
        if (nested(field.value)) return std::nullopt;
        if (key == "v") version = integer(field.value);
        if (key == "from") from = integer(field.value);
        if (key == "to") to = integer(field.value);
        if (key == "type") type = text(field.value).value_or("");
    }
    if (type != "changes" || version != kSyncProtocolVersion || !from || !to || *from > *to) return std::nullopt;
    out.from = *from;
    out.to = *to;
    return out;
}

}  // namespace outpost::sync
