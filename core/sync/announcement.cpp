#include "sync/announcement.h"

#include "sync/protocol.h"

namespace outpost::sync {
namespace {

// SAX events of an announcement. Depths: 1 the message, 2 its list of changes, 3 one change,
// 4 the row of a put. Anything else, anywhere, ends the reading with nothing.
class AnnouncementReader final : public nlohmann::json_sax<Json> {
public:
    bool null() override { return scalar(RowValue()); }
    bool boolean(bool v) override { return scalar(std::int64_t{v ? 1 : 0}); }
    bool number_integer(number_integer_t v) override { return scalar(std::int64_t{v}); }
    bool number_unsigned(number_unsigned_t v) override {
        return v <= static_cast<number_unsigned_t>(INT64_MAX) && scalar(static_cast<std::int64_t>(v));
    }
    bool number_float(number_float_t v, const string_t&) override { return scalar(double{v}); }
    bool string(string_t& v) override { return scalar(std::move(v)); }
    bool binary(binary_t&) override { return false; }

    bool start_object(std::size_t) override {
        if (m_depth == 0 || (m_depth == 2 && m_in_changes)) {
            if (m_depth == 2) m_message.changes.emplace_back();
            ++m_depth;
            return true;
        }
        if (m_depth == 3 && m_field == "value" && !m_has_row) {
            m_has_row = true;
            ++m_depth;
            return true;
        }
        return false;
    }
    bool key(string_t& k) override {
        if (m_depth == 4) {
            current().row.columns.push_back(std::move(k));
        } else {
            m_field = std::move(k);
        }
        return true;
    }
    bool end_object() override {
        --m_depth;
        if (m_depth == 2) return finish_change();
        return true;
    }
    bool start_array(std::size_t) override {
        if (m_depth != 1 || m_field != "changes" || m_seen_changes) return false;
        m_in_changes = m_seen_changes = true;
        ++m_depth;
        return true;
    }
    bool end_array() override {
        m_in_changes = false;
        --m_depth;
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

    [[nodiscard]] std::optional<Announcement> result() && {
        if (m_type != "changes" || m_version != kSyncProtocolVersion || !m_from || !m_to || *m_from > *m_to) return std::nullopt;
        m_message.from = *m_from;
        m_message.to = *m_to;
        return std::move(m_message);
    }

private:
    AnnouncedChange& current() { return m_message.changes.back(); }

    bool scalar(RowValue v) {
        if (m_depth == 4) {
            auto& row = current().row;
            if (row.values.size() + 1 != row.columns.size()) return false;
            row.values.push_back(std::move(v));
            return true;
        }
        const auto* n = std::get_if<std::int64_t>(&v);
        auto* text = std::get_if<std::string>(&v);
        if (m_depth == 1) {
            if (m_field == "v" && n) m_version = *n;
            if (m_field == "type" && text) m_type = std::move(*text);
            if (m_field == "from" && n) m_from = *n;
            if (m_field == "to" && n) m_to = *n;
            return true;
        }
        if (m_depth != 3) return false;
        AnnouncedChange& c = current();
        if (m_field == "seq") {
            if (!n || *n < 1) return false;
            c.seq = *n;
        } else if (m_field == "entity" || m_field == "id" || m_field == "op") {
            if (!text) return false;
            (m_field == "entity" ? c.entity : m_field == "id" ? c.entity_id : c.op) = std::move(*text);
        }
        return true;
    }

    // The checks a pull makes of each change (see read_pull).
    bool finish_change() {
        const AnnouncedChange& c = current();
        const bool has_row = m_has_row;
        m_has_row = false;
        if (c.seq < 1 || c.entity.empty() || c.entity.size() > 64 || c.entity_id.size() > 256) return false;
        if (c.op == "put") return has_row;
        return c.op == "delete";
    }

    int m_depth = 0;
    std::string m_field;  // the last key read at depth 1 or 3
    bool m_in_changes = false;
    bool m_seen_changes = false;
    bool m_has_row = false;
    std::optional<std::int64_t> m_version;
    std::string m_type;
    std::optional<std::int64_t> m_from;
    std::optional<std::int64_t> m_to;
    Announcement m_message;
};

}  // namespace

std::optional<Announcement> read_announcement(std::string_view text) {
    AnnouncementReader reader;
    if (!Json::sax_parse(text.begin(), text.end(), &reader, nlohmann::detail::input_format_t::json, true, false)) {
        return std::nullopt;
    }
    return std::move(reader).result();
}

}  // namespace outpost::sync
