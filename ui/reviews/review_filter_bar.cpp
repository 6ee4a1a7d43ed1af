#include "ui/reviews/review_filter_bar.h"

#include <QComboBox>
#include <QHBoxLayout>
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

    m_reset->setObjectName(QStringLiteral("clearFilters"));
    m_reset->setText(tr("Clear filters"));
    m_reset->setAccessibleName(tr("Clear filters"));
    m_reset->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_reset->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(buddyLabel(tr("&Location"), m_location, this));
    layout->addWidget(m_location);
    layout->addSpacing(10);
    layout->addWidget(buddyLabel(tr("&Rating"), m_rating, this));
    layout->addWidget(m_rating);
    layout->addSpacing(10);
    layout->addWidget(buddyLabel(tr("&Platform"), m_platform, this));
    layout->addWidget(m_platform);
    layout->addSpacing(6);
    layout->addWidget(m_reset);
    layout->addStretch(1);

    setDirectory(LocationDirectory());
    connect(m_location, &QComboBox::currentIndexChanged, this, &ReviewFilterBar::locationsChanged);
    connect(m_rating, &QComboBox::currentIndexChanged, this, &ReviewFilterBar::ratingChanged);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &ReviewFilterBar::platformChanged);
    connect(m_reset, &QToolButton::clicked, this, &ReviewFilterBar::reset);
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
    m_location->setCurrentIndex(0);
    m_rating->setCurrentIndex(0);
    m_platform->setCurrentIndex(0);
}

void ReviewFilterBar::focusFirst() {
    m_location->setFocus(Qt::ShortcutFocusReason);
}

}  // namespace outpost::ui
