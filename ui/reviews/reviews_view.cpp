#include "ui/reviews/reviews_view.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QSettings>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/models/display_text.h"
#include "ui/reviews/review_bulk.h"
#include "ui/reviews/review_detail_pane.h"
#include "ui/reviews/review_metrics_strip.h"
#include "ui/reviews/review_status_counts.h"
#include "ui/reviews/saved_views.h"
#include "ui/reviews/review_filter_bar.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/inline_message.h"
#include "ui/widgets/sla_chip.h"
#include "ui/widgets/star_rating.h"

namespace outpost::ui {

ReviewsView::ReviewsView(ReviewsPresenter& presenter, QWidget* parent, QSettings* settings)
    : Screen(parent),
      m_presenter(presenter),
      m_filters(new ReviewFilterBar(this)),
      m_views(new SavedViewsBar(SavedViewStore(settings ? *settings : *new QSettings(this), presenter.userId()), this)),
      m_metrics(new ReviewMetricsStrip(this)),
      m_statusCounts(new ReviewStatusCounts(this)),
      m_bulk(new ReviewBulkBar(this)),
      m_message(new InlineMessage(this)),
      m_counts(new QLabel(this)),
      m_loading(new QLabel(tr("Loading…"), this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_listPages(new QStackedWidget(this)),
      m_table(new QTableView(this)),
      m_emptyState(new QLabel(this)),
      m_detail(new ReviewDetailPane(this)) {
    setObjectName(QStringLiteral("reviewsView"));
    setAccessibleName(tr("Reviews"));

    auto* title = new QLabel(tr("Reviews"), this);
    title->setProperty("role", QStringLiteral("title"));
    m_counts->setObjectName(QStringLiteral("reviewCounts"));
    m_counts->setProperty("role", QStringLiteral("muted"));
    m_loading->setProperty("role", QStringLiteral("muted"));
    m_loading->setVisible(false);
    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(title, 0, Qt::AlignBaseline);
    header->addWidget(m_counts, 0, Qt::AlignBaseline);
    header->addWidget(m_loading, 0, Qt::AlignBaseline);
    header->addStretch(1);
    header->addWidget(m_views, 0, Qt::AlignVCenter);
    header->addSpacing(10);
    auto* refreshButton = new QToolButton(this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    refreshButton->setIcon(Icons::themed(QStringLiteral("refresh")));
    refreshButton->setText(tr("Refresh"));
    refreshButton->setToolTip(tr("Load the reviews again (F5)"));
    refreshButton->setAccessibleName(tr("Refresh"));
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    refreshButton->setAutoRaise(true);
    connect(refreshButton, &QToolButton::clicked, this, &ReviewsView::refresh);
    header->addWidget(refreshButton, 0, Qt::AlignVCenter);

    m_proxy->setSourceModel(presenter.model());
    m_proxy->setSortRole(ReviewTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setAccessibleName(tr("Reviews list"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(ReviewTableModel::RatingColumn,
                                      new StarRatingDelegate(ReviewTableModel::RatingRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setItemDelegateForColumn(ReviewTableModel::SlaColumn,
                                      new SlaChipDelegate(ReviewTableModel::SlaColorRole, m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    // Newest first is the engine's order; the indicator says so until the user picks a column.
    m_table->horizontalHeader()->setSortIndicator(ReviewTableModel::PostedColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    configureColumns();

    m_emptyState->setObjectName(QStringLiteral("reviewsEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setProperty("role", QStringLiteral("muted"));
    m_emptyState->setText(tr("No reviews match these filters.\nChoose other filters or clear them."));
    m_listPages->addWidget(m_table);
    m_listPages->addWidget(m_emptyState);
    auto* listColumn = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listColumn);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    listLayout->addWidget(m_listPages, 1);
    auto* hint = new QLabel(presenter.canAct()
                                ? tr("Keys: j/k move · a assign to me · r reply · e escalate · c acknowledge · x resolve · "
                                     "Ctrl or Shift+click selects several")
                                : tr("Keys: j/k move · double-click a location to show only it"),
                            listColumn);
    hint->setObjectName(QStringLiteral("reviewKeysHint"));
    hint->setProperty("role", QStringLiteral("muted"));
    hint->setWordWrap(true);
    listLayout->addWidget(hint);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(10);
    splitter->addWidget(listColumn);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({800, 400});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 10);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_filters);
    layout->addWidget(m_metrics);
    auto* countsRow = new QHBoxLayout;
    countsRow->setSpacing(12);
    countsRow->addWidget(m_statusCounts, 0);
    countsRow->addWidget(m_bulk, 1);
    layout->addLayout(countsRow);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    for (auto signal : {&ReviewFilterBar::locationsChanged, &ReviewFilterBar::ratingChanged,
                        &ReviewFilterBar::platformChanged, &ReviewFilterBar::severityChanged,
                        &ReviewFilterBar::statusChanged, &ReviewFilterBar::slaChanged,
                        &ReviewFilterBar::filtersApplied}) {
        connect(m_filters, signal, this, &ReviewsView::applyFilters);
    }
    connect(m_views, &SavedViewsBar::viewChosen, m_filters, &ReviewFilterBar::apply);
    connect(m_views, &SavedViewsBar::saveFailed, this,
            [this](const QString& message) { m_message->showMessage(InlineMessage::Kind::error, message); });
    connect(m_statusCounts, &ReviewStatusCounts::statusesChosen, m_filters, &ReviewFilterBar::selectStatuses);
    connect(m_metrics, &ReviewMetricsStrip::allLocationsRequested, this, [this] { drillDown({}); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() == ReviewTableModel::LocationColumn) {
            drillDown(index.data(ReviewTableModel::LocationIdRole).toString().toStdString());
        }
    });
    connect(m_bulk, &ReviewBulkBar::bulkRequested, this, [this](ReviewsPresenter::Bulk action) {
        m_presenter.runBulk(action, selectedReviewIds());
    });
    connect(&m_presenter, &ReviewsPresenter::bulkFinished, this,
            [this](ReviewsPresenter::Bulk action, int applied, const QStringList& failures) {
                m_message->showMessage(failures.isEmpty() ? InlineMessage::Kind::information : InlineMessage::Kind::error,
                                       bulkOutcome(action, applied, failures));
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_bulk->setSelectedCount(static_cast<int>(selectedReviewIds().size())); });
    connect(m_message, &InlineMessage::actionTriggered, &m_presenter, &ReviewsPresenter::retry);

    connect(&m_presenter, &ReviewsPresenter::locationsChanged, this,
            [this] { m_filters->setDirectory(m_presenter.directory()); });
    connect(&m_presenter, &ReviewsPresenter::reviewsReplaced, this, &ReviewsView::onReviewsReplaced);
    connect(&m_presenter, &ReviewsPresenter::countsChanged, this, &ReviewsView::updateCounts);
    connect(&m_presenter, &ReviewsPresenter::errorChanged, this, &ReviewsView::updateError);
    connect(&m_presenter, &ReviewsPresenter::loadingChanged, this, [this](bool loading) {
        m_loading->setVisible(loading);
        updateEmptyState();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });

    // Actions on the review shown: sync commands through the presenter.
    m_detail->setActionsEnabled(m_presenter.canAct());
    connect(m_detail, &ReviewDetailPane::statusRequested, &m_presenter, &ReviewsPresenter::setStatus);
    connect(m_detail, &ReviewDetailPane::assignRequested, this, [this](qint64 id, bool toMe) {
        if (toMe) {
            m_presenter.assignToMe(id);
        } else {
            m_presenter.unassign(id);
        }
    });
    connect(m_detail, &ReviewDetailPane::saveDraftRequested, this,
            [this](qint64 id, const QString& text, const QString& draftId, qint64 version) {
                m_presenter.saveDraft(id, text, draftId, version);
            });
    connect(m_detail, &ReviewDetailPane::discardDraftRequested, &m_presenter, &ReviewsPresenter::discardDraft);
    connect(&m_presenter, &ReviewsPresenter::draftsChanged, this, [this](qint64 reviewId) {
        if (reviewId == m_detail->reviewId()) m_detail->showDrafts(m_presenter.drafts(), m_presenter.clock().now());
    });
    connect(&m_presenter, &ReviewsPresenter::actionFailed, this,
            [this](const QString& message) { m_message->showMessage(InlineMessage::Kind::error, message); });
    if (m_presenter.canAct()) addShortcuts();

    updateCounts();
}

void ReviewsView::addShortcuts() {
    auto add = [this](Qt::Key key, auto slot) {
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(Qt::Key_C, [this] { act(ReviewsPresenter::Bulk::acknowledge); });
    add(Qt::Key_X, [this] { act(ReviewsPresenter::Bulk::resolve); });
    add(Qt::Key_A, [this] { act(ReviewsPresenter::Bulk::assignToMe); });
    add(Qt::Key_E, [this] { act(ReviewsPresenter::Bulk::escalate); });
    add(Qt::Key_R, [this] { m_detail->openComposer(); });
}

void ReviewsView::act(ReviewsPresenter::Bulk action) {
    const auto ids = selectedReviewIds();
    if (ids.size() > 1) {
        m_presenter.runBulk(action, ids);
        return;
    }
    if (action == ReviewsPresenter::Bulk::escalate) {
        // Said back in the message line: a task appeared or went up, which the list does not show.
        if (m_detail->isShowingReview()) m_presenter.runBulk(action, {m_detail->reviewId()});
        return;
    }
    switch (action) {
        case ReviewsPresenter::Bulk::acknowledge: m_detail->acknowledge(); break;
        case ReviewsPresenter::Bulk::resolve: m_detail->toggleResolved(); break;
        case ReviewsPresenter::Bulk::assignToMe: m_detail->toggleAssigned(); break;
        case ReviewsPresenter::Bulk::escalate: break;
    }
}

void ReviewsView::applyFilters() {
    const ReviewQuery filters = m_filters->filters();
    m_views->setCurrentFilters(filters);
    m_presenter.setFilters(filters);
    updateSummary();
}

void ReviewsView::drillDown(const std::string& locationId) {
    ReviewQuery filters = m_filters->filters();
    filters.locations.clear();
    if (!locationId.empty()) filters.locations.push_back(locationId);
    m_filters->apply(filters);
}

std::vector<qint64> ReviewsView::selectedReviewIds() const {
    std::vector<qint64> out;
    QModelIndexList rows = m_table->selectionModel()->selectedRows(ReviewTableModel::RatingColumn);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows) out.push_back(index.data(ReviewTableModel::ReviewIdRole).toLongLong());
    return out;
}

void ReviewsView::updateSummary() {
    const ReviewQuery filters = m_filters->filters();
    m_statusCounts->setCounts(m_presenter.statusCounts(), filters.statuses);
    m_metrics->setMetrics(m_presenter.metrics(), m_filters->locationText(), !filters.locations.empty());
}

void ReviewsView::configureColumns() {
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(48);
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;
    const QString sampleTime = DisplayText::shortLocalTime(
        DisplayText::toTimestamp(QDateTime(QDate(2026, 12, 28), QTime(22, 58), QTimeZone::utc())), QTimeZone::utc(),
        locale);
    const int x = fm.horizontalAdvance(QLatin1Char('x'));
    m_table->setColumnWidth(ReviewTableModel::RatingColumn, 88);
    m_table->setColumnWidth(ReviewTableModel::PostedColumn, fm.horizontalAdvance(sampleTime) + 24);
    // Narrow enough that the start of the review's text stays in view beside the detail pane.
    m_table->setColumnWidth(ReviewTableModel::LocationColumn, x * 17);
    m_table->setColumnWidth(ReviewTableModel::AuthorColumn, x * 11);
    m_table->setColumnWidth(ReviewTableModel::PlatformColumn, x * 9);
    m_table->setColumnWidth(ReviewTableModel::StatusColumn, x * 13);
    m_table->setColumnWidth(ReviewTableModel::SlaColumn, x * 28);
    m_table->setColumnWidth(ReviewTableModel::SeverityColumn, x * 9);
    m_table->setColumnWidth(ReviewTableModel::ReasonsColumn, x * 17);
    // The author and platform are in the detail pane; the list keeps room for the review's text.
    m_table->setColumnHidden(ReviewTableModel::AuthorColumn, true);
    m_table->setColumnHidden(ReviewTableModel::PlatformColumn, true);
}

QString ReviewsView::title() const {
    return tr("Reviews");
}

QIcon ReviewsView::icon() const {
    return Icons::themed(QStringLiteral("reviews"));
}

void ReviewsView::refresh() {
    m_presenter.refresh();
}

void ReviewsView::focusFilters() {
    m_filters->focusFirst();
}

void ReviewsView::selectNext() {
    moveSelection(1);
}

void ReviewsView::selectPrevious() {
    moveSelection(-1);
}

void ReviewsView::moveSelection(int delta) {
    const int rows = m_proxy->rowCount();
    if (rows == 0) return;
    const QModelIndex current = m_table->currentIndex();
    int row = current.isValid() ? current.row() + delta : (delta > 0 ? 0 : rows - 1);
    if (row >= rows) {
        if (m_proxy->canFetchMore({})) m_proxy->fetchMore({});
        row = rows - 1;
    }
    row = qBound(0, row, rows - 1);
    const QModelIndex target = m_proxy->index(row, ReviewTableModel::RatingColumn);
    m_table->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(target);
}

bool ReviewsView::selectReview(qint64 reviewId) {
    const int sourceRow = m_presenter.model()->rowOf(ReviewId(reviewId));
    if (sourceRow < 0) return false;
    const QModelIndex target =
        m_proxy->mapFromSource(m_presenter.model()->index(sourceRow, ReviewTableModel::RatingColumn));
    m_table->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(target, QAbstractItemView::PositionAtCenter);
    return true;
}

qint64 ReviewsView::selectedReviewId() const {
    return m_selectedId;
}

void ReviewsView::onCurrentChanged(const QModelIndex& current) {
    const QModelIndex source = m_proxy->mapToSource(current);
    const auto detail = source.isValid() ? m_presenter.detailAt(source.row()) : std::nullopt;
    if (detail) {
        const bool another = detail->id != m_selectedId;
        m_selectedId = detail->id;
        m_detail->showReview(*detail);
        if (another && m_presenter.canAct()) m_presenter.loadDrafts(detail->id);
    } else {
        m_selectedId = 0;
        m_detail->showNothing();
    }
}

void ReviewsView::onReviewsReplaced() {
    // Keep the review the user was reading when it is still in the list.
    const qint64 previous = m_selectedId;
    if (previous == 0 || !selectReview(previous)) {
        m_table->selectionModel()->clearCurrentIndex();
        m_selectedId = 0;
        m_detail->showNothing();
    }
    updateCounts();
}

void ReviewsView::updateCounts() {
    const QLocale locale;
    const qint64 total = m_presenter.total();
    const int loaded = m_presenter.loadedCount();
    if (!m_presenter.hasLoaded()) {
        m_counts->clear();
    } else if (loaded < total) {
        m_counts->setText(tr("Showing %1 of %2").arg(locale.toString(loaded), locale.toString(total)));
    } else {
        m_counts->setText(tr("%Ln review(s)", nullptr, static_cast<int>(total)));
    }
    updateSummary();
    updateEmptyState();
}

void ReviewsView::updateError(const QString& message) {
    if (message.isEmpty()) {
        m_message->clear();
    } else {
        m_message->showMessage(InlineMessage::Kind::error, message, tr("Try again"));
    }
}

void ReviewsView::updateEmptyState() {
    const bool empty = m_presenter.hasLoaded() && m_presenter.loadedCount() == 0 && !m_presenter.isLoading();
    m_listPages->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyState) : m_table);
}

void ReviewsView::addBanner(QWidget* banner) {
    auto* column = static_cast<QVBoxLayout*>(layout());
    column->insertWidget(column->indexOf(m_message), banner);
}

void ReviewsView::addHeaderAction(QWidget* action) {
    auto* header = static_cast<QHBoxLayout*>(layout()->itemAt(0)->layout());
    header->insertWidget(header->count() - 1, action, 0, Qt::AlignVCenter);  // before Refresh
}

}  // namespace outpost::ui
