#include "ui/shell/screenshot_runner.h"

#include <QCoreApplication>
#include <QDir>
#include <QTableView>
#include <QTimer>

#include "ui/bridge/engine_bridge.h"
#include "ui/logging.h"
#include "ui/reviews/review_table_model.h"
#include "ui/reviews/reviews_presenter.h"
#include "ui/reviews/reviews_view.h"
#include "ui/shell/main_window.h"
#include "ui/startup/embedded_engine_host.h"
#include "ui/startup/first_run_dialog.h"
#include "ui/startup/unlock_dialog.h"
#include "ui/startup/unlock_flow.h"

namespace outpost::ui {
namespace {

constexpr char kPassphrase[] = "screenshots-passphrase";
constexpr char kWrongPassphrase[] = "not-the-passphrase";
constexpr int kTimeoutMs = 180000;

Timestamp screenshotTime() {
    auto t = parse_iso8601("2026-11-24T15:00:00Z");
    return t ? *t : Timestamp{};
}

}  // namespace

ScreenshotRunner::ScreenshotRunner(QString outputDir, QObject* parent)
    : QObject(parent), m_outputDir(std::move(outputDir)), m_clock(std::make_shared<ManualClock>(screenshotTime())) {}

ScreenshotRunner::~ScreenshotRunner() {
    m_window.reset();
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

bool ScreenshotRunner::save(QWidget& widget, const QString& name) {
    const QString path = QDir(m_outputDir).filePath(name);
    if (!widget.grab().save(path, "PNG")) {
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
            renderReviews();
        });
    });
    m_unlock->show();
    m_unlock->submitPassphrase(QString::fromLatin1(kWrongPassphrase));
}

void ScreenshotRunner::renderReviews() {
    m_bridge =
        std::make_unique<EngineBridge>(ConnectionKind::embedded, QStringLiteral("127.0.0.1"), m_host->port(), *m_clock);
    m_window = std::make_unique<MainWindow>(*m_bridge, *m_clock);
    m_window->resize(1400, 860);
    connect(m_window.get(), &MainWindow::contentReady, this, &ScreenshotRunner::captureReviews, Qt::QueuedConnection);
    m_window->show();
    m_bridge->start();
    m_window->start();
}

void ScreenshotRunner::captureReviews() {
    if (m_done) return;
    // Open a negative review with some text, so the detail pane shows what it is for.
    ReviewTableModel* model = m_window->reviewsPresenter().model();
    qint64 chosen = 0;
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
    if (!save(*m_window, QStringLiteral("reviews.png"))) return;
    m_done = true;
    emit finished(0);
}

}  // namespace outpost::ui
