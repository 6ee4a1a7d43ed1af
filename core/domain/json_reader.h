#pragma once
// Reads the fields of one JSON object and remembers the first problem, named by its path.
// Used by the codecs; each getter returns a neutral value once an error has been recorded.

#include <cstdint>
#include <optional>
#include <string>

#include "domain/clock.h"
#include "domain/enums.h"
#include "domain/json_codec.h"

namespace outpost {

class JsonReader {
public:
    JsonReader(const Json& object, std::string path);

    [[nodiscard]] std::string string(const char* field, std::size_t max_length = 4096);
    [[nodiscard]] std::optional<std::string> optional_string(const char* field, std::size_t max_length = 4096);
    [[nodiscard]] std::int64_t integer(const char* field, std::int64_t min, std::int64_t max);
    [[nodiscard]] std::optional<std::int64_t> optional_integer(const char* field, std::int64_t min, std::int64_t max);
    [[nodiscard]] bool boolean(const char* field, bool fallback);
    [[nodiscard]] Timestamp timestamp(const char* field);
    [[nodiscard]] std::optional<Timestamp> optional_timestamp(const char* field);
    [[nodiscard]] const Json* child(const char* field);

    template <typename E>
    [[nodiscard]] E enumeration(const char* field, std::optional<E> fallback = std::nullopt) {
        auto name = fallback ? optional_string(field, 64) : std::optional<std::string>(string(field, 64));
        if (!name) return fallback.value_or(E{});
        if (!m_error.empty()) return E{};
        auto value = enum_from_string<E>(*name);
        if (!value) {
            fail(field, "must be one of " + enum_names<E>());
            return E{};
        }
        return *value;
    }

    void fail(const char* field, const std::string& problem);
    [[nodiscard]] bool ok() const { return m_error.empty(); }
    [[nodiscard]] Error error() const { return make_error(ErrorCode::invalid_argument, m_error); }
    [[nodiscard]] std::string field_path(const char* field) const { return m_path + "." + field; }

private:
    const Json* find(const char* field, bool required);

    const Json& m_object;
    std::string m_path;
    std::string m_error;
};

}  // namespace outpost
