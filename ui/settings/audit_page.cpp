#include "ui/settings/audit_page.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/widgets/icons.h"
#include "ui/widgets/inline_message.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {
namespace {

// The date fields show "Any" at their minimum, which stands for "no bound".
const QDate kAnyDate(2000, 1, 1);

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

std::optional<QDate> boundOf(const QDateEdit* field) {
    return field->date() == kAnyDate ? std::nullopt : std::optional<QDate>(field->date());
}

QColor successText() {
    return Theme::isDark() ? QColor(0x8f, 0xd6, 0xa6) : QColor(0x1c, 0x6b, 0x3a);
}

QColor successTint() {
    return Theme::isDark() ? QColor(0x1e, 0x35, 0x27) : QColor(0xe2, 0xf3, 0xe7);
}

}  // namespace

AuditPage::AuditPage(AuditPresenter& presenter, QWidget* parent)
    : QWidget(parent),
      m_presenter(presenter),
      m_actor(new QLineEdit(this)),
      m_action(new QComboBox(this)),
      m_location(new QComboBox(this)),
      m_from(makeDateField(tr("From date"))),
      m_to(makeDateField(tr("To date"))),
      m_verify(new QPushButton(tr("Verify chain"), this)),
      m_verdict(new QLabel(this)),
      m_message(new InlineMessage(this)),
      m_table(new QTableView(this)),
      m_count(new QLabel(this)),
      m_loadOlder(new QPushButton(tr("Load older"), this)) {
    setObjectName(QStringLiteral("auditPage"));
    m_actor->setObjectName(QStringLiteral("actorFilter"));
    m_actor->setAccessibleName(tr("Actor filter"));
    m_actor->setPlaceholderText(tr("Any username"));
    m_actor->setClearButtonEnabled(true);
    m_actor->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->setAccessibleName(tr("Action filter"));
    m_action->setEditable(true);
    m_action->setInsertPolicy(QComboBox::NoInsert);
    m_action->addItem(QString());
    for (const char* prefix : {"login", "user.", "review.", "profile.", "sync."}) {
        m_action->addItem(QString::fromLatin1(prefix));
    }
    m_action->lineEdit()->setPlaceholderText(tr("Any action"));
    m_action->setToolTip(tr("Actions that start with this text, e.g. \"user.\" for every change to a user."));
    m_action->setMinimumContentsLength(12);
    m_location->setObjectName(QStringLiteral("auditLocationFilter"));
    m_location->setAccessibleName(tr("Location filter"));
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_location->setMinimumContentsLength(14);
    auto* clear = new QToolButton(this);
    clear->setText(tr("Clear filters"));
    clear->setAutoRaise(true);
    connect(clear, &QToolButton::clicked, this, &AuditPage::clearFilters);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(buddyLabel(tr("&Actor"), m_actor, this));
    filters->addWidget(m_actor);
    filters->addSpacing(8);
    filters->addWidget(buddyLabel(tr("Ac&tion"), m_action, this));
    filters->addWidget(m_action);
    filters->addSpacing(8);
    filters->addWidget(buddyLabel(tr("&Location"), m_location, this));
    filters->addWidget(m_location);
    filters->addSpacing(8);
    filters->addWidget(buddyLabel(tr("&From"), m_from, this));
    filters->addWidget(m_from);
    filters->addWidget(buddyLabel(tr("t&o"), m_to, this));
    filters->addWidget(m_to);
    filters->addWidget(clear);
    filters->addStretch(1);

    m_verify->setObjectName(QStringLiteral("verifyChain"));
    m_verify->setIcon(Icons::themed(QStringLiteral("shield")));
    m_verify->setToolTip(tr("Recompute the hash chain of the whole log and report the first broken entry."));
    m_verdict->setObjectName(QStringLiteral("verifyVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setVisible(false);
    auto* verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify, 0, Qt::AlignTop);
    verifyRow->addWidget(m_verdict, 1);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log entries"));
    m_table->setModel(presenter.model());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_table->setColumnWidth(AuditTableModel::TimeColumn,
                            fontMetrics().horizontalAdvance(QStringLiteral("28/12/2026 22:58:59")) + 24);
    m_table->setColumnWidth(AuditTableModel::ActorColumn, x * 14);
    m_table->setColumnWidth(AuditTableModel::ActionColumn, x * 19);
    m_table->setColumnWidth(AuditTableModel::LocationColumn, x * 16);
    m_table->setColumnWidth(AuditTableModel::SubjectColumn, x * 14);

    m_count->setProperty("role", QStringLiteral("muted"));
    m_loadOlder->setObjectName(QStringLiteral("loadOlder"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addStretch(1);
    bottom->addWidget(m_loadOlder);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addLayout(verifyRow);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_actor, &QLineEdit::editingFinished, this, &AuditPage::apply);
    connect(m_action->lineEdit(), &QLineEdit::editingFinished, this, &AuditPage::apply);
    connect(m_action, &QComboBox::activated, this, &AuditPage::apply);
    connect(m_location, &QComboBox::currentIndexChanged, this, &AuditPage::apply);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::apply);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::apply);
    connect(m_loadOlder, &QPushButton::clicked, &m_presenter, &AuditPresenter::loadOlder);
    connect(m_verify, &QPushButton::clicked, &m_presenter, &AuditPresenter::verifyChain);
    connect(m_message, &InlineMessage::actionTriggered, &m_presenter, &AuditPresenter::refresh);
    connect(&m_presenter, &AuditPresenter::locationsChanged, this, &AuditPage::fillLocations);
    connect(&m_presenter, &AuditPresenter::pagingChanged, this, &AuditPage::updatePaging);
    connect(&m_presenter, &AuditPresenter::verifyChanged, this, &AuditPage::updateVerdict);
    connect(&m_presenter, &AuditPresenter::errorChanged, this, [this](const QString& text) {
        if (text.isEmpty()) {
            m_message->clear();
        } else {
            m_message->showMessage(InlineMessage::Kind::error, text, tr("Try again"));
        }
    });
    fillLocations();
    updatePaging();
}

QDateEdit* AuditPage::makeDateField(const QString& accessibleName) {
    auto* field = new QDateEdit(this);
    field->setAccessibleName(accessibleName);
    field->setCalendarPopup(true);
    field->setMinimumDate(kAnyDate);
    field->setSpecialValueText(tr("Any"));
    field->setDate(kAnyDate);
    field->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return field;
}

AuditFilter AuditPage::filterFromWidgets() const {
    AuditFilter f;
    f.actor = m_actor->text().trimmed();
    f.actionPrefix = m_action->currentText().trimmed();
    f.location = m_location->currentData().toString();
    f.from = boundOf(m_from);
    f.to = boundOf(m_to);
    return f;
}

void AuditPage::apply() {
    m_presenter.setFilter(filterFromWidgets());
}

void AuditPage::clearFilters() {
    {
        const QSignalBlocker a(m_actor), b(m_action), c(m_location), d(m_from), e(m_to);
        m_actor->clear();
        m_action->setCurrentIndex(0);
        m_action->setEditText(QString());
        m_location->setCurrentIndex(0);
        m_from->setDate(kAnyDate);
        m_to->setDate(kAnyDate);
    }
    apply();
}

void AuditPage::focusFilters() {
    m_actor->setFocus(Qt::ShortcutFocusReason);
}

void AuditPage::moveSelection(int delta) {
    const int rows = m_presenter.model()->rowCount();
    if (rows == 0) return;
    const QModelIndex current = m_table->currentIndex();
    const int row = qBound(0, current.isValid() ? current.row() + delta : (delta > 0 ? 0 : rows - 1), rows - 1);
    const QModelIndex target = m_presenter.model()->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(target);
}

void AuditPage::fillLocations() {
    const QString previous = m_location->currentData().toString();
    const QSignalBlocker blocker(m_location);
    m_location->clear();
    m_location->addItem(tr("All locations"), QString());
    const LocationDirectory& directory = m_presenter.directory();
    for (const auto& region : directory.regions()) {
        for (const Location* l : directory.locationsIn(region.id)) {
            m_location->addItem(Icons::themed(QStringLiteral("location")),
                                tr("%1 (%2)", "location (region)")
                                    .arg(QString::fromStdString(l->name), QString::fromStdString(region.name)),
                                QString::fromStdString(l->id.value()));
        }
    }
    m_location->setCurrentIndex(qMax(0, m_location->findData(previous)));
}

void AuditPage::updatePaging() {
    m_loadOlder->setEnabled(m_presenter.canLoadOlder());
    m_loadOlder->setToolTip(m_presenter.canLoadOlder()
                                ? tr("Load the %1 entries before the oldest one shown.").arg(AuditPresenter::kPageSize)
                                : tr("Every matching entry is shown."));
    if (!m_presenter.hasLoaded()) {
        m_count->setText(m_presenter.isLoading() ? tr("Loading…") : QString());
    } else if (m_presenter.canLoadOlder()) {
        m_count->setText(
            tr("Newest %n matching entries; older ones are loaded on request.", nullptr, m_presenter.loadedCount()));
    } else {
        m_count->setText(tr("%n matching entries", nullptr, m_presenter.loadedCount()));
    }
}

void AuditPage::updateVerdict() {
    using State = AuditPresenter::VerifyState;
    const State state = m_presenter.verifyState();
    m_verify->setEnabled(state != State::checking);
    m_verdict->setText(m_presenter.verifyText());
    m_verdict->setVisible(state != State::notChecked);
    QString sheet;
    if (state == State::intact) {
        sheet = QStringLiteral(
                    "QLabel { background: %1; color: %2; border-radius: 4px; padding: 4px 10px; "
                    "font-weight: 600; }")
                    .arg(successTint().name(), successText().name());
    } else if (state == State::broken || state == State::failed) {
        sheet = QStringLiteral(
                    "QLabel { background: %1; color: %2; border-radius: 4px; padding: 4px 10px; "
                    "font-weight: 600; }")
                    .arg(Theme::errorTint().name(), Theme::errorText().name());
    } else {
        sheet = QStringLiteral("QLabel { color: %1; padding: 4px 10px; }").arg(Theme::mutedText().name());
    }
    m_verdict->setStyleSheet(sheet);
    m_verdict->setAccessibleName(m_presenter.verifyText());
}

}  // namespace outpost::ui
