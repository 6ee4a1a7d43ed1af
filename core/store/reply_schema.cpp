// Replies (issue #4): reply templates, the reply workflow on drafts, the engine's outbox of replies
// to post. Kept apart from schema.cpp, which holds the earlier migrations.
#include "store/schema.h"

namespace outpost::store {
namespace {

// Shared with the desks. Templates: location_id NULL is the brand's own template, a row with a
// location overrides the brand's template of the same `slot` there. Drafts gain the reply workflow
// (state, the template and the text it rendered to, approver and reason, the outcome of posting).
// Reviews gain the time of their first posted reply (response time metrics).
constexpr std::string_view kReplies = R"sql(
CREATE TABLE reply_template (
    id          TEXT PRIMARY KEY,
    brand_id    TEXT NOT NULL,
    location_id TEXT,
    slot        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('public', 'private')),
    lang        TEXT NOT NULL DEFAULT 'en',
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_by  TEXT NOT NULL DEFAULT '',
    updated_at  INTEGER NOT NULL
);
CREATE INDEX reply_template_slot ON reply_template(brand_id, slot, lang, location_id);
ALTER TABLE review ADD COLUMN first_reply_at INTEGER;
ALTER TABLE review_reply_draft ADD COLUMN state TEXT NOT NULL DEFAULT 'draft'
    CHECK (state IN ('draft', 'awaiting_approval', 'approved', 'posted', 'failed'));
ALTER TABLE review_reply_draft ADD COLUMN kind TEXT NOT NULL DEFAULT 'public' CHECK (kind IN ('public', 'private'));
ALTER TABLE review_reply_draft ADD COLUMN template_id TEXT;
ALTER TABLE review_reply_draft ADD COLUMN template_text TEXT;
ALTER TABLE review_reply_draft ADD COLUMN submitted_at INTEGER;
ALTER TABLE review_reply_draft ADD COLUMN approver_id INTEGER;
ALTER TABLE review_reply_draft ADD COLUMN approver_name TEXT NOT NULL DEFAULT '';
ALTER TABLE review_reply_draft ADD COLUMN decision_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE review_reply_draft ADD COLUMN decided_at INTEGER;
ALTER TABLE review_reply_draft ADD COLUMN posted_at INTEGER;
ALTER TABLE review_reply_draft ADD COLUMN platform_reply_id TEXT;
ALTER TABLE review_reply_draft ADD COLUMN failure_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX review_reply_draft_state ON review_reply_draft(state) WHERE state IN ('approved', 'awaiting_approval');
)sql";

constexpr std::string_view kRepliesTitle = "reply templates and the reply workflow";

// Engine only: approved replies waiting to be posted, with their attempts and the next try.
constexpr std::string_view kReplyOutbox = R"sql(
CREATE TABLE reply_outbox (
    draft_id        TEXT PRIMARY KEY,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT NOT NULL DEFAULT '',
    queued_at       INTEGER NOT NULL
);
CREATE INDEX reply_outbox_due ON reply_outbox(next_attempt_at);
)sql";

}  // namespace

Migration reply_migration(int version) { return sql_migration(version, kRepliesTitle, kReplies); }

Migration engine_reply_migration(int version) {
    return Migration{version, "reply templates, the reply workflow and the reply outbox", [](Database& db) -> Result<void> {
                         if (auto r = db.exec(kReplies); !r) return r;
                         return db.exec(kReplyOutbox);
                     }};
}

}  // namespace outpost::store
