#include "domain/json_reader.h"

namespace outpost {

JsonReader::JsonReader(const Json& object, std::string path) : m_object(object), m_path(std::move(path)) {
    if (!m_object.is_object()) m_error = m_path + ": must be a JSON object";
}

void JsonReader::fail(const char* field, const std::string& problem) {
    if (m_error.empty()) m_error = field_path(field) + ": " + problem;
}

const Json* JsonReader::find(const char* field, bool required) {
    if (!m_error.empty()) return nullptr;
    auto it = m_object.find(field);
    if (it == m_object.end() || it->is_null()) {
        if (required) fail(field, "is required");
        return nullptr;
    }
    return &*it;
}

std::optional<std::string> JsonReader::optional_string(const char* field, std::size_t max_length) {
    const Json* v = find(field, false);
    if (!v) return std::nullopt;
    if (!v->is_string()) {
        fail(field, "must be a string");
        return std::nullopt;
    }
    const auto& s = v->get_ref<const std::string&>();
    if (s.size() > max_length) {
        fail(field, "must be at most " + std::to_string(max_length) + " bytes long");
        return std::nullopt;
    }
    return s;
}

std::string JsonReader::string(const char* field, std::size_t max_length) {
    if (m_error.empty() && !find(field, true)) return {};
    return optional_string(field, max_length).value_or(std::string{});
}

std::optional<std::int64_t> JsonReader::optional_integer(const char* field, std::int64_t min, std::int64_t max) {
    const Json* v = find(field, false);
    if (!v) return std::nullopt;
    const auto range = [&] { return "must be an integer from " + std::to_string(min) + " to " + std::to_string(max); };
    if (!v->is_number_integer()) {
        fail(field, range());
        return std::nullopt;
    }
    std::int64_t n = 0;
    if (v->is_number_unsigned()) {
        auto u = v->get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(max)) {
            fail(field, range());
            return std::nullopt;
        }
        n = static_cast<std::int64_t>(u);
    } else {
        n = v->get<std::int64_t>();
    }
    if (n < min || n > max) {
        fail(field, range());
        return std::nullopt;
    }
    return n;
}

std::int64_t JsonReader::integer(const char* field, std::int64_t min, std::int64_t max) {
    if (m_error.empty() && !find(field, true)) return 0;
    return optional_integer(field, min, max).value_or(0);
}

bool JsonReader::boolean(const char* field, bool fallback) {
    const Json* v = find(field, false);
    if (!v) return fallback;
    if (!v->is_boolean()) {
        fail(field, "must be true or false");
        return fallback;
    }
    return v->get<bool>();
}

std::optional<Timestamp> JsonReader::optional_timestamp(const char* field) {
    auto text = optional_string(field, 64);
    if (!text) return std::nullopt;
    auto t = parse_iso8601(*text);
    if (!t) {
        fail(field, t.error().message);
        return std::nullopt;
    }
    return *t;
}

Timestamp JsonReader::timestamp(const char* field) {
    if (m_error.empty() && !find(field, true)) return {};
    return optional_timestamp(field).value_or(Timestamp{});
}

const Json* JsonReader::child(const char* field) { return find(field, false); }

}  // namespace outpost
