// Review triage (core/rules): reason codes, accent-insensitive matching, JSON configuration, and
// the labelled set in tests/fixtures/reviews_labelled.json (accuracy, and no high review missed).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "rules/review_triage.h"

namespace {

using namespace outpost;
using namespace outpost::rules;

Review review(int rating, std::string text) {
    Review r;
    r.rating = rating;
    r.text = std::move(text);
    return r;
}

// OUTPOST_FIXTURES when set (to try another labelled set); otherwise the source tree's fixtures,
// whose absolute path the build passes in.
std::filesystem::path fixtures_dir() {
    if (const char* dir = std::getenv("OUTPOST_FIXTURES"); dir && *dir) return dir;
    return OUTPOST_FIXTURES_DIR;
}

bool has_reason(const Triage& t, const std::string& code) {
    return std::any_of(t.reasons.begin(), t.reasons.end(), [&](const TriageReason& r) { return r.code == code; });
}

std::string codes(const Triage& t) {
    std::string out;
    for (const auto& r : t.reasons) out += r.code + " ";
    return out;
}

TEST(ReviewTriage, FoldsCaseAndAccents) {
    EXPECT_EQ(fold_words("¡LESIÓN grave! Niño, cigüeña"),
              (std::vector<std::string>{"lesion", "grave", "nino", "ciguena"}));
    EXPECT_EQ(fold_words("didn’t — ok 👍 fine"), (std::vector<std::string>{"didn", "t", "ok", "fine"}));
}

TEST(ReviewTriage, RatingAloneMakesOneAndTwoStarsMedium) {
    auto rules = TriageRules::defaults();
    auto t = triage(review(1, "They charged me twice."), rules);
    EXPECT_EQ(t.severity, Severity::medium);
    EXPECT_EQ(t.sentiment, Sentiment::negative);
    EXPECT_TRUE(has_reason(t, "rating:1")) << codes(t);
    EXPECT_TRUE(has_reason(t, "severity:medium")) << codes(t);

    auto ok = triage(review(4, "Fine."), rules);
    EXPECT_EQ(ok.severity, Severity::low);
    EXPECT_TRUE(has_reason(ok, "rating:4"));
    EXPECT_TRUE(has_reason(ok, "severity:low"));
}

TEST(ReviewTriage, KeywordMakesHighEvenWithFiveStars) {
    auto t = triage(review(5, "Loved the class, but I slipped in the shower."), TriageRules::defaults());
    EXPECT_EQ(t.severity, Severity::high);
    EXPECT_EQ(t.sentiment, Sentiment::positive);
    EXPECT_TRUE(has_reason(t, "keyword:injury:slipped")) << codes(t);
    EXPECT_TRUE(has_reason(t, "lexicon:positive:loved")) << codes(t);
    EXPECT_TRUE(has_reason(t, "severity:high")) << codes(t);
}

TEST(ReviewTriage, NegativeLexiconRaisesSeverityAndNamesTheWords) {
    auto t = triage(review(3, "Filthy changing rooms and rude staff."), TriageRules::defaults());
    EXPECT_EQ(t.severity, Severity::medium);
    EXPECT_TRUE(has_reason(t, "lexicon:negative:filthy")) << codes(t);
    EXPECT_TRUE(has_reason(t, "lexicon:negative:rude")) << codes(t);
}

TEST(ReviewTriage, SimpleNegationFlipsLexiconButNotKeywords) {
    auto rules = TriageRules::defaults();
    auto t = triage(review(4, "The floor was not dirty."), rules);
    EXPECT_TRUE(has_reason(t, "lexicon:negated:dirty")) << codes(t);
    EXPECT_EQ(t.severity, Severity::low);
    // A safety word under a negation still goes to a person.
    auto k = triage(review(5, "Nobody got hurt, luckily."), rules);
    EXPECT_EQ(k.severity, Severity::high);
}

TEST(ReviewTriage, SpanishMatchesWithAndWithoutAccents) {
    auto rules = TriageRules::defaults();
    for (const char* text : {"Tengo una lesión en la espalda", "tengo una LESION en la espalda"}) {
        auto t = triage(review(3, text), rules);
        EXPECT_EQ(t.severity, Severity::high) << text;
        EXPECT_TRUE(has_reason(t, "keyword:injury:lesion")) << codes(t);
    }
    auto a = triage(review(2, "Hablaré con mi Abogado."), rules);
    EXPECT_TRUE(has_reason(a, "keyword:legal_threat:abogado")) << codes(a);
    auto d = triage(review(1, "Presentaré una DEMANDA."), rules);
    EXPECT_TRUE(has_reason(d, "keyword:legal_threat:demanda")) << codes(d);
    EXPECT_EQ(d.severity, Severity::high);
}

TEST(ReviewTriage, MatchesWholeWordsAndPrefixes) {
    auto rules = TriageRules::defaults();
    // "sue" must not fire inside "suede"; "injur*" covers injured/injury/injuries, "racist*" the ES plural.
    EXPECT_EQ(triage(review(4, "Nice suede sofas in the lobby."), rules).severity, Severity::low);
    auto t = triage(review(4, "Two injuries in one week."), rules);
    EXPECT_TRUE(has_reason(t, "keyword:injury:injur*")) << codes(t);
    auto r = triage(review(2, "Comentarios racistas."), rules);
    EXPECT_TRUE(has_reason(r, "keyword:discrimination:racist*")) << codes(r);
}

TEST(ReviewTriage, BrandConfigurationFromJson) {
    auto parsed = parse_json(R"({"keywords": {"safety": ["trampolín roto"]},
                                "lexicon": {"negative": [{"term": "meh", "weight": 2}]},
                                "negative_medium_threshold": 2})");
    ASSERT_TRUE(parsed.ok());
    auto rules = TriageRules::from_json(parsed.value());
    ASSERT_TRUE(rules.ok()) << rules.error().message;
    auto t = triage(review(4, "El TRAMPOLIN ROTO otra vez"), rules.value());
    EXPECT_EQ(t.severity, Severity::high);
    EXPECT_TRUE(has_reason(t, "keyword:safety:trampolín roto")) << codes(t);
    // The safety section was replaced; other categories keep the defaults.
    EXPECT_EQ(triage(review(4, "exposed wires"), rules.value()).severity, Severity::low);
    EXPECT_EQ(triage(review(4, "I slipped"), rules.value()).severity, Severity::high);
    auto meh = triage(review(4, "meh"), rules.value());
    EXPECT_EQ(meh.severity, Severity::medium) << codes(meh);
}

TEST(ReviewTriage, JsonConfigurationErrorsNameTheField) {
    auto error_of = [](const char* text) {
        auto j = parse_json(text);
        EXPECT_TRUE(j.ok()) << text;
        auto r = TriageRules::from_json(j.value());
        EXPECT_FALSE(r.ok()) << text;
        if (r.ok()) return std::string();
        EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
        return r.error().message;
    };
    EXPECT_EQ(error_of("[]"), "triage: must be an object");
    EXPECT_EQ(error_of(R"({"keywords": {"weapons": ["knife"]}})").rfind("triage.keywords.weapons: unknown category", 0),
              0u);
    EXPECT_EQ(error_of(R"({"keywords": {"injury": ["ok", 3]}})"), "triage.keywords.injury[1]: must be a string");
    EXPECT_EQ(error_of(R"({"keywords": {"injury": ["!!"]}})"),
              "triage.keywords.injury[0]: must contain at least one letter or digit");
    EXPECT_EQ(error_of(R"({"lexicon": {"negative": [{"term": "bad", "weight": -1}]}})"),
              "triage.lexicon.negative[0].weight: must be a number above 0 and at most 100");
    EXPECT_EQ(error_of(R"({"lexicon": {"negative": [{"weight": 1}]}})"),
              "triage.lexicon.negative[0].term: must be a string");
    EXPECT_EQ(error_of(R"({"lexicon": {"neutral": []}})"),
              "triage.lexicon.neutral: unknown field (positive or negative)");
    EXPECT_EQ(error_of(R"({"rating_weight": "high"})"),
              "triage.rating_weight: must be a number above 0 and at most 100");
    EXPECT_EQ(error_of(R"({"colour": 1})"), "triage.colour: unknown field");
}

TEST(ReviewTriage, LabelledSetAccuracyAndEveryHighCaught) {
    std::ifstream in(fixtures_dir() / "reviews_labelled.json", std::ios::binary);
    ASSERT_TRUE(in) << "cannot open reviews_labelled.json";
    std::stringstream buf;
    buf << in.rdbuf();
    auto j = parse_json(buf.str());
    ASSERT_TRUE(j.ok()) << j.error().message;
    const auto& reviews = j.value().at("reviews");
    ASSERT_GE(reviews.size(), 60u);

    auto rules = TriageRules::defaults();
    int correct = 0, highs = 0;
    for (const auto& item : reviews) {
        auto r = review(item.at("rating").get<int>(), item.at("text").get<std::string>());
        auto expected = item.at("expected").get<std::string>();
        auto t = triage(r, rules);
        std::string got(to_string(t.severity));
        if (got == expected) {
            ++correct;
        } else {
            std::cout << "  mismatch " << item.at("id").get<std::string>() << ": expected " << expected << ", got "
                      << got << " [" << codes(t) << "]\n";
        }
        if (expected == "high") {
            ++highs;
            EXPECT_EQ(t.severity, Severity::high) << "missed high review " << item.at("id").get<std::string>() << ": "
                                                  << r.text << " [" << codes(t) << "]";
        }
    }
    double accuracy = static_cast<double>(correct) / static_cast<double>(reviews.size());
    std::cout << "review triage accuracy: " << correct << "/" << reviews.size() << " = " << accuracy << " (" << highs
              << " high cases)\n";
    EXPECT_GE(accuracy, 0.85);
}

}  // namespace
