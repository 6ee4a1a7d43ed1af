#include "ui/reviews/reviews_extras.h"

#include <QPlainTextEdit>
#include <QPushButton>

#include "ui/reviews/alert_banner.h"
#include "ui/reviews/alerts_presenter.h"
#include "ui/reviews/reply_composer.h"
#include "ui/reviews/reply_composer_presenter.h"
#include "ui/reviews/review_detail_pane.h"
#include "ui/reviews/reviews_view.h"
#include "ui/widgets/icons.h"

namespace outpost::ui {

ReviewsExtras::ReviewsExtras(ReviewsView& view, DeskSyncController& sync, ActingUser user, Role role,
                             const Clock& clock, ImportDialog::Sender upload, QObject* parent)
    : QObject(parent),
      m_view(view),
      m_composerPresenter(std::make_unique<ReplyComposerPresenter>(sync, std::move(user), role, clock)),
      m_alerts(std::make_unique<AlertsPresenter>(sync, clock)),
      m_upload(std::move(upload)) {
    m_banner = new AlertBanner(*m_alerts, &view);
    view.addBanner(m_banner);
    connect(view.detailPane(), &ReviewDetailPane::composerRequested, this, &ReviewsExtras::openComposer);
    if (m_upload && role_has(role, Permission::ingest_reviews)) {
        m_importButton = new QPushButton(Icons::themed(QStringLiteral("platform")), tr("Import reviews…"), &view);
        m_importButton->setObjectName(QStringLiteral("importReviewsButton"));
        m_importButton->setToolTip(tr("Import a review export from Google, Yelp, Facebook or a CSV file"));
        m_importButton->setFlat(true);
        view.addHeaderAction(m_importButton);
        connect(m_importButton, &QPushButton::clicked, this, &ReviewsExtras::openImport);
    }
    m_alerts->start();
}

ReviewsExtras::~ReviewsExtras() {
    // The dialogs refer to the presenters.
    delete m_composer.data();
    delete m_import.data();
}

ReplyComposer* ReviewsExtras::composer() const {
    return m_composer;
}

ReplyComposer* ReviewsExtras::openComposer(qint64 reviewId) {
    delete m_composer.data();
    m_composer = new ReplyComposer(*m_composerPresenter, reviewId, &m_view);
    m_composer->setAttribute(Qt::WA_DeleteOnClose);
    m_composer->show();
    m_composer->editor()->setFocus();
    return m_composer;
}

ImportDialog* ReviewsExtras::openImport() {
    if (!m_upload) return nullptr;
    if (!m_import) {
        m_import = new ImportDialog(m_upload, &m_view);
        m_import->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_import->show();
    m_import->raise();
    return m_import;
}

}  // namespace outpost::ui
