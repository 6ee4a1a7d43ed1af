#include "ui/reviews/review_filter_bar.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QStandardItemModel>
#include <QToolButton>

#include "domain/enums.h"
#include "ui/models/display_text.h"
#include "ui/models/location_directory.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {
namespace {

constexpr int kIdsRole = Qt::UserRole + 1;  // QStringList of location ids
constexpr int kMinRole = Qt::UserRole + 1;
constexpr int kMaxRole = Qt::UserRole + 2;

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

}  // namespace

ReviewFilterBar::ReviewFilterBar(QWidget* parent)
    : QWidget(parent),
      m_location(new QComboBox(this)),
      m_rating(new QComboBox(this)),
      m_platform(new QComboBox(this)),
      m_severity(new QComboBox(this)),
      m_status(new QComboBox(this)),
      m_sla(new QComboBox(this)),
      m_reset(new QToolButton(this)),
      m_locationModel(new QStandardItemModel(this)) {
    m_location->setObjectName(QStringLiteral("locationFilter"));
    m_location->setAccessibleName(tr("Location filter"));
    m_location->setModel(m_locationModel);
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_location->setMinimumContentsLength(18);
    m_location->setMaxVisibleItems(24);

    m_rating->setObjectName(QStringLiteral("ratingFilter"));
    m_rating->setAccessibleName(tr("Rating filter"));
    m_rating->addItem(tr("All ratings"));
    addRating(tr("Negative (1–2 stars)"), 1, 2);
    addRating(tr("Neutral (3 stars)"), 3, 3);
    addRating(tr("Positive (4–5 stars)"), 4, 5);
    for (int stars = 5; stars >= 1; --stars) addRating(tr("Only %n star(s)", nullptr, stars), stars, stars);

    m_platform->setObjectName(QStringLiteral("platformFilter"));
    m_platform->setAccessibleName(tr("Platform filter"));
    m_platform->addItem(tr("All platforms"));
    for (Platform p : {Platform::google, Platform::yelp, Platform::facebook, Platform::tripadvisor, Platform::in_app}) {
        m_platform->addItem(DisplayText::platform(p), QString::fromUtf8(to_string(p).data(), to_string(p).size()));
    }

    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_severity->setAccessibleName(tr("Severity filter"));
    addChoice(m_severity, tr("Any severity"), {});
    addChoice(m_severity, tr("High"), {QStringLiteral("high")});
    addChoice(m_severity, tr("Medium or high"), {QStringLiteral("medium"), QStringLiteral("high")});
    addChoice(m_severity, tr("Medium"), {QStringLiteral("medium")});
    addChoice(m_severity, tr("Low"), {QStringLiteral("low")});

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    addChoice(m_status, tr("Any status"), {});
    addChoice(m_status, tr("Needs reply (open, acknowledged)"), {QStringLiteral("open"), QStringLiteral("acknowledged")});
    for (ReviewStatus st : {ReviewStatus::open, ReviewStatus::acknowledged, ReviewStatus::replied, ReviewStatus::resolved}) {
        addChoice(m_status, DisplayText::status(st), {QString::fromUtf8(to_string(st).data(), to_string(st).size())});
    }

    m_sla->setObjectName(QStringLiteral("slaFilter"));
    m_sla->setAccessibleName(tr("SLA filter"));
    addChoice(m_sla, tr("Any SLA state"), {});
    addChoice(m_sla, tr("Warning or breached"), {QStringLiteral("warning"), QStringLiteral("breached")});
    addChoice(m_sla, tr("Breached"), {QStringLiteral("breached")});
    addChoice(m_sla, tr("Warning"), {QStringLiteral("warning")});
    addChoice(m_sla, tr("On track"), {QStringLiteral("on_track")});
    addChoice(m_sla, tr("No SLA running"), {QStringLiteral("none")});

    m_reset->setObjectName(QStringLiteral("clearFilters"));
    m_reset->setText(tr("Clear filters"));
    m_reset->setAccessibleName(tr("Clear filters"));
    m_reset->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_reset->setAutoRaise(true);

    // Two rows, so the screen keeps its width: where and what first, then the triage.
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(6);
    const auto place = [this, layout](int row, int column, const QString& label, QComboBox* box) {
        layout->addWidget(buddyLabel(label, box, this), row, column * 2, Qt::AlignRight | Qt::AlignVCenter);
        layout->addWidget(box, row, column * 2 + 1);
    };
    place(0, 0, tr("&Location"), m_location);
    place(0, 1, tr("&Rating"), m_rating);
    place(0, 2, tr("&Platform"), m_platform);
    place(1, 0, tr("Se&verity"), m_severity);
    place(1, 1, tr("S&tatus"), m_status);
    place(1, 2, tr("&SLA"), m_sla);
    layout->addWidget(m_reset, 1, 6);
    layout->setColumnStretch(7, 1);

    setDirectory(LocationDirectory());
    connect(m_location, &QComboBox::currentIndexChanged, this, &ReviewFilterBar::locationsChanged);
    connect(m_rating, &QComboBox::currentIndexChanged, this, &ReviewFilterBar::ratingChanged);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &ReviewFilterBar::platformChanged);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &ReviewFilterBar::severityChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ReviewFilterBar::statusChanged);
    connect(m_sla, &QComboBox::currentIndexChanged, this, &ReviewFilterBar::slaChanged);
    connect(m_reset, &QToolButton::clicked, this, &ReviewFilterBar::reset);
}

void ReviewFilterBar::addChoice(QComboBox* box, const QString& text, const QStringList& codes) {
    box->addItem(text, codes);
}

QStringList ReviewFilterBar::codes(const QComboBox* box) {
    return box->currentData().toStringList();
}

bool ReviewFilterBar::selectCodes(QComboBox* box, const QStringList& codes) {
    for (int row = 0; row < box->count(); ++row) {
        QStringList have = box->itemData(row).toStringList();
        QStringList want = codes;
        have.sort();
        want.sort();
        if (have == want) {
            box->setCurrentIndex(row);
            return true;
        }
    }
    return false;
}

std::vector<rules::Severity> ReviewFilterBar::severities() const {
    std::vector<rules::Severity> out;
    for (const QString& code : codes(m_severity)) {
        if (auto s = sync::severity_from_string(code.toStdString())) out.push_back(*s);
    }
    return out;
}

std::vector<ReviewStatus> ReviewFilterBar::statuses() const {
    std::vector<ReviewStatus> out;
    for (const QString& code : codes(m_status)) {
        if (auto s = enum_from_string<ReviewStatus>(code.toStdString())) out.push_back(*s);
    }
    return out;
}

std::vector<sync::InboxSla> ReviewFilterBar::slaStates() const {
    std::vector<sync::InboxSla> out;
    for (const QString& code : codes(m_sla)) {
        if (auto s = sync::inbox_sla_from_string(code.toStdString())) out.push_back(*s);
    }
    return out;
}

ReviewQuery ReviewFilterBar::filters() const {
    ReviewQuery q;
    q.locations = locations();
    q.minRating = minRating();
    q.maxRating = maxRating();
    q.platform = platform();
    q.statuses = statuses();
    q.severities = severities();
    q.slaStates = slaStates();
    return q;
}

void ReviewFilterBar::selectStatuses(const std::vector<ReviewStatus> &statuses) {
    QStringList wanted;
    for (auto s : statuses) wanted << QString::fromUtf8(to_string(s).data(), to_string(s).size());
    selectCodes(m_status, wanted);
}

void ReviewFilterBar::apply(const ReviewQuery& filters) {
    {
        const QSignalBlocker blockLocation(m_location);
        const QSignalBlocker blockRating(m_rating);
        const QSignalBlocker blockPlatform(m_platform);
        const QSignalBlocker blockSeverity(m_severity);
        const QSignalBlocker blockStatus(m_status);
        const QSignalBlocker blockSla(m_sla);
        QStringList ids;
        for (const auto& id : filters.locations) ids << QString::fromStdString(id);
        int location = 0;
        for (int row = 0; row < m_locationModel->rowCount(); ++row) {
            if (m_locationModel->item(row)->data(kIdsRole).toStringList() == ids) location = row;
        }
        m_location->setCurrentIndex(location);
        if (!selectRatingRange(filters.minRating, filters.maxRating)) m_rating->setCurrentIndex(0);
        int platform = 0;
        if (filters.platform) {
            const auto code = to_string(*filters.platform);
            platform = std::max(0, m_platform->findData(QString::fromUtf8(code.data(), code.size())));
        }
        m_platform->setCurrentIndex(platform);
        QStringList severity, status, sla;
        for (auto s : filters.severities) severity << QString::fromUtf8(rules::to_string(s).data(), rules::to_string(s).size());
        for (auto s : filters.statuses) status << QString::fromUtf8(to_string(s).data(), to_string(s).size());
        for (auto s : filters.slaStates) sla << QString::fromUtf8(sync::to_string(s).data(), sync::to_string(s).size());
        if (!selectCodes(m_severity, severity)) m_severity->setCurrentIndex(0);
        if (!selectCodes(m_status, status)) m_status->setCurrentIndex(0);
        if (!selectCodes(m_sla, sla)) m_sla->setCurrentIndex(0);
    }
    emit filtersApplied();
}

void ReviewFilterBar::addRating(const QString& text, int minRating, int maxRating) {
    const QColor color = maxRating <= 2 ? Theme::negativeStarColor() : Theme::starColor();
    m_rating->addItem(Icons::tinted(QStringLiteral("star"), color), text);
    const int row = m_rating->count() - 1;
    m_rating->setItemData(row, minRating, kMinRole);
    m_rating->setItemData(row, maxRating, kMaxRole);
}

void ReviewFilterBar::setDirectory(const LocationDirectory& directory) {
    const QStringList previous = m_location->currentData(kIdsRole).toStringList();
    const QSignalBlocker blocker(m_location);
    m_locationModel->clear();

    auto* all = new QStandardItem(tr("All locations"));
    all->setData(QStringList(), kIdsRole);
    m_locationModel->appendRow(all);
    const QIcon pin = Icons::themed(QStringLiteral("location"));
    const QIcon region = Icons::themed(QStringLiteral("region"));
    for (const auto& r : directory.regions()) {
        const auto members = directory.locationsIn(r.id);
        if (members.empty()) continue;
        QStringList ids;
        for (const Location* l : members) ids << QString::fromStdString(l->id.value());
        auto* regionItem = new QStandardItem(region, tr("%1 — all locations").arg(QString::fromStdString(r.name)));
        QFont bold = regionItem->font();
        bold.setBold(true);
        regionItem->setFont(bold);
        regionItem->setData(ids, kIdsRole);
        m_locationModel->appendRow(regionItem);
        for (const Location* l : members) {
            auto* item = new QStandardItem(pin, QString::fromStdString(l->name));
            item->setData(QStringList{QString::fromStdString(l->id.value())}, kIdsRole);
            item->setToolTip(QString::fromStdString(l->address));
            m_locationModel->appendRow(item);
        }
    }
    int restored = 0;
    for (int row = 0; row < m_locationModel->rowCount(); ++row) {
        if (m_locationModel->item(row)->data(kIdsRole).toStringList() == previous) restored = row;
    }
    m_location->setCurrentIndex(restored);
    if (restored == 0 && !previous.isEmpty()) {
        QMetaObject::invokeMethod(this, &ReviewFilterBar::locationsChanged, Qt::QueuedConnection);
    }
}

std::vector<std::string> ReviewFilterBar::locations() const {
    std::vector<std::string> out;
    for (const QString& id : m_location->currentData(kIdsRole).toStringList()) out.push_back(id.toStdString());
    return out;
}

QString ReviewFilterBar::locationText() const {
    return m_location->currentText();
}

std::optional<int> ReviewFilterBar::minRating() const {
    const QVariant v = m_rating->currentData(kMinRole);
    return v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt;
}

std::optional<int> ReviewFilterBar::maxRating() const {
    const QVariant v = m_rating->currentData(kMaxRole);
    return v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt;
}

std::optional<Platform> ReviewFilterBar::platform() const {
    const QVariant v = m_platform->currentData();
    if (!v.isValid()) return std::nullopt;
    return enum_from_string<Platform>(v.toString().toStdString());
}

bool ReviewFilterBar::selectRatingRange(std::optional<int> minRating, std::optional<int> maxRating) {
    for (int row = 0; row < m_rating->count(); ++row) {
        const QVariant lo = m_rating->itemData(row, kMinRole);
        const QVariant hi = m_rating->itemData(row, kMaxRole);
        const std::optional<int> rowMin = lo.isValid() ? std::optional<int>(lo.toInt()) : std::nullopt;
        const std::optional<int> rowMax = hi.isValid() ? std::optional<int>(hi.toInt()) : std::nullopt;
        if (rowMin == minRating && rowMax == maxRating) {
            m_rating->setCurrentIndex(row);
            return true;
        }
    }
    return false;
}

bool ReviewFilterBar::selectLocation(const std::string& locationId) {
    const QStringList wanted{QString::fromStdString(locationId)};
    for (int row = 0; row < m_locationModel->rowCount(); ++row) {
        if (m_locationModel->item(row)->data(kIdsRole).toStringList() == wanted) {
            m_location->setCurrentIndex(row);
            return true;
        }
    }
    return false;
}

void ReviewFilterBar::reset() {
    apply(ReviewQuery());
}

void ReviewFilterBar::focusFirst() {
    m_location->setFocus(Qt::ShortcutFocusReason);
}

}  // namespace outpost::ui
