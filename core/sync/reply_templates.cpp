#include "sync/reply_templates.h"

#include <algorithm>
#include <cctype>

#include "store/repositories.h"
#include "sync/sync_service.h"

namespace outpost::sync {
namespace {

constexpr std::string_view kSelectTemplate =
    "SELECT id, brand_id, location_id, slot, kind, lang, title, body FROM reply_template";

TemplateRow template_of(const store::Statement& s) {
    TemplateRow t;
    t.id = s.string(0);
    t.brand_id = s.string(1);
    if (s.kind(2) != store::Statement::Kind::null) t.location_id = s.string(2);
    t.slot = s.string(3);
    t.kind = s.string(4);
    t.lang = s.string(5);
    t.title = s.string(6);
    t.body = s.string(7);
    return t;
}

std::string platform_name(const std::string& platform) {
    if (platform == "google") return "Google";
    if (platform == "yelp") return "Yelp";
    if (platform == "facebook") return "Facebook";
    if (platform == "tripadvisor") return "Tripadvisor";
    if (platform == "in_app") return "In-app survey";
    return platform;
}

std::string first_word(const std::string& text) {
    const auto begin = text.find_first_not_of(" \t");
    if (begin == std::string::npos) return {};
    const auto end = text.find_first_of(" \t.,", begin);
    return text.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

void add_once(std::vector<std::string>& list, std::string token) {
    if (std::find(list.begin(), list.end(), token) == list.end()) list.push_back(std::move(token));
}

bool is_token_name(std::string_view name) {
    if (name.empty() || name.size() > 40) return false;
    return std::all_of(name.begin(), name.end(),
                       [](char c) { return std::islower(static_cast<unsigned char>(c)) || c == '_' || std::isdigit(static_cast<unsigned char>(c)); });
}

}  // namespace

const std::vector<std::string_view>& template_tokens() {
    static const std::vector<std::string_view> tokens = {"first_name", "location_name", "manager_name",
                                                         "review_platform", "rating"};
    return tokens;
}

RenderedTemplate render_template(std::string_view text, const std::map<std::string, std::string>& values) {
    RenderedTemplate out;
    out.text.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto open = text.find('{', i);
        if (open == std::string_view::npos) break;
        const auto close = text.find('}', open + 1);
        if (close == std::string_view::npos) break;
        const std::string_view name = text.substr(open + 1, close - open - 1);
        if (!is_token_name(name)) {  // "{" in ordinary text, or "{ {": not a token
            out.text.append(text.substr(i, open + 1 - i));
            i = open + 1;
            continue;
        }
        out.text.append(text.substr(i, open - i));
        const std::string written(text.substr(open, close - open + 1));
        const bool known = std::find(template_tokens().begin(), template_tokens().end(), name) != template_tokens().end();
        auto value = values.find(std::string(name));
        if (known && value != values.end() && !value->second.empty()) {
            out.text += value->second;
        } else {
            out.text += written;
            add_once(known ? out.missing : out.unknown, written);
        }
        i = close + 1;
    }
    out.text.append(text.substr(std::min(i, text.size())));
    return out;
}

std::string normalise_reply(std::string_view text) {
    std::string out;
    bool space = false;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isspace(c)) {
            space = !out.empty();
        } else if (c < 0x80 && std::ispunct(c)) {
            continue;  // a comma added or a full stop dropped is not an edit
        } else {
            if (space) out.push_back(' ');
            space = false;
            out.push_back(static_cast<char>(std::tolower(c)));
        }
    }
    return out;
}

Result<std::size_t> seed_default_templates(store::Database& db, Timestamp now) {
    auto brands = db.prepare("SELECT id FROM brand ORDER BY id");
    if (!brands) return brands.error();
    auto ids = store::collect_rows<std::string>(*brands, [](const store::Statement& s) -> Result<std::string> { return s.string(0); });
    if (!ids) return ids.error();
    auto insert = db.prepare(
        "INSERT INTO reply_template(id, brand_id, location_id, slot, kind, lang, title, body, updated_by, updated_at) "
        "SELECT ?1, ?2, NULL, ?3, ?4, ?5, ?6, ?7, 'Outpost defaults', ?8 WHERE NOT EXISTS (SELECT 1 FROM reply_template "
        "WHERE brand_id = ?2 AND location_id IS NULL AND slot = ?3 AND lang = ?5)");
    if (!insert) return insert.error();
    std::vector<EntityRef> added;
    for (const std::string& brand : *ids) {
        for (const DefaultTemplate& d : default_templates()) {
            const std::string id = brand + ":" + std::string(d.slot) + ":" + std::string(d.lang);
            insert->reset();
            insert->bind(1, id).bind(2, brand).bind(3, d.slot).bind(4, d.kind).bind(5, d.lang).bind(6, d.title);
            insert->bind(7, d.body).bind(8, store::to_db(now));
            if (auto r = insert->run(); !r) return r.error();
            if (db.changes() > 0) added.push_back({"reply_template", id});
        }
    }
    // Desks that bootstrapped before need the new rows as changes; a store no desk has synced with
    // yet (an empty change log, like a freshly loaded demo) gives them to desks in their bootstrap.
    auto history = db.query_int("SELECT count(*) FROM (SELECT 1 FROM change_log LIMIT 1)");
    if (!history) return history.error();
    if (*history > 0) {
        if (auto r = record_changes(db, added, now); !r) return r.error();
    }
    return added.size();
}

Result<std::map<std::string, std::string>> review_token_values(store::Database& db, std::int64_t review_id,
                                                               const std::string& author_name) {
    auto stmt = db.prepare(
        "SELECT r.platform, r.rating, r.author, l.name, p.first_name FROM review r JOIN location l ON l.id = r.location_id "
        "LEFT JOIN profile p ON p.id = r.profile_id WHERE r.id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, review_id);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return make_error(ErrorCode::not_found, "no review " + std::to_string(review_id));
    const std::string profile_name = stmt->kind(4) == store::Statement::Kind::null ? "" : stmt->string(4);
    return std::map<std::string, std::string>{
        {"first_name", profile_name.empty() ? first_word(stmt->string(2)) : profile_name},
        {"location_name", stmt->string(3)},
        {"manager_name", author_name},
        {"review_platform", platform_name(stmt->string(0))},
        {"rating", std::to_string(stmt->int64(1))},
    };
}

Result<std::optional<TemplateRow>> find_template(store::Database& db, const std::string& id) {
    auto stmt = db.prepare(std::string(kSelectTemplate) + " WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return std::optional<TemplateRow>();
    return std::optional<TemplateRow>(template_of(*stmt));
}

Result<std::vector<TemplateRow>> templates_for_location(store::Database& db, const std::string& location_id) {
    // The location's row of a slot and language first; the brand's only where the location has none.
    auto stmt = db.prepare(std::string(kSelectTemplate) +
                           " t WHERE t.brand_id = (SELECT g.brand_id FROM location l JOIN region g ON g.id = l.region_id "
                           "WHERE l.id = ?1) AND (t.location_id = ?1 OR (t.location_id IS NULL AND NOT EXISTS ("
                           "SELECT 1 FROM reply_template o WHERE o.location_id = ?1 AND o.brand_id = t.brand_id AND "
                           "o.slot = t.slot AND o.lang = t.lang))) ORDER BY t.kind DESC, t.slot, t.lang");
    if (!stmt) return stmt.error();
    stmt->bind(1, location_id);
    return store::collect_rows<TemplateRow>(*stmt, [](const store::Statement& s) -> Result<TemplateRow> { return template_of(s); });
}

}  // namespace outpost::sync
