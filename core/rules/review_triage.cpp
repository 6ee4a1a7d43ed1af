#include "rules/review_triage.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <set>
#include <unordered_map>

namespace outpost::rules {
namespace {

constexpr std::array<TriageCategory, triage_category_count> all_categories = {
    TriageCategory::safety,       TriageCategory::injury,      TriageCategory::discrimination,
    TriageCategory::legal_threat, TriageCategory::health_data, TriageCategory::privacy_data};

std::string format_number(double v) {
    // Whole numbers (ratings, most weights and scores) as printf's %g writes them, without printf.
    if (v == std::floor(v) && std::abs(v) < 1e6 && !(v == 0 && std::signbit(v))) {
        return std::to_string(static_cast<long long>(v));
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

// A term split into folded words; a trailing '*' on the last word makes it a prefix.
struct Pattern {
    std::vector<std::string> words;
    bool prefix = false;
};

Pattern compile(std::string_view term) {
    Pattern p;
    bool star = !term.empty() && term.back() == '*';
    if (star) term.remove_suffix(1);
    p.words = fold_words(term);
    p.prefix = star;
    return p;
}

bool matches_at(const FoldedWords& words, std::size_t at, const Pattern& p) {
    if (p.words.empty() || at + p.words.size() > words.size()) return false;
    for (std::size_t k = 0; k < p.words.size(); ++k) {
        const std::string_view w = words[at + k];
        const std::string_view want = p.words[k];
        bool last = k + 1 == p.words.size();
        if (last && p.prefix ? !w.starts_with(want) : w != want) return false;
    }
    return true;
}


std::vector<WeightedTerm> weighted(std::initializer_list<const char*> terms, double weight) {
    std::vector<WeightedTerm> out;
    for (const char* t : terms) out.push_back({t, weight});
    return out;
}

void append(std::vector<WeightedTerm>& to, std::vector<WeightedTerm> more) {
    to.insert(to.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

Result<std::vector<std::string>> string_list(const Json& j, const std::string& path) {
    if (!j.is_array()) return make_error(ErrorCode::invalid_argument, path + ": must be an array of strings");
    std::vector<std::string> out;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const auto& e = j[i];
        std::string at = path + "[" + std::to_string(i) + "]";
        if (!e.is_string()) return make_error(ErrorCode::invalid_argument, at + ": must be a string");
        auto s = e.get<std::string>();
        if (s.size() > 200) return make_error(ErrorCode::invalid_argument, at + ": longer than 200 bytes");
        if (fold_words(s).empty())
            return make_error(ErrorCode::invalid_argument, at + ": must contain at least one letter or digit");
        out.push_back(std::move(s));
    }
    return out;
}

Result<std::vector<WeightedTerm>> weighted_list(const Json& j, const std::string& path) {
    if (!j.is_array()) return make_error(ErrorCode::invalid_argument, path + ": must be an array");
    std::vector<WeightedTerm> out;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const auto& e = j[i];
        std::string at = path + "[" + std::to_string(i) + "]";
        if (!e.is_object()) return make_error(ErrorCode::invalid_argument, at + ": must be an object {term, weight}");
        auto term = e.find("term");
        if (term == e.end() || !term->is_string())
            return make_error(ErrorCode::invalid_argument, at + ".term: must be a string");
        if (fold_words(term->get<std::string>()).empty())
            return make_error(ErrorCode::invalid_argument, at + ".term: must contain at least one letter or digit");
        WeightedTerm t{term->get<std::string>(), 1.0};
        if (auto w = e.find("weight"); w != e.end()) {
            if (!w->is_number() || !(w->get<double>() > 0) || w->get<double>() > 100)
                return make_error(ErrorCode::invalid_argument,
                                  at + ".weight: must be a number above 0 and at most 100");
            t.weight = w->get<double>();
        }
        out.push_back(std::move(t));
    }
    return out;
}

Result<double> positive_number(const Json& j, const std::string& path) {
    if (!j.is_number() || !(j.get<double>() > 0) || j.get<double>() > 100)
        return make_error(ErrorCode::invalid_argument, path + ": must be a number above 0 and at most 100");
    return j.get<double>();
}

}  // namespace

std::string_view to_string(Sentiment v) {
    switch (v) {
        case Sentiment::negative:
            return "negative";
        case Sentiment::neutral:
            return "neutral";
        case Sentiment::positive:
            return "positive";
    }
    return "neutral";
}

std::string_view to_string(Severity v) {
    switch (v) {
        case Severity::low:
            return "low";
        case Severity::medium:
            return "medium";
        case Severity::high:
            return "high";
    }
    return "low";
}

std::string_view to_string(TriageCategory v) {
    switch (v) {
        case TriageCategory::safety:
            return "safety";
        case TriageCategory::injury:
            return "injury";
        case TriageCategory::discrimination:
            return "discrimination";
        case TriageCategory::legal_threat:
            return "legal_threat";
        case TriageCategory::health_data:
            return "health_data";
        case TriageCategory::privacy_data:
            return "privacy_data";
    }
    return "safety";
}

TriageRules TriageRules::defaults() {
    TriageRules r;
    // Strong words weigh more: a "filthy" review is a complaint on its own, a "slow" one is not.
    r.negative = weighted(
        {"dirty",       "rude",           "terrible", "awful",      "horrible",   "worst",     "unprofessional",
         "never again", "waste of money", "scam",     "disgusting", "filthy",     "appalling", "sucio",
         "sucia",       "grosero",        "grosera",  "pesimo",     "pesima",     "peor",      "asqueroso",
         "asquerosa",   "nunca mas",      "estafa",   "vergonzoso", "maleducado", "maleducada"},
        1.5);
    append(r.negative,
           weighted({"bad",       "slow",   "broken",       "overpriced",   "disappointed",  "disappointing",
                     "cold",      "noisy",  "smelly",       "smelled",      "ignored",       "waited",
                     "crowded",   "malo",   "mala",         "lento",        "lenta",         "roto",
                     "rota",      "caro",   "decepcionado", "decepcionada", "decepcionante", "ruidoso",
                     "esperamos", "espere", "ignoraron",    "frio",         "fria",          "olor"},
                    1.0));
    r.positive = weighted({"excellent", "amazing", "fantastic", "wonderful", "perfect", "love", "loved", "best",
                           "highly recommend", "excelente", "increible", "maravilloso", "maravillosa", "perfecto",
                           "perfecta", "encanta", "encanto", "lo recomiendo", "mejor"},
                          1.5);
    append(r.positive, weighted({"great",  "good",       "friendly", "clean",  "helpful", "nice",      "recommend",
                                 "fast",   "quick",      "bueno",    "buena",  "amable",  "amables",   "limpio",
                                 "limpia", "recomiendo", "rapido",   "rapida", "genial",  "agradable", "atentos"},
                                1.0));
    auto& k = r.keywords;
    k[static_cast<std::size_t>(TriageCategory::safety)] = {"unsafe",
                                                           "dangerous",
                                                           "hazard",
                                                           "hazardous",
                                                           "fire hazard",
                                                           "caught fire",
                                                           "on fire",
                                                           "smoke",
                                                           "gas leak",
                                                           "smelled gas",
                                                           "carbon monoxide",
                                                           "electric shock",
                                                           "exposed wires",
                                                           "exposed wiring",
                                                           "broken glass",
                                                           "mold",
                                                           "mould",
                                                           "fire exit",
                                                           "emergency exit",
                                                           "peligroso",
                                                           "peligrosa",
                                                           "inseguro",
                                                           "insegura",
                                                           "incendio",
                                                           "fuga de gas",
                                                           "olor a gas",
                                                           "humo",
                                                           "cables expuestos",
                                                           "cables pelados",
                                                           "descarga electrica",
                                                           "vidrio roto",
                                                           "cristal roto",
                                                           "moho",
                                                           "salida de emergencia"};
    k[static_cast<std::size_t>(TriageCategory::injury)] = {
        "injur*",   "hurt",         "slipped",   "tripped",   "fell down",      "fell off",  "fell on",
        "and fell", "bleeding",     "blood",     "stitches",  "concussion",     "sprained",  "fractured",
        "broke my", "burned my",    "burnt my",  "ambulance", "emergency room", "hospital",  "food poisoning",
        "lesion",   "lesiones",     "lesionado", "lesionada", "lesiono",        "herido",    "herida",
        "heridas",  "me cai",       "se cayo",   "resbale",   "resbalo",        "resbalon",  "tropece",
        "sangre",   "sangrando",    "quemadura", "me queme",  "ambulancia",     "urgencias", "fractura",
        "esguince", "intoxicacion", "me rompi"};
    k[static_cast<std::size_t>(TriageCategory::discrimination)] = {"racist*",
                                                                   "racism*",
                                                                   "racial",
                                                                   "discriminat*",
                                                                   "sexist",
                                                                   "homophobic",
                                                                   "transphobic",
                                                                   "xenophobic",
                                                                   "slur",
                                                                   "harass*",
                                                                   "because of my race",
                                                                   "because of my skin",
                                                                   "because i am gay",
                                                                   "discrimina*",
                                                                   "machista",
                                                                   "homofobo",
                                                                   "homofoba",
                                                                   "homofobico",
                                                                   "xenofobo",
                                                                   "xenofoba",
                                                                   "acoso",
                                                                   "acosaron",
                                                                   "acoso sexual",
                                                                   "por mi color de piel",
                                                                   "por ser mujer"};
    k[static_cast<std::size_t>(TriageCategory::legal_threat)] = {"lawyer",
                                                                 "attorney",
                                                                 "sue",
                                                                 "suing",
                                                                 "lawsuit",
                                                                 "legal action",
                                                                 "see you in court",
                                                                 "take you to court",
                                                                 "small claims",
                                                                 "legal department",
                                                                 "abogado",
                                                                 "abogada",
                                                                 "abogados",
                                                                 "demanda",
                                                                 "demandar",
                                                                 "demandare",
                                                                 "denuncia",
                                                                 "denunciar",
                                                                 "denunciare",
                                                                 "accion legal",
                                                                 "acciones legales",
                                                                 "juicio",
                                                                 "tribunal",
                                                                 "juzgado"};
    k[static_cast<std::size_t>(TriageCategory::health_data)] = {"diagnosis",
                                                                "diagnosed",
                                                                "medical record*",
                                                                "medical history",
                                                                "prescription",
                                                                "medication",
                                                                "hiv",
                                                                "pregnant",
                                                                "pregnancy",
                                                                "chemotherapy",
                                                                "my therapist",
                                                                "diagnostico",
                                                                "diagnosticado",
                                                                "diagnosticada",
                                                                "historial medico",
                                                                "historia clinica",
                                                                "receta medica",
                                                                "medicacion",
                                                                "embarazada",
                                                                "embarazo",
                                                                "vih",
                                                                "quimioterapia"};
    k[static_cast<std::size_t>(TriageCategory::privacy_data)] = {"credit card number",
                                                                 "card number",
                                                                 "social security",
                                                                 "ssn",
                                                                 "passport",
                                                                 "home address",
                                                                 "my address",
                                                                 "phone number",
                                                                 "personal information",
                                                                 "personal data",
                                                                 "data breach",
                                                                 "leaked",
                                                                 "shared my",
                                                                 "numero de tarjeta",
                                                                 "tarjeta de credito",
                                                                 "pasaporte",
                                                                 "dni",
                                                                 "mi direccion",
                                                                 "numero de telefono",
                                                                 "datos personales",
                                                                 "filtraron",
                                                                 "compartieron mis",
                                                                 "compartieron mi"};
    r.negators = {"not", "no",      "never",  "isn",  "wasn",  "weren", "aren",    "didn",
                  "don", "nothing", "hardly", "nada", "nunca", "ni",    "tampoco", "sin"};
    return r;
}

Result<TriageRules> TriageRules::from_json(const Json& j) {
    const std::string root = "triage";
    if (!j.is_object()) return make_error(ErrorCode::invalid_argument, root + ": must be an object");
    TriageRules r = defaults();
    static const std::set<std::string> known = {
        "lexicon", "keywords", "negators", "rating_weight", "sentiment_threshold", "negative_medium_threshold"};
    for (const auto& [key, value] : j.items()) {
        (void)value;
        if (!known.contains(key)) return make_error(ErrorCode::invalid_argument, root + "." + key + ": unknown field");
    }
    if (auto lex = j.find("lexicon"); lex != j.end()) {
        if (!lex->is_object()) return make_error(ErrorCode::invalid_argument, root + ".lexicon: must be an object");
        for (const auto& [key, value] : lex->items()) {
            std::string path = root + ".lexicon." + key;
            if (key != "positive" && key != "negative")
                return make_error(ErrorCode::invalid_argument, path + ": unknown field (positive or negative)");
            auto list = weighted_list(value, path);
            if (!list) return list.error();
            (key == "positive" ? r.positive : r.negative) = std::move(list).value();
        }
    }
    if (auto kw = j.find("keywords"); kw != j.end()) {
        if (!kw->is_object()) return make_error(ErrorCode::invalid_argument, root + ".keywords: must be an object");
        for (const auto& [key, value] : kw->items()) {
            std::string path = root + ".keywords." + key;
            auto cat = std::find_if(all_categories.begin(), all_categories.end(),
                                    [&](TriageCategory c) { return to_string(c) == key; });
            if (cat == all_categories.end())
                return make_error(ErrorCode::invalid_argument,
                                  path +
                                      ": unknown category (safety, injury, discrimination, legal_threat, "
                                      "health_data, privacy_data)");
            auto list = string_list(value, path);
            if (!list) return list.error();
            r.keywords[static_cast<std::size_t>(*cat)] = std::move(list).value();
        }
    }
    if (auto neg = j.find("negators"); neg != j.end()) {
        auto list = string_list(*neg, root + ".negators");
        if (!list) return list.error();
        r.negators = std::move(list).value();
    }
    for (auto [name, field] :
         {std::pair{"rating_weight", &r.rating_weight}, std::pair{"sentiment_threshold", &r.sentiment_threshold},
          std::pair{"negative_medium_threshold", &r.negative_medium_threshold}}) {
        if (auto it = j.find(name); it != j.end()) {
            auto v = positive_number(*it, root + "." + name);
            if (!v) return v.error();
            *field = v.value();
        }
    }
    return r;
}

struct Triager::Compiled {
    TriageRules rules;
    std::set<std::string, std::less<>> negator_words;
    std::vector<Pattern> positive;
    std::vector<Pattern> negative;
    std::array<std::vector<Pattern>, triage_category_count> keywords;
    // The reasons a term gives, written once: [i] for the i-th term of the list.
    std::vector<TriageReason> positive_hit, positive_negated, negative_hit, negative_negated;
    std::array<std::vector<TriageReason>, triage_category_count> keyword_hit;
    std::array<TriageReason, 5> rating;  // [stars - 1]
    std::array<std::string, 3> sentiment_code;
    // Every pattern numbered in the order above (negative, positive, keywords by category). A review
    // only tries a pattern where it has the pattern's first word (found through `by_first_word`,
    // whose keys view the patterns' words) or, for a single-word prefix ("injur*"), a word with the
    // prefix's first letter.
    std::vector<const Pattern*> numbered;
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> by_first_word;
    std::array<std::vector<std::uint32_t>, 128> prefix_by_first_letter;  // folded words are ASCII

    void index(const Pattern& p) {
        const auto n = static_cast<std::uint32_t>(numbered.size());
        numbered.push_back(&p);
        if (p.words.empty()) return;
        if (p.prefix && p.words.size() == 1) {
            prefix_by_first_letter[static_cast<unsigned char>(p.words.front().front()) & 127].push_back(n);
        } else {
            by_first_word[p.words.front()].push_back(n);
        }
    }

    void lexicon_reasons(const std::vector<WeightedTerm>& terms, bool positive_list) {
        const std::string polarity = positive_list ? "positive" : "negative";
        for (const auto& term : terms) {
            (positive_list ? positive_hit : negative_hit)
                .push_back({"lexicon:" + polarity + ":" + term.term, polarity + " word, weight " + format_number(term.weight)});
            // A negated term counts with the other polarity.
            (positive_list ? positive_negated : negative_negated)
                .push_back({"lexicon:negated:" + term.term, "\"" + term.term + "\" after a negation, counted as " +
                                                                (positive_list ? "negative" : "positive") + " " +
                                                                format_number(term.weight)});
        }
    }
};

Triager::Triager(TriageRules rules) {
    auto c = std::make_shared<Compiled>();
    for (const auto& n : rules.negators)
        for (auto& w : fold_words(n)) c->negator_words.insert(std::move(w));
    for (const auto& term : rules.positive) c->positive.push_back(compile(term.term));
    for (const auto& term : rules.negative) c->negative.push_back(compile(term.term));
    for (std::size_t k = 0; k < triage_category_count; ++k)
        for (const auto& kw : rules.keywords[k]) c->keywords[k].push_back(compile(kw));
    // The patterns stay where they are from here on: the index views their words.
    for (const auto* list : {&c->negative, &c->positive})
        for (const auto& p : *list) c->index(p);
    for (const auto& list : c->keywords)
        for (const auto& p : list) c->index(p);
    c->lexicon_reasons(rules.positive, true);
    c->lexicon_reasons(rules.negative, false);
    for (auto cat : all_categories) {
        const auto k = static_cast<std::size_t>(cat);
        const std::string name(to_string(cat));
        for (const auto& kw : rules.keywords[k])
            c->keyword_hit[k].push_back({"keyword:" + name + ":" + kw, name + " keyword \"" + kw + "\""});
    }
    for (int stars = 1; stars <= 5; ++stars) {
        c->rating[stars - 1] = {"rating:" + std::to_string(stars),
                                std::to_string(stars) + " stars, score " + format_number((stars - 3) * rules.rating_weight)};
    }
    for (auto s : {Sentiment::negative, Sentiment::neutral, Sentiment::positive})
        c->sentiment_code[static_cast<std::size_t>(s)] = "sentiment:" + std::string(to_string(s));
    c->rules = std::move(rules);
    m_compiled = std::move(c);
}

Triage triage(const Review& review, const TriageRules& rules) { return Triager(rules)(review); }

Triage Triager::operator()(const Review& review) const {
    const FoldedWords words(review.text);
    return (*this)(review, words);
}

Triage Triager::operator()(const Review& review, const FoldedWords& words) const {
    const Compiled& c = *m_compiled;
    const TriageRules& rules = c.rules;
    Triage t;
    t.reasons.reserve(8);  // rating, a few lexicon terms, sentiment, severity
    // Most terms do not occur at all: a term is only tried where the review has its first word.
    // (pattern, position) pairs, sorted: the patterns in the order their reasons are listed.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> starts;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto at = static_cast<std::uint32_t>(i);
        if (auto it = c.by_first_word.find(words[i]); it != c.by_first_word.end())
            for (std::uint32_t n : it->second) starts.emplace_back(n, at);
        for (std::uint32_t n : c.prefix_by_first_letter[static_cast<unsigned char>(words[i].front()) & 127])
            starts.emplace_back(n, at);
    }
    std::sort(starts.begin(), starts.end());
    auto next_start = starts.begin();
    std::vector<std::size_t> hits;  // positions where the pattern found last starts
    // The next pattern numbered below `end` that the review has, with its hits; `end` when none is.
    auto next_found = [&](std::uint32_t end) {
        while (next_start != starts.end() && next_start->first < end) {
            const std::uint32_t n = next_start->first;
            hits.clear();
            for (; next_start != starts.end() && next_start->first == n; ++next_start)
                if (matches_at(words, next_start->second, *c.numbered[n])) hits.push_back(next_start->second);
            if (!hits.empty()) return n;
        }
        return end;
    };

    auto negated = [&](std::size_t at) {
        for (std::size_t back = 1; back <= 2 && back <= at; ++back)
            if (c.negator_words.contains(words[at - back])) return true;
        return false;
    };

    // Rating: the strongest single signal; outside 1..5 it is ignored rather than guessed at.
    double rating_part = 0;
    bool rated = review.rating >= 1 && review.rating <= 5;
    if (rated) {
        rating_part = (review.rating - 3) * rules.rating_weight;
        t.reasons.push_back(c.rating[static_cast<std::size_t>(review.rating - 1)]);
    }

    // Lexicon: each term counts once however often it appears, so a repeated word does not outweigh
    // the rating.
    double positive_weight = 0, negative_weight = 0;
    const auto negatives = static_cast<std::uint32_t>(c.negative.size());
    const auto lexicon_end = negatives + static_cast<std::uint32_t>(c.positive.size());
    for (std::uint32_t n = next_found(lexicon_end); n < lexicon_end; n = next_found(lexicon_end)) {
        const bool positive = n >= negatives;
        const std::size_t i = positive ? n - negatives : n;
        const WeightedTerm& term = positive ? rules.positive[i] : rules.negative[i];
        bool flipped = std::all_of(hits.begin(), hits.end(), negated);
        bool counts_positive = positive != flipped;
        (counts_positive ? positive_weight : negative_weight) += term.weight;
        const auto& reasons = flipped ? (positive ? c.positive_negated : c.negative_negated)
                                      : (positive ? c.positive_hit : c.negative_hit);
        t.reasons.push_back(reasons[i]);
    }

    t.score = rating_part + positive_weight - negative_weight;
    if (t.score <= -rules.sentiment_threshold) {
        t.sentiment = Sentiment::negative;
    } else if (t.score >= rules.sentiment_threshold) {
        t.sentiment = Sentiment::positive;
    }
    t.reasons.push_back({c.sentiment_code[static_cast<std::size_t>(t.sentiment)], "score " + format_number(t.score)});

    // Severity: the highest rule that fires wins; every rule that fires is recorded.
    std::vector<std::string> high_because;
    std::uint32_t category_begin = lexicon_end;
    for (auto cat : all_categories) {
        const auto index = static_cast<std::size_t>(cat);
        const auto category_end = category_begin + static_cast<std::uint32_t>(c.keywords[index].size());
        for (std::uint32_t n = next_found(category_end); n < category_end; n = next_found(category_end)) {
            t.reasons.push_back(c.keyword_hit[index][n - category_begin]);
            high_because.push_back(std::string(to_string(cat)));
        }
        category_begin = category_end;
    }
    if (!high_because.empty()) {
        high_because.erase(std::unique(high_because.begin(), high_because.end()), high_because.end());
        std::string list;
        for (const auto& cat : high_because) list += (list.empty() ? "" : ", ") + cat;
        t.severity = Severity::high;
        t.reasons.push_back({"severity:high", "category keyword: " + list + " (regional ops and legal)"});
    } else if (rated && review.rating <= 2) {
        t.severity = Severity::medium;
        t.reasons.push_back({"severity:medium", "rating 1-2 stars (manager task)"});
    } else if (negative_weight >= rules.negative_medium_threshold && negative_weight > positive_weight) {
        // A 3-5 star review can still be a complaint; only clearly negative text counts, so mixed
        // reviews ("great staff, a bit slow") stay in the location inbox.
        t.severity = Severity::medium;
        t.reasons.push_back({"severity:medium", "negative words weigh " + format_number(negative_weight) +
                                                    " (threshold " + format_number(rules.negative_medium_threshold) +
                                                    ")"});
    } else {
        t.reasons.push_back({"severity:low", "no category keyword, rating above 2, no strong complaint"});
    }
    return t;
}

}  // namespace outpost::rules
