#pragma once
// Review triage (§4): sentiment and severity of a review from its rating, a weighted lexicon and
// keyword rules per risk category, in English and Spanish. Every result carries reason codes
// ("rating:1", "keyword:injury:slipped", "lexicon:negative:filthy") so a manager sees why a review
// landed where it did.
//
// Severity follows the domain notes: high when any category keyword fires (safety, injury,
// discrimination, legal threat, health or privacy data) because those go to regional ops and legal;
// medium for 1-2 stars or a clearly negative text (a manager task); low otherwise.
//
// Matching is on whole words after case and accent folding, so "Lesión", "lesion" and "LESIÓN" are
// the same word and "sue" never matches inside "suede". A term ending in '*' matches any word that
// starts with it ("injur*" -> injured, injury, injuries). Pure: no clock, no I/O.

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "domain/json_codec.h"
#include "domain/result.h"
#include "domain/review.h"
#include "rules/word_fold.h"

namespace outpost::rules {

enum class Sentiment { negative, neutral, positive };
enum class Severity { low, medium, high };
enum class TriageCategory { safety, injury, discrimination, legal_threat, health_data, privacy_data };
inline constexpr std::size_t triage_category_count = 6;

[[nodiscard]] std::string_view to_string(Sentiment v);
[[nodiscard]] std::string_view to_string(Severity v);
[[nodiscard]] std::string_view to_string(TriageCategory v);

struct WeightedTerm {
    std::string term;
    double weight = 1.0;  // > 0; the polarity comes from the list the term is in
};

struct TriageRules {
    std::vector<WeightedTerm> positive;
    std::vector<WeightedTerm> negative;
    // Indexed by TriageCategory. Words and phrases, EN and ES mixed: a brand rarely knows which
    // language a review is in, and the lists do not collide.
    std::array<std::vector<std::string>, triage_category_count> keywords;
    // A lexicon term preceded within two words by one of these flips its polarity ("not dirty").
    // Keywords are never negated: "nobody was injured" still goes to a person, because a missed
    // high review costs far more than a second look at a harmless one.
    std::vector<std::string> negators;
    double rating_weight = 1.0;              // each star away from 3 moves the score by this much
    double sentiment_threshold = 1.0;        // |score| at or above this is negative/positive
    double negative_medium_threshold = 2.0;  // negative lexicon weight that alone makes a review medium

    // The built-in EN/ES rules, Outpost's starting values (the notes give categories, not words).
    [[nodiscard]] static TriageRules defaults();
    // A brand's configuration. Starts from defaults(); each section present replaces that section:
    // {"lexicon": {"positive": [{"term": "..", "weight": 1.5}], "negative": [..]},
    //  "keywords": {"injury": ["..", ..], ..}, "negators": [..],
    //  "rating_weight": 1, "sentiment_threshold": 1, "negative_medium_threshold": 2}
    // Errors name the field, e.g. "triage.keywords.weapons: unknown category".
    [[nodiscard]] static Result<TriageRules> from_json(const Json& j);
};

struct TriageReason {
    std::string code;    // machine-readable: "rating:1", "keyword:injury:slipped", "severity:high"
    std::string detail;  // for a person: what fired and what it did
};

struct Triage {
    Sentiment sentiment = Sentiment::neutral;
    double score = 0;  // rating part + lexicon part; below zero is negative
    Severity severity = Severity::low;
    std::vector<TriageReason> reasons;
};

[[nodiscard]] Triage triage(const Review& review, const TriageRules& rules);

// The rules with every term split into folded words once, for triaging many reviews (an import):
// the same result as triage(review, rules) without reading the lists again for each review.
class Triager {
public:
    explicit Triager(TriageRules rules);
    [[nodiscard]] Triage operator()(const Review& review) const;
    // The same with the review's text already folded (`words` are review.text's).
    [[nodiscard]] Triage operator()(const Review& review, const FoldedWords& words) const;

private:
    struct Compiled;
    std::shared_ptr<const Compiled> m_compiled;
};

}  // namespace outpost::rules
