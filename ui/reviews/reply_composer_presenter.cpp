#include "ui/reviews/reply_composer_presenter.h"

#include <algorithm>

#include <QPointer>
#include <QRegularExpression>
#include <set>

#include "store/repositories.h"
#include "ui/logging.h"
#include "ui/sync/core_sync.h"
#include "ui/sync/desk_sync_controller.h"

#pragma push_macro("emit")
#undef emit
#include "sync/reply_templates.h"
#pragma pop_macro("emit")

namespace outpost::ui {
namespace {

struct RawReply {
    ComposerReply reply;
    std::string approver;
    std::optional<std::int64_t> created, submitted, decided, posted, updated;
};

struct ComposerData {
    ComposerReview review;
    std::string locationId;
    std::map<std::string, std::string> tokens;
    std::vector<ComposerTemplate> templates;
    std::vector<RawReply> replies;
};

QString q(const std::string& s) { return QString::fromStdString(s); }

std::optional<std::int64_t> optionalInt(const store::Statement& s, int column) {
    if (s.is_null(column)) return std::nullopt;
    return s.int64(column);
}

Result<ComposerData> readComposer(store::Database& db, qint64 reviewId, const std::string& writer) {
    ComposerData data;
    auto review = db.prepare(
        "SELECT r.id, r.rating, coalesce(r.severity, 'low'), r.author, r.text, r.location_id, l.name FROM review r "
        "JOIN location l ON l.id = r.location_id WHERE r.id = ?1");
    if (!review) return review.error();
    review->bind(1, static_cast<std::int64_t>(reviewId));
    auto has = review->step();
    if (!has) return has.error();
    if (!*has) return make_error(ErrorCode::not_found, "no review " + std::to_string(reviewId) + " on this desk");
    data.review = {review->int64(0), static_cast<int>(review->int64(1)), q(review->string(2)), q(review->string(3)),
                   q(review->string(4)), q(review->string(6))};
    data.locationId = review->string(5);
    auto tokens = sync::review_token_values(db, reviewId, writer);
    if (!tokens) return tokens.error();
    data.tokens = std::move(*tokens);
    auto templates = sync::templates_for_location(db, data.locationId);
    if (!templates) return templates.error();
    for (const auto& t : *templates) data.templates.push_back({q(t.id), q(t.kind), q(t.lang), q(t.title), q(t.body)});

    auto replies = db.prepare(
        "SELECT d.id, d.state, d.kind, d.text, d.author_name, d.version, d.decision_reason, d.failure_reason, "
        "d.approver_name, d.created_at, d.submitted_at, d.decided_at, d.posted_at, d.updated_at, "
        "EXISTS(SELECT 1 FROM shadow s WHERE s.entity = 'review_reply_draft' AND s.entity_id = d.id) "
        "FROM review_reply_draft d WHERE d.review_id = ?1 ORDER BY d.created_at, d.id");
    if (!replies) return replies.error();
    replies->bind(1, static_cast<std::int64_t>(reviewId));
    auto rows = store::collect_rows<RawReply>(*replies, [](const store::Statement& s) -> Result<RawReply> {
        RawReply r;
        r.reply.id = q(s.string(0));
        r.reply.state = q(s.string(1));
        r.reply.kind = q(s.string(2));
        r.reply.text = q(s.string(3));
        r.reply.authorName = q(s.string(4));
        r.reply.version = s.int64(5);
        r.reply.decisionReason = q(s.string(6));
        r.reply.failureReason = q(s.string(7));
        r.approver = s.string(8);
        r.created = optionalInt(s, 9);
        r.submitted = optionalInt(s, 10);
        r.decided = optionalInt(s, 11);
        r.posted = optionalInt(s, 12);
        r.updated = optionalInt(s, 13);
        r.reply.pending = s.int64(14) != 0;
        return r;
    });
    if (!rows) return rows.error();
    data.replies = std::move(*rows);
    return data;
}

// The history a reply's columns tell, oldest first.
std::vector<ReplyHistoryEntry> historyOf(const RawReply& r) {
    std::vector<ReplyHistoryEntry> out;
    auto add = [&out](std::optional<std::int64_t> at, QString text) {
        if (at) out.push_back({store::from_db(*at), std::move(text)});
    };
    const QString approver = q(r.approver);
    add(r.created, ReplyComposerPresenter::tr("Drafted by %1").arg(r.reply.authorName));
    add(r.submitted, ReplyComposerPresenter::tr("Submitted"));
    if (r.decided) {
        const QString reason = r.reply.decisionReason;
        if (r.reply.state == QLatin1String("draft")) {
            add(r.decided, ReplyComposerPresenter::tr("Sent back by %1: %2").arg(approver, reason));
        } else {
            add(r.decided, reason.isEmpty() ? ReplyComposerPresenter::tr("Approved by %1").arg(approver)
                                            : ReplyComposerPresenter::tr("Approved by %1: %2").arg(approver, reason));
        }
    }
    add(r.posted, ReplyComposerPresenter::tr("Posted"));
    if (r.reply.state == QLatin1String("failed")) {
        add(r.updated, ReplyComposerPresenter::tr("Posting failed: %1").arg(r.reply.failureReason));
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
    return out;
}

QString guessLanguage(const QString& text) {
    static const std::set<QString> spanish = {
        QStringLiteral("el"),   QStringLiteral("la"),   QStringLiteral("los"),     QStringLiteral("las"),
        QStringLiteral("que"),  QStringLiteral("muy"),  QStringLiteral("una"),     QStringLiteral("por"),
        QStringLiteral("con"),  QStringLiteral("pero"), QStringLiteral("gracias"), QStringLiteral("del"),
        QStringLiteral("está"), QStringLiteral("estaba"), QStringLiteral("nadie"), QStringLiteral("clases")};
    const QStringList words = text.toLower().split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts);
    int hits = 0;
    for (const QString& w : words) hits += spanish.contains(w) ? 1 : 0;
    return hits >= 2 && hits * 8 >= words.size() ? QStringLiteral("es") : QStringLiteral("en");
}

}  // namespace

ReplyComposerPresenter::ReplyComposerPresenter(DeskSyncController& sync, ActingUser user, Role role, const Clock& clock,
                                               QObject* parent)
    : QObject(parent), m_sync(sync), m_user(std::move(user)), m_role(role), m_clock(clock) {
    connect(&m_sync, &DeskSyncController::dataChanged, this, [this] {
        if (m_reviewId != 0) reload();
    });
}

void ReplyComposerPresenter::open(qint64 reviewId) {
    m_reviewId = reviewId;
    m_loaded = false;
    m_editing.clear();
    reload();
}

void ReplyComposerPresenter::reload() {
    QPointer<ReplyComposerPresenter> self(this);
    const qint64 id = m_reviewId;
    const std::string writer = m_user.name.toStdString();
    m_sync.worker().run<Result<ComposerData>>(
        [id, writer](sync::Replica& replica) {
            return replica.read([&](store::Database& db) { return readComposer(db, id, writer); });
        },
        [self, id](Result<ComposerData> data) {
            if (!self || id != self->m_reviewId) return;
            if (!data) {
                emit self->loadFailed(tr("The review could not be read: %1").arg(q(data.error().message)));
                return;
            }
            self->m_review = data->review;
            self->m_tokens = std::move(data->tokens);
            self->m_templates = std::move(data->templates);
            self->m_replies.clear();
            for (const RawReply& r : data->replies) {
                ComposerReply reply = r.reply;
                reply.history = historyOf(r);
                self->m_replies.push_back(std::move(reply));
            }
            self->m_language = guessLanguage(self->m_review.text);
            self->m_loaded = true;
            emit self->loaded();
        });
}

const ComposerReply* ReplyComposerPresenter::reply(const QString& id) const {
    for (const auto& r : m_replies) {
        if (r.id == id) return &r;
    }
    return nullptr;
}

std::vector<ComposerTemplate> ReplyComposerPresenter::templates(const QString& kind, const QString& lang) const {
    std::vector<ComposerTemplate> out;
    for (const auto& t : m_templates) {
        if (t.kind == kind && t.lang == lang) out.push_back(t);
    }
    return out;
}

const ComposerTemplate* ReplyComposerPresenter::findTemplate(const QString& id) const {
    for (const auto& t : m_templates) {
        if (t.id == id) return &t;
    }
    return nullptr;
}

ReplyPreview ReplyComposerPresenter::preview(const QString& text) const {
    const auto rendered = sync::render_template(text.toStdString(), m_tokens);
    ReplyPreview out{q(rendered.text), {}, {}};
    for (const auto& t : rendered.unknown) out.unknown << q(t);
    for (const auto& t : rendered.missing) out.missing << q(t);
    return out;
}

bool ReplyComposerPresenter::isUneditedTemplate(const QString& text, const QString& templateId) const {
    const ComposerTemplate* t = findTemplate(templateId);
    if (!t || m_review.rating > 2) return false;
    return sync::normalise_reply(preview(text).text.toStdString()) ==
           sync::normalise_reply(preview(t->body).text.toStdString());
}

bool ReplyComposerPresenter::needsApproval() const {
    return m_review.severity == QLatin1String("high") && !canApprove();
}

void ReplyComposerPresenter::editReply(const QString& draftId) {
    m_editing = reply(draftId) ? draftId : QString();
}

Json ReplyComposerPresenter::draftArgs(const QString& text, const QString& kind, const QString& templateId) const {
    Json args = {{"review_id", m_reviewId}, {"text", preview(text).text.toStdString()}, {"kind", kind.toStdString()}};
    if (!templateId.isEmpty()) args["template_id"] = templateId.toStdString();
    if (const ComposerReply* editing = reply(m_editing)) {
        args["draft_id"] = editing->id.toStdString();
        args["base_version"] = editing->version;
    }
    return args;
}

void ReplyComposerPresenter::saveDraft(const QString& text, const QString& kind, const QString& templateId) {
    run({{"review.draft_reply", draftArgs(text, kind, templateId)}}, tr("Draft saved. It syncs when the engine is reachable."),
        tr("The draft was not saved: %1"));
}

void ReplyComposerPresenter::submitReply(const QString& text, const QString& kind, const QString& templateId) {
    // The draft is saved first: a refused submission keeps the text.
    run({{"review.draft_reply", draftArgs(text, kind, templateId)}, {"review.submit_reply", Json::object()}},
        needsApproval() ? tr("Submitted: the reply waits for a regional manager's approval.")
                        : tr("Submitted: the reply is approved and will be posted."),
        tr("The reply was not submitted: %1"));
}

void ReplyComposerPresenter::approve(const QString& draftId, const QString& reason) {
    run({{"review.approve_reply", {{"draft_id", draftId.toStdString()}, {"reason", reason.toStdString()}}}},
        tr("Approved: the reply will be posted."), tr("The reply was not approved: %1"));
}

void ReplyComposerPresenter::reject(const QString& draftId, const QString& reason) {
    run({{"review.reject_reply", {{"draft_id", draftId.toStdString()}, {"reason", reason.toStdString()}}}},
        tr("Sent back to its writer as a draft."), tr("The reply was not rejected: %1"));
}

void ReplyComposerPresenter::retry(const QString& draftId) {
    run({{"review.retry_reply", {{"draft_id", draftId.toStdString()}}}}, tr("Posting will be tried again."),
        tr("The reply cannot be retried: %1"));
}

void ReplyComposerPresenter::discard(const QString& draftId) {
    if (draftId == m_editing) m_editing.clear();
    run({{"review.discard_draft", {{"draft_id", draftId.toStdString()}}}}, tr("Draft discarded."),
        tr("The draft was not discarded: %1"));
}

// Runs the commands in order on the replica; a submit_reply without a draft id takes the draft the
// command before it saved. Stops at the first refusal.
void ReplyComposerPresenter::run(std::vector<std::pair<std::string, Json>> commands, QString done,
                                 QString refusedPrefix) {
    QPointer<ReplyComposerPresenter> self(this);
    qCInfo(lcSync) << "queueing" << QString::fromStdString(commands.front().first);
    const bool submits = commands.back().first == "review.submit_reply";
    m_sync.worker().run<std::pair<Result<void>, QString>>(
        [commands = std::move(commands)](sync::Replica& replica) mutable -> std::pair<Result<void>, QString> {
            std::string draft;
            for (auto& [name, args] : commands) {
                if (name == "review.submit_reply" && !args.contains("draft_id")) args["draft_id"] = draft;
                auto queued = replica.submit(name, args);
                if (!queued) return {queued.error(), QString::fromStdString(draft)};
                if (name == "review.draft_reply") {
                    draft = args.contains("draft_id") ? args["draft_id"].get<std::string>()
                                                      : replica.client_id() + "/" + std::to_string(*queued);
                }
            }
            return {Result<void>(), QString::fromStdString(draft)};
        },
        [self, done, refusedPrefix, submits](std::pair<Result<void>, QString> outcome) {
            if (!self) return;
            // Further saves edit the same draft, until it is submitted.
            if (!outcome.second.isEmpty()) self->m_editing = submits && outcome.first ? QString() : outcome.second;
            self->m_sync.refreshCounts();
            self->m_sync.wake();
            if (outcome.first) {
                emit self->saved(done);
            } else {
                emit self->refused(refusedPrefix.arg(q(outcome.first.error().message)));
            }
            self->reload();
        });
}

}  // namespace outpost::ui
