#include "ui/reviews/saved_views.h"

#include <algorithm>

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QToolButton>

#include "domain/enums.h"

namespace outpost::ui {
namespace {

QString storeTr(const char* text) {
    return QCoreApplication::translate("outpost::ui::SavedViewStore", text);
}

template <typename T, typename ToText>
QJsonArray codes(const std::vector<T>& values, ToText toText) {
    QJsonArray out;
    for (const auto& v : values) {
        const std::string_view code = toText(v);
        out.append(QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size())));
    }
    return out;
}

template <typename T, typename FromText>
std::vector<T> values(const QJsonValue& array, FromText fromText) {
    std::vector<T> out;
    for (const QJsonValue& v : array.toArray()) {
        if (auto value = fromText(v.toString().toStdString())) out.push_back(*value);
    }
    return out;
}

QString encode(const ReviewQuery& q) {
    QJsonObject o;
    QJsonArray locations;
    for (const auto& id : q.locations) locations.append(QString::fromStdString(id));
    o[QStringLiteral("locations")] = locations;
    if (q.minRating) o[QStringLiteral("min_rating")] = *q.minRating;
    if (q.maxRating) o[QStringLiteral("max_rating")] = *q.maxRating;
    if (q.platform) o[QStringLiteral("platform")] = QString::fromStdString(std::string(to_string(*q.platform)));
    o[QStringLiteral("statuses")] = codes(q.statuses, [](ReviewStatus s) { return to_string(s); });
    o[QStringLiteral("severities")] = codes(q.severities, [](rules::Severity s) { return rules::to_string(s); });
    o[QStringLiteral("sla")] = codes(q.slaStates, [](sync::InboxSla s) { return sync::to_string(s); });
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ReviewQuery decode(const QString& text) {
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    ReviewQuery q;
    for (const QJsonValue& id : o.value(QStringLiteral("locations")).toArray()) q.locations.push_back(id.toString().toStdString());
    if (o.contains(QStringLiteral("min_rating"))) q.minRating = o.value(QStringLiteral("min_rating")).toInt();
    if (o.contains(QStringLiteral("max_rating"))) q.maxRating = o.value(QStringLiteral("max_rating")).toInt();
    if (o.contains(QStringLiteral("platform"))) {
        q.platform = enum_from_string<Platform>(o.value(QStringLiteral("platform")).toString().toStdString());
    }
    q.statuses = values<ReviewStatus>(o.value(QStringLiteral("statuses")),
                                      [](const std::string& s) { return enum_from_string<ReviewStatus>(s); });
    q.severities = values<rules::Severity>(o.value(QStringLiteral("severities")),
                                           [](const std::string& s) { return sync::severity_from_string(s); });
    q.slaStates = values<sync::InboxSla>(o.value(QStringLiteral("sla")),
                                         [](const std::string& s) { return sync::inbox_sla_from_string(s); });
    return q;
}

}  // namespace

SavedViewStore::SavedViewStore(QSettings& settings, qint64 userId) : m_settings(settings), m_userId(userId) {}

QString SavedViewStore::group() const {
    return QStringLiteral("reviews/savedViews/%1").arg(m_userId);
}

std::vector<SavedView> SavedViewStore::builtIns() {
    std::vector<SavedView> out;
    SavedView needsReply{storeTr("Needs reply"), {}, true};
    needsReply.filters.statuses = {ReviewStatus::open, ReviewStatus::acknowledged};
    SavedView breaching{storeTr("Breaching"), {}, true};
    breaching.filters.slaStates = {sync::InboxSla::warning, sync::InboxSla::breached};
    SavedView high{storeTr("High severity"), {}, true};
    high.filters.severities = {rules::Severity::high};
    return {needsReply, breaching, high};
}

std::vector<SavedView> SavedViewStore::views() const {
    std::vector<SavedView> out = builtIns();
    m_settings.beginGroup(group());
    QStringList names = m_settings.childKeys();
    std::vector<SavedView> own;
    for (const QString& key : names) {
        const QStringList entry = m_settings.value(key).toStringList();
        if (entry.size() != 2) continue;
        own.push_back({entry.at(0), decode(entry.at(1)), false});
    }
    m_settings.endGroup();
    std::sort(own.begin(), own.end(),
              [](const SavedView& a, const SavedView& b) { return a.name.localeAwareCompare(b.name) < 0; });
    out.insert(out.end(), own.begin(), own.end());
    return out;
}

Result<void> SavedViewStore::save(const QString& name, const ReviewQuery& filters) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) return make_error(ErrorCode::invalid_argument, storeTr("Give the view a name.").toStdString());
    for (const auto& v : builtIns()) {
        if (v.name.compare(trimmed, Qt::CaseInsensitive) == 0) {
            return make_error(ErrorCode::invalid_argument,
                              storeTr("“%1” is a built-in view; choose another name.").arg(trimmed).toStdString());
        }
    }
    // Keys are the names' hex, so any name (slashes included) is one key.
    m_settings.setValue(group() + QLatin1Char('/') + QString::fromLatin1(trimmed.toLower().toUtf8().toHex()),
                        QStringList{trimmed, encode(filters)});
    m_settings.sync();
    return {};
}

bool SavedViewStore::remove(const QString& name) {
    const QString key = group() + QLatin1Char('/') + QString::fromLatin1(name.trimmed().toLower().toUtf8().toHex());
    if (!m_settings.contains(key)) return false;
    m_settings.remove(key);
    m_settings.sync();
    return true;
}

SavedViewsBar::SavedViewsBar(SavedViewStore store, QWidget* parent)
    : QWidget(parent),
      m_store(std::move(store)),
      m_picker(new QComboBox(this)),
      m_save(new QToolButton(this)),
      m_delete(new QToolButton(this)) {
    m_picker->setObjectName(QStringLiteral("savedViews"));
    m_picker->setAccessibleName(tr("Saved views"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_picker->setMinimumContentsLength(14);
    m_save->setObjectName(QStringLiteral("saveView"));
    m_save->setText(tr("Save view…"));
    m_save->setToolTip(tr("Save the current filters under a name"));
    m_save->setAutoRaise(true);
    m_delete->setObjectName(QStringLiteral("deleteView"));
    m_delete->setText(tr("Delete view"));
    m_delete->setToolTip(tr("Delete the view chosen (built-in views stay)"));
    m_delete->setAutoRaise(true);

    auto* label = new QLabel(tr("Vie&w"), this);
    label->setBuddy(m_picker);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(label);
    layout->addWidget(m_picker);
    layout->addWidget(m_save);
    layout->addWidget(m_delete);

    connect(m_picker, &QComboBox::activated, this, [this](int index) {
        const int view = index - 1;  // the first entry is "Unsaved filters"
        if (view >= 0 && view < static_cast<int>(m_views.size())) {
            m_current = m_views[static_cast<std::size_t>(view)].filters;
            m_delete->setEnabled(!m_views[static_cast<std::size_t>(view)].builtIn);
            emit viewChosen(m_current);
        }
    });
    connect(m_save, &QToolButton::clicked, this, &SavedViewsBar::askName);
    connect(m_delete, &QToolButton::clicked, this, &SavedViewsBar::deleteCurrent);
    fill();
}

void SavedViewsBar::fill() {
    m_views = m_store.views();
    const QSignalBlocker blocker(m_picker);
    m_picker->clear();
    m_picker->addItem(tr("Unsaved filters"));
    for (const auto& v : m_views) m_picker->addItem(v.name);
    setCurrentFilters(m_current);
}

void SavedViewsBar::setCurrentFilters(const ReviewQuery& filters) {
    m_current = filters;
    int index = 0;
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        if (m_views[i].filters.sameFilters(filters)) {
            index = static_cast<int>(i) + 1;
            break;
        }
    }
    const QSignalBlocker blocker(m_picker);
    m_picker->setCurrentIndex(index);
    m_delete->setEnabled(index > 0 && !m_views[static_cast<std::size_t>(index - 1)].builtIn);
}

QString SavedViewsBar::saveCurrent(const QString& name) {
    auto saved = m_store.save(name, m_current);
    if (!saved) return QString::fromStdString(saved.error().message);
    fill();
    return {};
}

void SavedViewsBar::deleteCurrent() {
    const int index = m_picker->currentIndex() - 1;
    if (index < 0 || index >= static_cast<int>(m_views.size())) return;
    if (!m_store.remove(m_views[static_cast<std::size_t>(index)].name)) return;
    fill();
}

bool SavedViewsBar::choose(const QString& name) {
    const int index = m_picker->findText(name);
    if (index <= 0) return false;
    m_picker->setCurrentIndex(index);
    emit m_picker->activated(index);
    return true;
}

QStringList SavedViewsBar::viewNames() const {
    QStringList out;
    for (const auto& v : m_views) out << v.name;
    return out;
}

void SavedViewsBar::askName() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of the view:"), QLineEdit::Normal, {}, &ok);
    if (!ok) return;
    const QString error = saveCurrent(name);
    if (!error.isEmpty()) emit saveFailed(error);
}

}  // namespace outpost::ui
