#include "ui/shell/screenshot_runner.h"

#include <algorithm>

#include <QCoreApplication>
#include <QComboBox>
#include <QDir>
#include <QPixmap>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

#include "ui/bridge/engine_bridge.h"
#include "ui/customers/customers_screen.h"
#include "ui/widgets/inline_message.h"
#include "ui/logging.h"
#include "ui/session/demo_logins.h"
#include "ui/tasks/tasks_presenter.h"
#include "ui/tasks/tasks_view.h"
#include <QTabWidget>
#include <QTableWidget>
#include "ui/session/idle_lock.h"
#include "ui/session/lock_view.h"
#include "ui/session/login_dialog.h"
#include "ui/session/login_flow.h"
#include "ui/settings/settings_screen.h"
#include "ui/session/verifier_store.h"
#include "ui/reviews/alert_banner.h"
#include "ui/reviews/reply_composer.h"
#include "ui/reviews/review_table_model.h"
#include "ui/reviews/reviews_extras.h"
#include "ui/reviews/reviews_presenter.h"
#include "ui/reviews/reviews_view.h"
#include "ui/shell/main_window.h"
#include "ui/startup/embedded_engine_host.h"
#include "ui/startup/first_run_dialog.h"
#include "ui/startup/unlock_dialog.h"
#include "ui/startup/unlock_flow.h"
#include "ui/reviews/review_detail_pane.h"
#include "ui/sync/desk_sync_controller.h"
#include "ui/sync/engine_transport.h"
#include "ui/sync/replica_keeper.h"
#include "ui/sync/sync_issues_dialog.h"
#include "ui/sync/sync_issues_model.h"

#include <QPlainTextEdit>

namespace outpost::ui {
namespace {

constexpr char kPassphrase[] = "screenshots-passphrase";
constexpr char kWrongPassphrase[] = "not-the-passphrase";
constexpr int kTimeoutMs = 180000;
// The scoped account the inbox is shown as (two Austin locations), and the one asked for a code.
constexpr char kReviewsUser[] = "austin";
constexpr char kMfaUser[] = "admin";

QString demoPassword(const QString& username) {
    for (const auto& account : demoLogins()) {
        if (account.username == username) return account.password;
    }
    return {};
}

Timestamp screenshotTime() {
    auto t = parse_iso8601("2026-11-24T15:00:00Z");
    return t ? *t : Timestamp{};
}

}  // namespace

ScreenshotRunner::ScreenshotRunner(QString outputDir, QObject* parent)
    : QObject(parent), m_outputDir(std::move(outputDir)), m_clock(std::make_shared<ManualClock>(screenshotTime())) {}

ScreenshotRunner::~ScreenshotRunner() {
    m_lock.reset();
    delete m_login.data();
    m_window.reset();
    m_sync.reset();
    m_transport.reset();
    m_replicas.reset();
    m_bridge.reset();
    delete m_unlock.data();
}

void ScreenshotRunner::start() {
    if (!m_temp.isValid()) return fail(QStringLiteral("cannot create a temporary folder"));
    if (!QDir().mkpath(m_outputDir)) return fail(QStringLiteral("cannot create %1").arg(m_outputDir));
    QTimer::singleShot(kTimeoutMs, this, [this] { fail(QStringLiteral("the screens did not render in time")); });
    renderFirstRun();
    renderCreatePassphrase();
    openStore();
}

bool ScreenshotRunner::save(QWidget& widget, const QString& name) { return save(widget.grab(), name); }

bool ScreenshotRunner::save(const QPixmap& picture, const QString& name) {
    const QString path = QDir(m_outputDir).filePath(name);
    if (!picture.save(path, "PNG")) {
        fail(QStringLiteral("cannot write %1").arg(path));
        return false;
    }
    qCInfo(lcShell) << "wrote" << path;
    return true;
}

void ScreenshotRunner::fail(const QString& why) {
    if (m_done) return;
    m_done = true;
    qCCritical(lcShell) << "screenshots failed:" << why;
    emit finished(1);
}

void ScreenshotRunner::renderFirstRun() {
    FirstRunDialog dialog;
    dialog.show();
    dialog.resize(600, dialog.heightForWidth(600) > 0 ? dialog.heightForWidth(600) : dialog.sizeHint().height());
    QCoreApplication::processEvents();
    save(dialog, QStringLiteral("first-run.png"));
}

void ScreenshotRunner::renderCreatePassphrase() {
    UnlockDialog dialog(UnlockDialog::Mode::create);
    dialog.show();
    dialog.resize(560, dialog.heightForWidth(560) > 0 ? dialog.heightForWidth(560) : dialog.sizeHint().height());
    QCoreApplication::processEvents();
    save(dialog, QStringLiteral("create-passphrase.png"));
}

void ScreenshotRunner::openStore() {
    m_host = std::make_unique<EmbeddedEngineHost>(m_clock);
    connect(m_host.get(), &EmbeddedEngineHost::failed, this,
            [this](const Error& error) { fail(QString::fromStdString(error.message)); });
    connect(m_host.get(), &EmbeddedEngineHost::started, this, &ScreenshotRunner::renderWrongPassphrase);
    m_host->open({m_temp.filePath(QStringLiteral("engine.db")), true}, QString::fromLatin1(kPassphrase));
}

// A real attempt with a wrong passphrase on the store just made: the picture shows what users see.
void ScreenshotRunner::renderWrongPassphrase() {
    m_wrongHost = std::make_unique<EmbeddedEngineHost>(m_clock);
    m_unlock = new UnlockDialog(UnlockDialog::Mode::unlock);
    auto* flow =
        new UnlockFlow(*m_unlock, *m_wrongHost, {m_temp.filePath(QStringLiteral("engine.db")), true}, m_unlock);
    connect(flow, &UnlockFlow::unlocked, this, [this] { fail(QStringLiteral("a wrong passphrase opened the store")); });
    connect(m_wrongHost.get(), &EmbeddedEngineHost::failed, this, [this](const Error& error) {
        if (error.code != ErrorCode::wrong_key) {
            fail(QStringLiteral("a wrong passphrase gave: %1").arg(QString::fromStdString(error.message)));
        }
    });
    connect(m_unlock, &UnlockDialog::errorShown, this, [this] {
        // Let the dialog lay out the message before the grab.
        QTimer::singleShot(0, this, [this] {
            if (m_done || !m_unlock) return;
            const int height = m_unlock->heightForWidth(560);
            m_unlock->resize(560, height > 0 ? height : m_unlock->sizeHint().height());
            QCoreApplication::processEvents();
            if (!save(*m_unlock, QStringLiteral("unlock.png"))) return;
            m_unlock->hide();
            m_unlock->deleteLater();
            renderLogin();
        });
    });
    m_unlock->show();
    m_unlock->submitPassphrase(QString::fromLatin1(kWrongPassphrase));
}

// A real login on the engine: the demo administrator without the one-time code gets mfa_required.
void ScreenshotRunner::renderLogin() {
    m_bridge = std::make_unique<EngineBridge>(ConnectionKind::embedded, QStringLiteral("127.0.0.1"), m_host->port(),
                                              *m_clock);
    m_bridge->start();
    m_login = new LoginDialog;
    m_login->setPlace(tr("Embedded engine on this computer"));
    auto clock = m_clock;
    m_login->setDemoAccounts(demoLogins(), [clock] { return demoOneTimeCode(clock->now()); });
    auto* flow = new LoginFlow(*m_bridge, *m_login, nullptr, m_login);
    connect(flow, &LoginFlow::signedIn, this, [this] { fail(QStringLiteral("the administrator got in without a code")); });
    connect(m_login, &LoginDialog::errorShown, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (m_done || !m_login) return;
            if (!m_login->isCodeVisible()) return fail(QStringLiteral("the engine did not ask for a one-time code"));
            const int height = m_login->heightForWidth(520);
            m_login->resize(520, height > 0 ? height : m_login->sizeHint().height());
            QCoreApplication::processEvents();
            if (!save(*m_login, QStringLiteral("login.png"))) return;
            m_login->hide();
            m_login->deleteLater();
            signIn();
        });
    });
    m_login->show();
    m_login->submitCredentials(QString::fromLatin1(kMfaUser), demoPassword(QString::fromLatin1(kMfaUser)));
}

void ScreenshotRunner::signInAs(const QString& username, const QString& code, std::function<void()> then) {
    // Another person: their window and sync go before the replica changes.
    m_lock.reset();
    if (m_window) m_window->hide();
    m_window.reset();
    m_sync.reset();
    m_transport.reset();
    if (!m_replicas) m_replicas = std::make_unique<ReplicaKeeper>(m_temp.filePath(QStringLiteral("replicas")), m_clock);
    disconnect(m_replicas.get(), nullptr, this, nullptr);
    disconnect(m_bridge.get(), &EngineBridge::loginSucceeded, this, nullptr);
    disconnect(m_bridge.get(), &EngineBridge::loginFailed, this, nullptr);
    const QString password = demoPassword(username);
    connect(m_replicas.get(), &ReplicaKeeper::failed, this,
            [this](const Error& error) { fail(QString::fromStdString(error.message)); });
    connect(
        m_replicas.get(), &ReplicaKeeper::prepared, this,
        [this, username, password, code](const QString& clientId) {
            LoginRequest request;
            request.username = username;
            request.password = password;
            request.oneTimeCode = code;
            request.deviceId = QStringLiteral("screenshots");
            request.clientId = clientId;
            m_bridge->login(request);
        },
        Qt::SingleShotConnection);
    connect(m_bridge.get(), &EngineBridge::loginFailed, this,
            [this](const Error& error) { fail(QString::fromStdString(error.message)); });
    connect(
        m_bridge.get(), &EngineBridge::loginSucceeded, this,
        [this, then] {
            auto committed = m_replicas->commit();
            if (!committed || !m_replicas->replica()) return fail(QStringLiteral("the replica did not open"));
            const auto& session = m_bridge->session();
            if (!m_replicas->replica()->set_user(UserId(session->user.id), session->user.displayName.toStdString(), session->user.role)) {
                return fail(QStringLiteral("cannot record the user in the replica"));
            }
            m_transport = std::make_unique<EngineTransport>(*m_bridge);
            m_sync = std::make_unique<DeskSyncController>(*m_replicas->replica(), m_transport->transport(), *m_clock);
            connect(m_bridge.get(), &EngineBridge::remoteDataChanged, m_sync.get(), &DeskSyncController::wake);
            m_sync->start();
            then();
        },
        Qt::SingleShotConnection);
    m_replicas->prepare(username, password);
}

// The inbox as the Austin location manager, read from the replica the login opened.
void ScreenshotRunner::signIn() {
    const QString username = QString::fromLatin1(kReviewsUser);
    m_verifiers = std::make_unique<VerifierStore>(m_temp.filePath(QStringLiteral("verifiers")));
    m_verifiers->remember(QStringLiteral("embedded"), username, demoPassword(username));
    signInAs(username, {}, [this] { renderReviews(); });
}

void ScreenshotRunner::renderReviews() {
    m_window = std::make_unique<MainWindow>(*m_bridge, *m_sync, *m_clock);
    m_window->resize(1400, 860);
    connect(m_window.get(), &MainWindow::contentReady, this, &ScreenshotRunner::captureReviews, Qt::QueuedConnection);
    m_window->show();
    m_window->start();
}

void ScreenshotRunner::captureReviews() {
    if (m_done) return;
    if (m_window->storeCountText().isEmpty()) {
        // The status bar's count comes with its own answer from the replica: wait for it.
        QTimer::singleShot(50, this, &ScreenshotRunner::captureReviews);
        return;
    }
    // Open a negative review with some text, so the detail pane shows what it is for: one with a
    // running SLA clock and a severity above low first, so its reasons show too.
    ReviewTableModel* model = m_window->reviewsPresenter().model();
    qint64 chosen = 0;
    for (int row = 0; row < model->rowCount() && chosen == 0; ++row) {
        const Review* review = model->reviewAt(row);
        const auto* triage = model->triageOf(review->id);
        if (triage && triage->clock && triage->severity && *triage->severity != rules::Severity::low &&
            review->text.size() > 80) {
            chosen = review->id.value();
        }
    }
    for (int row = 0; row < model->rowCount() && chosen == 0; ++row) {
        const Review* review = model->reviewAt(row);
        if (review->rating <= 2 && review->text.size() > 160) chosen = review->id.value();
    }
    for (int row = 0; row < model->rowCount() && chosen == 0; ++row) {
        if (model->reviewAt(row)->rating <= 2) chosen = model->reviewAt(row)->id.value();
    }
    if (chosen == 0 && model->rowCount() > 0) chosen = model->reviewAt(0)->id.value();
    m_window->reviewsView()->selectReview(chosen);
    m_window->reviewsView()->table()->setFocus();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();  // the status bar relays out after its labels changed
    if (!save(*m_window, QStringLiteral("reviews.png"))) return;
    captureAlert();
}

// The complaint spike the demo raised at Austin Mueller, above the inbox, with one of its
// complaints (an injury report) open.
void ScreenshotRunner::captureAlert() {
    if (m_done) return;
    if (m_window->reviewsExtras().banner()->rowCount() == 0) {
        QTimer::singleShot(50, this, &ScreenshotRunner::captureAlert);
        return;
    }
    ReviewTableModel* model = m_window->reviewsPresenter().model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->reviewAt(row)->author == "Hannah Lindqvist") {
            m_window->reviewsView()->selectReview(model->reviewAt(row)->id.value());
            break;
        }
    }
    QCoreApplication::processEvents();
    if (!save(*m_window, QStringLiteral("alert.png"))) return;
    m_window->reviewsView()->detailPane()->openComposer();
    captureComposer();
}

// The composer on that review: the apology template, made personal, saved as a draft, with the
// live preview and the draft's history beside it.
void ScreenshotRunner::captureComposer() {
    if (m_done) return;
    ReplyComposer* composer = m_window->reviewsExtras().composer();
    if (!composer || composer->templateBox()->count() < 2) {
        QTimer::singleShot(50, this, &ScreenshotRunner::captureComposer);
        return;
    }
    if (!m_composerDrafted) {
        m_composerDrafted = true;
        composer->resize(1120, 660);
        composer->chooseTemplate(QStringLiteral("brand-1:public_apology:en"));
        composer->editor()->moveCursor(QTextCursor::End);
        composer->editor()->insertPlainText(
            QStringLiteral("\nP.S. The fountain is repaired and the floor stays dry now. How is your wrist?"));
        composer->saveDraft();
    }
    if (composer->cards().empty()) {
        QTimer::singleShot(50, this, &ScreenshotRunner::captureComposer);
        return;
    }
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    if (!save(*composer, QStringLiteral("reply-composer.png"))) return;
    composer->close();
    m_window->showScreen(m_window->tasksView());
    m_window->tasksView()->selectTask(QStringLiteral("demo-loc-austin-downtown-4"));
    captureTasks();
}

// The manager's queue with the card of the injury report they hold, then the team board.
void ScreenshotRunner::captureTasks() {
    if (m_done) return;
    TasksView* view = m_window->tasksView();
    const auto& card = m_window->tasksPresenter().card();
    if (!card || card->task.id != "demo-loc-austin-downtown-4") {
        if (!m_window->tasksPresenter().queue().empty()) view->selectTask(QStringLiteral("demo-loc-austin-downtown-4"));
        QTimer::singleShot(50, this, &ScreenshotRunner::captureTasks);
        return;
    }
    view->queueTable()->setFocus();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    if (!save(*m_window, QStringLiteral("tasks.png"))) return;
    view->tabs()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    if (!save(*m_window, QStringLiteral("team-board.png"))) return;
    view->tabs()->setCurrentIndex(0);
    renderFrontDesk();  // screenshot_people.cpp
}

void ScreenshotRunner::renderLock() {
    const auto& session = m_bridge->session();
    if (!session) return fail(QStringLiteral("the session ended before the lock"));
    m_lock = std::make_unique<IdleLock>(*m_window, *m_verifiers, QStringLiteral("embedded"), session->user.username,
                                        session->user.displayName, std::chrono::minutes(IdleLock::kDefaultMinutes));
    m_lock->lock();
    QCoreApplication::processEvents();
    if (!save(*m_window, QStringLiteral("lock.png"))) return;
    signInAsAdministrator();
}

// Settings as the demo administrator, with the second factor answered.
void ScreenshotRunner::signInAsAdministrator() {
    const QString username = QString::fromLatin1(kMfaUser);
    signInAs(username, demoOneTimeCode(m_clock->now()), [this] { renderSettings(); });
}

void ScreenshotRunner::renderSettings() {
    m_window = std::make_unique<MainWindow>(*m_bridge, *m_sync, *m_clock);
    m_window->resize(1400, 860);
    SettingsScreen* settings = m_window->settingsScreen();
    if (!settings) return fail(QStringLiteral("the administrator has no Settings screen"));
    connect(settings, &SettingsScreen::contentReady, this, &ScreenshotRunner::captureSettings, Qt::QueuedConnection);
    m_window->show();
    m_window->showScreen(settings);
    m_window->start();
}

void ScreenshotRunner::captureSettings() {
    if (m_done) return;
    SettingsScreen* settings = m_window->settingsScreen();
    settings->showTab(SettingsScreen::Tab::users);
    if (!settings->selectUser(QString::fromLatin1(kReviewsUser))) return fail(QStringLiteral("no user to show"));
    QCoreApplication::processEvents();
    if (!save(*m_window, QStringLiteral("users.png"))) return;
    settings->showTab(SettingsScreen::Tab::audit);
    QCoreApplication::processEvents();
    if (!save(*m_window, QStringLiteral("audit.png"))) return;
    // A colleague of the Austin manager who works at Austin Downtown only (for the refused change).
    m_bridge->send(QStringLiteral("GET"), QStringLiteral("/v1/users"), {}, [this](Result<Json> answer) {
        if (m_done) return;
        if (!answer) return fail(QString::fromStdString(answer.error().message));
        for (const Json& user : answer->value("users", Json::array())) {
            if (user.value("username", std::string()) != "frontdesk") continue;
            m_colleagueId = user.value("id", std::int64_t{0});
            m_colleagueName = QString::fromStdString(user.value("display_name", std::string()));
        }
        if (m_colleagueId == 0) return fail(QStringLiteral("no front desk colleague in the demo data"));
        signInAs(QString::fromLatin1(kReviewsUser), {}, [this] { renderOffline(); });
    });
}

// The Austin manager again, on the replica kept from the first login.
void ScreenshotRunner::renderOffline() {
    m_window = std::make_unique<MainWindow>(*m_bridge, *m_sync, *m_clock);
    m_window->resize(1400, 860);
    connect(m_window.get(), &MainWindow::contentReady, this, &ScreenshotRunner::refuseAssignment, Qt::QueuedConnection);
    m_window->show();
    m_window->start();
}

// A real refusal: the manager gives a review of Austin Mueller to a colleague of Austin Downtown.
void ScreenshotRunner::refuseAssignment() {
    if (m_done) return;
    ReviewTableModel* model = m_window->reviewsPresenter().model();
    qint64 chosen = 0;
    for (int row = 0; row < model->rowCount() && chosen == 0; ++row) {
        if (model->reviewAt(row)->location_id.value() == "loc-austin-mueller") chosen = model->reviewAt(row)->id.value();
    }
    if (chosen == 0) return fail(QStringLiteral("no review of Austin Mueller"));
    connect(m_sync.get(), &DeskSyncController::issuesReady, this, [this] {
        if (!m_sync->issues().empty() && m_host->isRunning()) goOffline();
    });
    m_window->reviewActions().submit(
        "review.assign",
        {{"review_id", chosen}, {"user_id", m_colleagueId}, {"user_name", m_colleagueName.toStdString()}},
        [this](Result<void> queued) {
            if (!queued) fail(QString::fromStdString(queued.error().message));
        });
}

// The engine stops; the manager goes on working: three changes wait on this computer.
void ScreenshotRunner::goOffline() {
    m_host->stop();
    m_bridge->checkHealth();
    ReviewsView* view = m_window->reviewsView();
    ReviewTableModel* model = m_window->reviewsPresenter().model();
    qint64 chosen = 0;
    for (int row = 0; row < model->rowCount() && chosen == 0; ++row) {
        const Review* review = model->reviewAt(row);
        if (review->rating <= 2 && review->status == ReviewStatus::open && review->text.size() > 120) {
            chosen = review->id.value();
        }
    }
    if (chosen == 0 || !view->selectReview(chosen)) return fail(QStringLiteral("no open negative review to work on"));
    ReviewDetailPane* pane = view->detailPane();
    pane->acknowledge();
    pane->toggleAssigned();
    pane->draftEditor()->setPlainText(
        tr("Thank you for telling us. The manager of the club will call you today to put this right."));
    pane->saveDraft();
    captureOffline();
}

void ScreenshotRunner::captureOffline() {
    if (m_done) return;
    const auto detail = m_window->reviewsPresenter().detailOf(m_window->reviewsView()->selectedReviewId());
    const bool ready = m_window->isOffline() && m_sync->state().pending >= 3 && !m_sync->state().syncing &&
                       detail && detail->pending && m_window->reviewsView()->detailPane()->draftCount() > 0;
    if (!ready) {
        QTimer::singleShot(50, this, &ScreenshotRunner::captureOffline);
        return;
    }
    m_window->reviewsView()->table()->setFocus();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    if (!save(*m_window, QStringLiteral("offline.png"))) return;
    captureSyncIssues();
}

void ScreenshotRunner::captureSyncIssues() {
    if (m_done) return;
    SyncIssuesDialog* dialog = m_window->showSyncIssues();
    if (dialog->model()->rowCount() == 0) {
        QTimer::singleShot(50, this, &ScreenshotRunner::captureSyncIssues);
        return;
    }
    dialog->resize(900, 360);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    if (!save(*dialog, QStringLiteral("sync-issues.png"))) return;
    m_done = true;
    emit finished(0);
}

}  // namespace outpost::ui
