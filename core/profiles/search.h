#pragma once
// As-you-type customer search on the engine: a range over the covering table search_key (one row
// per lower-cased first name, last name and full name, phone digits and their last ten, email,
// external id, member id and card id; kept in step by triggers), scoped to the caller's locations.

#include <string>
#include <vector>

#include "domain/ids.h"
#include "domain/user.h"
#include "store/database.h"

namespace outpost::profiles {

struct SearchHit {
    ProfileId id;
    std::string first_name;
    std::string last_name;
    std::string primary_phone;
    std::string primary_email;
    std::string home_location_id;
    std::string membership_status;
};

// The key a query is looked up by: lower-cased and trimmed; a phone-like query ("+1 512-555")
// becomes its digits.
[[nodiscard]] std::string search_prefix(std::string_view query);

// At most `limit` profiles with a key starting with the query, in key order.
[[nodiscard]] Result<std::vector<SearchHit>> search_profiles(store::Database& db, std::string_view query,
                                                             const Scope& scope, int limit);

}  // namespace outpost::profiles
