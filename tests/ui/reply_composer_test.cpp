// The reply composer against a real engine and desk: tokens filled in the live preview as the
// manager types, an unknown token and an unedited template of a low rating warned about before
// submitting, the engine's refusal shown when submitted anyway (the draft kept), an edited reply
// approved at once; and a regional manager approving, with a reason, the reply a location manager
// submitted to a high-severity review.

#include <gtest/gtest.h>

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include "desk_fixture.h"
#include "ui/reviews/reply_card.h"
#include "ui/reviews/reply_composer.h"
#include "ui/reviews/reply_composer_presenter.h"
#include "ui/sync/core_sync.h"
#include "ui/widgets/inline_message.h"

namespace outpost::ui {
namespace {

using testing::Desk;
using testing::kEngineWaitMs;

qint64 reviewWhere(Desk& desk, const std::string& condition) {
    return desk.keeper->replica()->read([&](store::Database& db) {
        return db.query_int("SELECT coalesce(max(id), 0) FROM review WHERE " + condition).value_or(0);
    });
}

struct Composer {
    std::unique_ptr<ReplyComposerPresenter> presenter;
    std::unique_ptr<ReplyComposer> dialog;

    Composer(Desk& desk, qint64 reviewId) {
        const auto& session = desk.bridge->session();
        presenter = std::make_unique<ReplyComposerPresenter>(
            *desk.sync, ActingUser{session->user.id, session->user.displayName}, session->user.role, *desk.engine.clock);
        dialog = std::make_unique<ReplyComposer>(*presenter, reviewId);
    }
    bool loaded() { return QTest::qWaitFor([&] { return presenter->isLoaded(); }, kEngineWaitMs); }
    QPushButton* warningAction() const {
        for (auto* b : dialog->warning()->findChildren<QPushButton*>()) {
            if (b->isVisibleTo(dialog->warning())) return b;
        }
        return nullptr;
    }
};

TEST(ReplyComposerTest, TheLivePreviewFillsTokensAndAnUneditedTemplateIsWarnedThenRefused) {
    Desk desk;
    ASSERT_TRUE(desk.open(QStringLiteral("austin"), QStringLiteral("outpost-manager-demo")));
    const qint64 review =
        reviewWhere(desk, "location_id = 'loc-austin-downtown' AND rating <= 2 AND coalesce(severity, 'low') <> 'high'");
    ASSERT_GT(review, 0);
    Composer c(desk, review);
    ASSERT_TRUE(c.loaded());
    ASSERT_LE(c.presenter->review().rating, 2);

    QTest::keyClicks(c.dialog->editor(), QStringLiteral("Hi {first_name}, this is {manager_name} at {location_name}."));
    EXPECT_TRUE(c.dialog->previewText().endsWith(QStringLiteral(", this is Luis Ortega at Austin Downtown.")))
        << c.dialog->previewText().toStdString();
    EXPECT_FALSE(c.dialog->previewText().contains(QLatin1Char('{')));
    EXPECT_TRUE(c.dialog->warning()->isHidden());
    QTest::keyClicks(c.dialog->editor(), QStringLiteral(" {frist_name}"));
    EXPECT_TRUE(c.dialog->previewText().endsWith(QStringLiteral("{frist_name}")));
    EXPECT_TRUE(c.dialog->warning()->text().contains(QStringLiteral("{frist_name}")));

    // The apology template, unedited, on a low rating: warned while writing and at Submit.
    ASSERT_TRUE(c.dialog->chooseTemplate(QStringLiteral("brand-1:public_apology:en")));
    EXPECT_TRUE(c.dialog->editor()->toPlainText().contains(QStringLiteral("{first_name}")));
    EXPECT_TRUE(c.dialog->warning()->text().contains(QStringLiteral("word for word")));
    c.dialog->submit();
    QPushButton* anyway = c.warningAction();
    ASSERT_NE(anyway, nullptr);
    EXPECT_EQ(anyway->text(), QStringLiteral("Submit anyway"));
    QTest::qWait(0);
    EXPECT_TRUE(c.presenter->replies().empty());  // nothing sent yet

    // Submitted anyway: the engine's rule refuses it in its own words; the draft is kept.
    anyway->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !c.dialog->feedback()->text().isEmpty(); }, kEngineWaitMs));
    EXPECT_TRUE(c.dialog->feedback()->text().contains(QStringLiteral("needs a reply a person has written")))
        << c.dialog->feedback()->text().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return c.presenter->replies().size() == 1; }, kEngineWaitMs));
    EXPECT_EQ(c.presenter->replies()[0].state, QStringLiteral("draft"));

    // Edited, it goes through and is approved at once (not a high-severity review).
    c.dialog->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(c.dialog->editor(), QStringLiteral(" I have asked our team to deep-clean the showers tonight."));
    EXPECT_FALSE(c.dialog->warning()->text().contains(QStringLiteral("word for word")));
    c.dialog->submit();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return c.presenter->replies().size() == 1 && c.presenter->replies()[0].state == QStringLiteral("approved"); },
        kEngineWaitMs));
    const ComposerReply& reply = c.presenter->replies()[0];
    EXPECT_TRUE(reply.text.endsWith(QStringLiteral("deep-clean the showers tonight.")));
    EXPECT_FALSE(reply.text.contains(QLatin1Char('{')));
    ASSERT_GE(reply.history.size(), 2u);
    EXPECT_EQ(reply.history[0].text, QStringLiteral("Drafted by Luis Ortega"));
    EXPECT_EQ(reply.history[1].text, QStringLiteral("Submitted"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return c.dialog->cards().size() == 1; }, kEngineWaitMs));
    EXPECT_EQ(c.dialog->cards()[0]->button(QStringLiteral("approveReply")), nullptr);
}

TEST(ReplyComposerTest, ARegionalManagerApprovesWithAReasonTheReplyToAHighSeverityReview) {
    Desk desk;
    ASSERT_TRUE(desk.open(QStringLiteral("south"), QStringLiteral("outpost-region-demo")));
    // The demo's injury report at Austin Mueller is high severity.
    const qint64 review = reviewWhere(desk, "location_id = 'loc-austin-mueller' AND severity = 'high'");
    ASSERT_GT(review, 0);

    // Luis, on his own computer, submits a reply: it waits for approval.
    EngineBridge luis(ConnectionKind::embedded, QStringLiteral("127.0.0.1"), desk.engine.host.port(), *desk.engine.clock);
    luis.start();
    ASSERT_FALSE(testing::signIn(luis, QStringLiteral("austin"), QStringLiteral("outpost-manager-demo"), {},
                                 QStringLiteral("luis-laptop")));
    const Json push = {
        {"v", 1},
        {"client_id", "luis-laptop"},
        {"commands",
         Json::array({{{"mutation_id", 1},
                       {"name", "review.draft_reply"},
                       {"args", {{"review_id", review}, {"text", "We are so sorry about your wrist. The fountain is fixed; I will call you today."}}}},
                      {{"mutation_id", 2}, {"name", "review.submit_reply"}, {"args", {{"draft_id", "luis-laptop/1"}}}}})}};
    std::optional<Result<Json>> answer;
    luis.send(QStringLiteral("POST"), QStringLiteral("/v1/push"), QByteArray::fromStdString(push.dump()),
              [&](Result<Json> a) { answer = std::move(a); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, kEngineWaitMs));
    ASSERT_TRUE(answer->ok()) << answer->error().message;
    ASSERT_TRUE((**answer)["refused"].empty()) << (**answer).dump();

    desk.sync->wake();
    Composer c(desk, review);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return c.presenter->isLoaded() && c.presenter->replies().size() == 1 &&
                   c.presenter->replies()[0].state == QStringLiteral("awaiting_approval");
        },
        kEngineWaitMs));
    EXPECT_TRUE(c.presenter->canApprove());
    ASSERT_TRUE(QTest::qWaitFor([&] { return c.dialog->cards().size() == 1; }, kEngineWaitMs));
    ReplyCard* card = c.dialog->cards()[0];
    QPushButton* approve = card->button(QStringLiteral("approveReply"));
    ASSERT_NE(approve, nullptr);
    EXPECT_FALSE(approve->isEnabled());  // a reason first
    QTest::keyClicks(card->reasonEdit(), QStringLiteral("Accurate and kind; checked with the location"));
    ASSERT_TRUE(approve->isEnabled());
    approve->click();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return c.presenter->replies().size() == 1 && c.presenter->replies()[0].state == QStringLiteral("approved"); },
        kEngineWaitMs));
    const auto& history = c.presenter->replies()[0].history;
    ASSERT_FALSE(history.empty());
    EXPECT_EQ(history.back().text,
              QStringLiteral("Approved by Dana Whitfield: Accurate and kind; checked with the location"));
    EXPECT_TRUE(c.dialog->feedback()->text().contains(QStringLiteral("Approved")));
}

}  // namespace
}  // namespace outpost::ui
