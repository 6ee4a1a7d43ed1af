#pragma once
// What issue #4 adds to the Reviews screen around the inbox, kept apart from ReviewsView: the
// reply composer opened from the detail pane, the alert banner above the list, and the Import
// reviews button for corporate users. The main window makes one and connects newAlert to its tray.

#include <memory>

#include <QObject>
#include <QPointer>

#include "domain/clock.h"
#include "domain/user.h"
#include "ui/reviews/import_dialog.h"
#include "ui/reviews/review_actions.h"

class QPushButton;

namespace outpost::ui {

class AlertBanner;
class AlertsPresenter;
class DeskSyncController;
class ReplyComposer;
class ReplyComposerPresenter;
class ReviewsView;

class ReviewsExtras final : public QObject {
    Q_OBJECT

  public:
    // `upload` sends to the engine (EngineBridge::send); empty, or a role without the right to
    // import, shows no Import button.
    ReviewsExtras(ReviewsView& view, DeskSyncController& sync, ActingUser user, Role role, const Clock& clock,
                  ImportDialog::Sender upload, QObject* parent = nullptr);
    ~ReviewsExtras() override;

    [[nodiscard]] AlertsPresenter& alerts() { return *m_alerts; }
    [[nodiscard]] AlertBanner* banner() const { return m_banner; }
    [[nodiscard]] QPushButton* importButton() const { return m_importButton; }
    [[nodiscard]] ReplyComposer* composer() const;

    // Opens the composer on a review (one at a time); answers it.
    ReplyComposer* openComposer(qint64 reviewId);
    ImportDialog* openImport();

  private:
    ReviewsView& m_view;
    std::unique_ptr<ReplyComposerPresenter> m_composerPresenter;
    std::unique_ptr<AlertsPresenter> m_alerts;
    AlertBanner* m_banner = nullptr;
    QPushButton* m_importButton = nullptr;
    ImportDialog::Sender m_upload;
    QPointer<ReplyComposer> m_composer;
    QPointer<ImportDialog> m_import;
};

}  // namespace outpost::ui
