#include "ui/reviews/review_inbox_text.h"

#include <QCoreApplication>

namespace outpost::ui::ReviewInboxText {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("outpost::ui::ReviewInboxText", text, disambiguation, n);
}

QString quoted(const std::string& word) {
    return tr("“%1”").arg(QString::fromStdString(word));
}

QString category(const std::string& code) {
    if (code == "safety") return tr("Safety");
    if (code == "injury") return tr("Injury");
    if (code == "discrimination") return tr("Discrimination");
    if (code == "legal_threat") return tr("Legal threat");
    if (code == "health_data") return tr("Health data");
    if (code == "privacy_data") return tr("Privacy data");
    return QString::fromStdString(code);
}

QString obligation(rules::SlaItemType type) {
    switch (type) {
        case rules::SlaItemType::review_acknowledge: return tr("Ack");
        case rules::SlaItemType::review_public_reply: return tr("Reply");
        case rules::SlaItemType::review_private_outreach: return tr("Outreach");
        case rules::SlaItemType::review_resolution: return tr("Resolve");
        default: break;
    }
    return tr("Due");
}

QString level(const std::string& code) {
    if (code == "region") return tr("region");
    if (code == "corporate") return tr("corporate");
    return {};
}

// "keyword:injury:slipped" -> {"keyword", "injury", "slipped"}; the last part keeps any ':'.
std::vector<std::string> parts(const std::string& code, std::size_t count) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (out.size() + 1 < count) {
        const auto colon = code.find(':', start);
        if (colon == std::string::npos) break;
        out.push_back(code.substr(start, colon - start));
        start = colon + 1;
    }
    out.push_back(code.substr(start));
    return out;
}

}  // namespace

QString severity(rules::Severity severity) {
    switch (severity) {
        case rules::Severity::high: return tr("High");
        case rules::Severity::medium: return tr("Medium");
        case rules::Severity::low: break;
    }
    return tr("Low");
}

QString slaState(sync::InboxSla state) {
    switch (state) {
        case sync::InboxSla::on_track: return tr("On track");
        case sync::InboxSla::warning: return tr("Warning");
        case sync::InboxSla::breached: return tr("Breached");
        case sync::InboxSla::none: break;
    }
    return tr("No SLA");
}

SlaChip::State chipState(sync::InboxSla state) {
    switch (state) {
        case sync::InboxSla::on_track: return SlaChip::State::on_track;
        case sync::InboxSla::warning: return SlaChip::State::warning;
        case sync::InboxSla::breached: return SlaChip::State::breached;
        case sync::InboxSla::none: break;
    }
    return SlaChip::State::none;
}

sync::InboxSla liveState(const sync::InboxTriage& triage, Timestamp now) {
    if (!triage.clock) return sync::InboxSla::none;
    const auto live = sync::clock_state("ok", triage.clock->due, triage.clock->warning_at, now);
    if (triage.sla == sync::InboxSla::breached) return sync::InboxSla::breached;
    if (triage.sla == sync::InboxSla::warning && live == sync::InboxSla::on_track) return sync::InboxSla::warning;
    return live;
}

QString countdown(const sync::InboxTriage& triage, Timestamp now) {
    if (!triage.clock || !triage.clock->due) return {};
    const sync::InboxClock& c = *triage.clock;
    const QString what = obligation(c.type);
    switch (liveState(triage, now)) {
        case sync::InboxSla::breached: {
            const bool recent = now - *c.due < std::chrono::minutes(1);
            const QString text = recent ? tr("%1 overdue just now").arg(what)
                                        : tr("%1 overdue %2").arg(what, SlaChip::span(now - *c.due, true));
            const QString up = level(c.level);
            return up.isEmpty() ? text : tr("%1 · %2").arg(text, up);
        }
        case sync::InboxSla::warning: return tr("%1: %2 left").arg(what, SlaChip::span(*c.due - now, true));
        default: break;
    }
    return tr("%1 in %2").arg(what, SlaChip::span(*c.due - now, true));
}

QString reasonsShort(const std::vector<std::string>& codes) {
    QStringList keywords;
    QStringList words;
    QString rating;
    bool low = false;
    for (const auto& code : codes) {
        const auto p = parts(code, 3);
        if (p[0] == "keyword" && p.size() == 3) {
            keywords << tr("%1 %2").arg(category(p[1]), quoted(p[2]));
        } else if (p[0] == "lexicon" && p.size() == 3 && p[1] == "negative") {
            words << quoted(p[2]);
        } else if (p[0] == "rating" && p.size() == 2) {
            rating = tr("%1★").arg(QString::fromStdString(p[1]));
        } else if (code == "severity:low") {
            low = true;
        }
    }
    QStringList shown = keywords + words;
    // A low review that only has its rating says nothing worth a column.
    if (shown.isEmpty()) return low ? QString() : rating;
    constexpr int kShown = 3;
    const int more = static_cast<int>(shown.size()) - kShown;
    if (more > 0) {
        shown = shown.mid(0, kShown);
        shown << tr("+%1").arg(more);
    }
    return shown.join(QStringLiteral(" · "));
}

QString reason(const std::string& code) {
    const auto p = parts(code, 3);
    const std::string& kind = p[0];
    if (kind == "rating" && p.size() == 2) {
        return tr("Rating: %1 of 5 stars").arg(QString::fromStdString(p[1]));
    }
    if (kind == "keyword" && p.size() == 3) {
        return tr("%1 keyword %2: goes to regional ops and legal").arg(category(p[1]), quoted(p[2]));
    }
    if (kind == "lexicon" && p.size() == 3) {
        if (p[1] == "negative") return tr("Negative word %1").arg(quoted(p[2]));
        if (p[1] == "positive") return tr("Positive word %1").arg(quoted(p[2]));
        if (p[1] == "negated") return tr("%1 after a negation, counted the other way").arg(quoted(p[2]));
    }
    if (kind == "sentiment" && p.size() >= 2) {
        const std::string& value = p[1];
        if (value == "negative") return tr("Overall tone: negative");
        if (value == "positive") return tr("Overall tone: positive");
        return tr("Overall tone: neutral");
    }
    if (kind == "severity" && p.size() >= 2) {
        const std::string& value = p[1];
        if (value == "high") return tr("Severity high: a risk keyword fired");
        if (value == "medium") return tr("Severity medium: a low rating or a clear complaint (manager task)");
        return tr("Severity low: no risk keyword, no strong complaint");
    }
    return QString::fromStdString(code);
}

QStringList reasonsFull(const std::vector<std::string>& codes) {
    QStringList out;
    for (const auto& code : codes) out << reason(code);
    return out;
}

}  // namespace outpost::ui::ReviewInboxText
