#include "ui/shell/screenshot_runner.h"

// The screenshot steps of the location's people: the Front desk and the Customers screens.

#include <algorithm>

#include <QCoreApplication>
#include <QLineEdit>
#include <QPainter>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

#include "profiles/contract.h"
#include "profiles/front_desk.h"
#include "ui/customers/at_risk_list.h"
#include "ui/customers/at_risk_panel.h"
#include "ui/customers/consent_dialog.h"
#include "ui/customers/customers_screen.h"
#include "ui/customers/merge_queue.h"
#include "ui/customers/profile_360.h"
#include "ui/desk/desk_presenter.h"
#include "ui/desk/desk_view.h"
#include "ui/desk/member_card_pane.h"
#include "ui/reviews/reviews_view.h"
#include "ui/shell/main_window.h"
#include "ui/sync/desk_sync_controller.h"
#include "ui/sync/replica_keeper.h"
#include "ui/widgets/inline_message.h"

namespace outpost::ui {

namespace {

// The member of the location with the most alerts on their card (among equals one whose payment
// failed, then the lowest id) who has not been in for half an hour, so that the picture shows
// what the badges look like.
Result<qint64> memberWithMostAlerts(store::Database& db, const std::string& location, const Clock& clock) {
    auto members = profiles::ids(db,
                                 "SELECT id FROM profile WHERE home_location_id = ?1 AND merged_into IS NULL AND "
                                 "membership_status <> 'prospect' ORDER BY id",
                                 [&](store::Statement& s) { s.bind(1, location); });
    if (!members) return members.error();
    qint64 best = 0;
    std::size_t most = 0;
    for (const auto id : *members) {
        auto card = profiles::member_card(db, ProfileId(id), clock);
        if (!card) return card.error();
        const bool recent = card->last_visit && clock.now() - *card->last_visit < kDoubleCheckInWindow;
        // Among equals, one whose payment failed: the alert the counter most needs to see.
        const bool failed = std::any_of(card->alerts.begin(), card->alerts.end(),
                                        [](const profiles::DeskAlert& a) { return a.code == "payment_failed"; });
        const std::size_t weight = card->alerts.size() * 2 + (failed ? 1 : 0);
        if (!recent && weight > most) {
            most = weight;
            best = id;
        }
    }
    if (best == 0) return make_error(ErrorCode::not_found, "no member with alerts at " + location);
    return best;
}

}  // namespace

// The manager at the counter: the member with the most alerts opened and checked in.
void ScreenshotRunner::renderFrontDesk() {
    DeskPresenter* desk = m_window->deskPresenter();
    if (!desk || !m_window->deskView()) return fail(QStringLiteral("the manager has no Front desk screen"));
    m_window->showScreen(m_window->deskView());
    if (desk->locationId().empty()) {
        QTimer::singleShot(50, this, &ScreenshotRunner::renderFrontDesk);
        return;
    }
    const std::string location = desk->locationId();
    // The engine scores its members in batches after it starts: the picture waits until this
    // location's have reached the desk, so that it does not depend on how fast that went.
    auto unscored = m_replicas->replica()->read([&](store::Database& db) {
        return profiles::ids(db,
                             "SELECT p.id FROM profile p WHERE p.home_location_id = ?1 AND p.merged_into IS NULL AND "
                             "p.membership_status IN ('trial', 'active', 'frozen') AND NOT EXISTS "
                             "(SELECT 1 FROM at_risk_score s WHERE s.profile_id = p.id) LIMIT 1",
                             [&](store::Statement& s) { s.bind(1, location); });
    });
    if (!unscored) return fail(QString::fromStdString(unscored.error().message));
    if (!unscored->empty()) {
        QTimer::singleShot(100, this, &ScreenshotRunner::renderFrontDesk);
        return;
    }
    auto chosen = m_replicas->replica()->read(
        [&](store::Database& db) { return memberWithMostAlerts(db, location, *m_clock); });
    if (!chosen) return fail(QString::fromStdString(chosen.error().message));
    m_deskMember = *chosen;
    desk->open(ProfileId(m_deskMember));
    connect(desk, &DeskPresenter::cardChanged, this, [desk] { desk->checkIn(); }, Qt::SingleShotConnection);
    // The picture waits for the sync round after the check-in, so that it shows it confirmed.
    connect(
        desk, &DeskPresenter::checkedIn, this,
        [this] {
            connect(m_sync.get(), &DeskSyncController::dataChanged, this, [this] { m_deskSynced = true; },
                    Qt::SingleShotConnection);
        },
        Qt::SingleShotConnection);
    captureFrontDesk();
}

void ScreenshotRunner::captureFrontDesk() {
    if (m_done) return;
    DeskPresenter* desk = m_window->deskPresenter();
    const auto& card = desk->card();
    const auto& today = desk->today();
    const bool came = std::any_of(today.checked_in.begin(), today.checked_in.end(),
                                  [this](const profiles::SearchHit& hit) { return hit.id.value() == m_deskMember; });
    const bool ready = m_deskSynced && came && card && card->profile.id.value() == m_deskMember &&
                       card->pending_check_ins == 0 && !m_window->deskView()->card()->confirmationText().isEmpty() &&
                       !m_sync->state().syncing && m_sync->state().pending == 0;
    if (!ready) {
        QTimer::singleShot(50, this, &ScreenshotRunner::captureFrontDesk);
        return;
    }
    m_window->deskView()->focusFilters();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    if (!save(*m_window, QStringLiteral("front-desk.png"))) return;
    m_window->showScreen(m_window->customersScreen());
    captureCustomers();
}

// The Austin manager's at-risk list, the merge queue with a suggestion compared, then the profile
// 360 of the member on top of the at-risk list (found by typing their name).
void ScreenshotRunner::captureCustomers() {
    if (m_done) return;
    CustomersScreen* screen = m_window->customersScreen();
    const auto again = [this] { QTimer::singleShot(50, this, &ScreenshotRunner::captureCustomers); };
    AtRiskListView* atRisk = screen->atRiskList();
    if (!atRisk) return fail(QStringLiteral("the manager has no at-risk list"));
    if (m_customerStep == 0) {
        if (atRisk->table()->rowCount() == 0) return again();
        screen->showTab(2);
        atRisk->selectRow(0);
        atRisk->table()->setFocus();
        QCoreApplication::processEvents();
        if (!save(*m_window, QStringLiteral("at-risk.png"))) return;
        m_customerStep = 1;
    }
    MergeQueueView* merges = screen->mergeQueue();
    if (m_customerStep == 1) {
        // One merge done (the last suggestion approved), so the list of merges shows what Unmerge undoes.
        if (merges->suggestions()->rowCount() < 2 || !merges->approveButton()->isEnabled()) return again();
        screen->showTab(1);
        merges->selectSuggestion(merges->suggestions()->rowCount() - 1);
        merges->approveButton()->click();
        m_customerStep = 2;
        return again();
    }
    if (m_customerStep == 2) {
        if (merges->merges()->rowCount() == 0 || !merges->approveButton()->isEnabled()) return again();
        merges->selectMerge(0);
        screen->mergeQueue()->selectSuggestion(0);
        screen->mergeQueue()->suggestions()->setFocus();
        QCoreApplication::processEvents();
        if (!save(*m_window, QStringLiteral("merge-queue.png"))) return;
        m_customerStep = 3;
        screen->showTab(0);
        // The 360 of a member whose payments failed: the richest timeline of the list.
        int pick = 0;
        for (int r = atRisk->table()->rowCount() - 1; r >= 0; --r) {
            if (atRisk->table()->item(r, 4)->text().contains(QStringLiteral("ayment"))) pick = r;
        }
        const QString name = atRisk->table()->item(pick, 0)->text();
        screen->searchField()->setFocus();
        screen->searchField()->setText(name);
    }
    if (screen->results()->count() == 0) return again();
    if (screen->results()->currentRow() < 0) screen->results()->setCurrentRow(0);
    if (!screen->profile()->atRisk()->isVisible() || screen->profile()->timeline()->rowCount() == 0) return again();
    QCoreApplication::processEvents();
    screen->message()->clear();
    QCoreApplication::processEvents();
    if (!save(*m_window, QStringLiteral("customer-360.png"))) return;
    if (!captureConsent(*screen->profile())) return;
    m_window->showScreen(m_window->reviewsView());
    renderLock();
}

// The consent tab of the same 360 with the dialog that records a grant open over it: the first
// channel the member has not agreed to, its words as they are read out. The dialog is a window of
// its own, so it is drawn onto the picture of the main window where it stands.
bool ScreenshotRunner::captureConsent(Profile360View& profile) {
    profile.showTab(1);
    for (int row = 0; row < profile.consent()->rowCount() && !profile.grantConsentButton()->isEnabled(); ++row) {
        profile.consent()->selectRow(row);
    }
    if (!profile.grantConsentButton()->isEnabled()) {
        fail(QStringLiteral("the member has agreed to every channel: no consent to record"));
        return false;
    }
    profile.grantConsentButton()->click();
    auto* dialog = profile.findChild<ConsentDialog*>(QStringLiteral("consentDialog"));
    if (!dialog) {
        fail(QStringLiteral("the consent dialog did not open"));
        return false;
    }
    dialog->adjustSize();
    QCoreApplication::processEvents();
    QPixmap picture = m_window->grab();
    const QPixmap over = dialog->grab();
    // Offscreen windows have no frame: a title bar and a border are drawn as a window manager would.
    constexpr int kTitle = 30;
    const QRect body((picture.width() - over.width()) / 2, (picture.height() - over.height()) / 3, over.width(), over.height());
    const QRect title(body.left(), body.top() - kTitle, body.width(), kTitle);
    QPainter painter(&picture);
    painter.fillRect(title, QColor(0x2b, 0x3a, 0x42));
    painter.setPen(Qt::white);
    QFont bold = painter.font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(title.adjusted(12, 0, -12, 0), Qt::AlignVCenter | Qt::AlignLeft, dialog->windowTitle());
    painter.drawPixmap(body.topLeft(), over);
    painter.setPen(QColor(0x2b, 0x3a, 0x42));
    painter.drawRect(title.united(body).adjusted(0, 0, -1, -1));
    painter.end();
    dialog->reject();
    profile.showTab(0);
    return save(picture, QStringLiteral("customer-consent.png"));
}

}  // namespace outpost::ui
