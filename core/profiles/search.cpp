#include "profiles/search.h"

#include <algorithm>
#include <cctype>

#include "profiles/contract.h"
#include "sync/entities.h"

namespace outpost::profiles {

std::string search_prefix(std::string_view query) {
    std::string text = lower(query);
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    text = text.substr(first, text.find_last_not_of(" \t") - first + 1);
    const bool phone_like = std::all_of(text.begin(), text.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == ' ' || c == '(' || c == ')' || c == '.';
    });
    if (!phone_like || std::none_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
        return text;
    }
    std::string digits;
    std::copy_if(text.begin(), text.end(), std::back_inserter(digits), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    return digits;
}

Result<std::vector<SearchHit>> search_profiles(store::Database& db, std::string_view query, const Scope& scope, int limit) {
    const std::string prefix = search_prefix(query);
    if (prefix.empty()) return make_error(ErrorCode::invalid_argument, "q: must not be empty");
    // Keys starting with the prefix lie in [prefix, prefix with its last byte raised by one).
    std::string upper = prefix;
    upper.back() = static_cast<char>(static_cast<unsigned char>(upper.back()) + 1);
    std::string sql =
        "SELECT p.id, p.first_name, p.last_name, p.primary_phone, p.primary_email, p.home_location_id, p.membership_status "
        "FROM (SELECT profile_id, min(key) AS k FROM (SELECT key, profile_id FROM search_key WHERE key >= ?1 AND key < ?2";
    if (!scope.all()) sql += " AND location_id IN (SELECT value FROM json_each(?4))";
    sql += " ORDER BY key LIMIT ?3 * 4) GROUP BY profile_id ORDER BY k LIMIT ?3) h JOIN profile p ON p.id = h.profile_id ORDER BY h.k";
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    stmt->bind(1, prefix).bind(2, upper).bind(3, limit);
    if (!scope.all()) stmt->bind(4, sync::scope_json(scope.locations()));
    return store::collect_rows<SearchHit>(*stmt, [](const store::Statement& s) -> Result<SearchHit> {
        return SearchHit{ProfileId(s.int64(0)), s.string(1), s.string(2), s.string(3), s.string(4), s.string(5), s.string(6)};
    });
}

}  // namespace outpost::profiles
