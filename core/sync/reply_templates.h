#pragma once
// Reply templates (issue #4): the tokens a template may use, rendering, the brand defaults and the
// template that applies at a location. Shared by the commands (desk and engine) and the engine.
//
// Tokens, written in braces:
//   {first_name}       the reviewer's first name (the linked customer's, else the review's author)
//   {location_name}    the location's name
//   {manager_name}     the name of the person writing the reply
//   {review_platform}  Google, Yelp, Facebook, Tripadvisor, In-app survey
//   {rating}           the review's stars, 1 to 5
// A token that is unknown, or has no value for a review, stays in the text as written and is
// reported, so the composer can show it and nobody posts "Hi {frist_name}".

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/clock.h"
#include "store/database.h"

namespace outpost::sync {

// The token names, without braces.
[[nodiscard]] const std::vector<std::string_view>& template_tokens();

struct RenderedTemplate {
    std::string text;
    std::vector<std::string> unknown;  // tokens not in template_tokens(), as written ("{frist_name}")
    std::vector<std::string> missing;  // known tokens without a value for this review ("{first_name}")
};

// Replaces each {token} that has a value; leaves the others as they are and lists them (once each).
[[nodiscard]] RenderedTemplate render_template(std::string_view text, const std::map<std::string, std::string>& values);

// The reply text as compared to its template: case folded (ASCII), punctuation dropped, runs of
// white space made one space, trimmed. Equal normal forms mean the template was not edited.
[[nodiscard]] std::string normalise_reply(std::string_view text);

struct DefaultTemplate {
    std::string_view slot;  // "public_thanks"; a location override uses the same slot
    std::string_view kind;  // public | private
    std::string_view lang;  // en | es
    std::string_view title;
    std::string_view body;
};
// Three public and two private templates, in English and in Spanish.
[[nodiscard]] const std::vector<DefaultTemplate>& default_templates();

// Adds the default templates a brand is missing (id "<brand>:<slot>:<lang>"), for every brand in
// the store, and records them in the change log unless it is empty (no desk has synced yet).
// Answers how many were added.
[[nodiscard]] Result<std::size_t> seed_default_templates(store::Database& db, Timestamp now);

// The values of the tokens for a reply to `review_id` written by `author_name`.
[[nodiscard]] Result<std::map<std::string, std::string>> review_token_values(store::Database& db, std::int64_t review_id,
                                                                            const std::string& author_name);

struct TemplateRow {
    std::string id;
    std::string brand_id;
    std::optional<std::string> location_id;  // nothing: the brand's template
    std::string slot;
    std::string kind;
    std::string lang;
    std::string title;
    std::string body;
};
[[nodiscard]] Result<std::optional<TemplateRow>> find_template(store::Database& db, const std::string& id);
// The templates in use at a location: its own overrides, and the brand's for the other slots.
[[nodiscard]] Result<std::vector<TemplateRow>> templates_for_location(store::Database& db, const std::string& location_id);

}  // namespace outpost::sync
