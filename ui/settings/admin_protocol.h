#pragma once
// The JSON of the user administration and audit endpoints ("v":1), both ways. Decoders never
// throw: a malformed answer comes back as an invalid_argument error naming the field.

#include <string>
#include <vector>

#include "ui/settings/admin_api.h"

namespace outpost::ui::admin_protocol {

[[nodiscard]] Json toJson(const NewUser& user);
[[nodiscard]] Json toJson(const UserChange& change);
[[nodiscard]] Json passwordBody(const std::string& password);

[[nodiscard]] Result<AdminUser> parseUser(const Json& j);
// {"users":[...]}
[[nodiscard]] Result<std::vector<AdminUser>> parseUserList(const Json& body);
// {"user":{...}}
[[nodiscard]] Result<AdminUser> parseUserAnswer(const Json& body);
// {"user":{...},"otpauth_uri":"..."}
[[nodiscard]] Result<CreatedUser> parseCreated(const Json& body);
// {"otpauth_uri":"..."}
[[nodiscard]] Result<std::string> parseOtpauth(const Json& body);
// {"reset":true}
[[nodiscard]] Result<bool> parseReset(const Json& body);
[[nodiscard]] Result<OrgSnapshot> parseLocations(const Json& body);
// {"entries":[...]}
[[nodiscard]] Result<std::vector<AuditEntry>> parseAuditEntries(const Json& body);
[[nodiscard]] Result<AuditVerdict> parseVerdict(const Json& body);

// The base32 secret of an otpauth:// URI ("secret=..."), empty when it has none.
[[nodiscard]] std::string secretOf(const std::string& otpauthUri);

}  // namespace outpost::ui::admin_protocol
