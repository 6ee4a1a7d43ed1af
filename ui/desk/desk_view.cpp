#include "ui/desk/desk_view.h"

#include <algorithm>

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include "ui/desk/desk_text.h"
#include "ui/desk/member_card_pane.h"
#include "ui/desk/today_list.h"
#include "ui/desk/walk_in_dialog.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/inline_message.h"

namespace outpost::ui {
namespace {

constexpr int kProfileRole = Qt::UserRole + 1;

QString resultLine(const profiles::SearchHit& hit) {
    QStringList parts;
    parts << DeskText::name(hit);
    parts << DeskText::membership(hit.membership_status);
    if (!hit.primary_phone.empty()) parts << QString::fromStdString(hit.primary_phone);
    if (!hit.primary_email.empty()) parts << QString::fromStdString(hit.primary_email);
    return parts.join(QStringLiteral("   ·   "));
}

}  // namespace

DeskView::DeskView(DeskPresenter& presenter, QWidget* parent)
    : Screen(parent), m_presenter(presenter), m_search(new QLineEdit(this)), m_results(new QListWidget(this)),
      m_message(new InlineMessage(this)), m_location(new QComboBox(this)), m_walkIn(new QPushButton(this)),
      m_card(new MemberCardPane(presenter, this)), m_today(new TodayList(presenter, this)) {
    setObjectName(QStringLiteral("deskScreen"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);

    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Front desk"), this);
    title->setProperty("role", QStringLiteral("title"));
    m_location->setObjectName(QStringLiteral("deskLocation"));
    m_location->setAccessibleName(tr("Location"));
    m_location->setFocusPolicy(Qt::ClickFocus);
    m_walkIn->setObjectName(QStringLiteral("walkInButton"));
    m_walkIn->setText(tr("New walk-in lead  (F3)"));
    m_walkIn->setIcon(Icons::themed(QStringLiteral("user-add")));
    m_walkIn->setFocusPolicy(Qt::NoFocus);
    m_walkIn->setMinimumHeight(38);
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_location);
    header->addStretch();
    header->addWidget(m_walkIn);
    layout->addLayout(header);

    m_search->setObjectName(QStringLiteral("deskSearch"));
    m_search->setAccessibleName(tr("Scan a card or search members"));
    m_search->setPlaceholderText(tr("Scan a card, or type a name, phone, email or member id"));
    m_search->setClearButtonEnabled(true);
    QFont big = m_search->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    m_search->setFont(big);
    m_search->setMinimumHeight(58);
    m_search->setTextMargins(8, 0, 8, 0);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    m_results->setObjectName(QStringLiteral("deskResults"));
    m_results->setAccessibleName(tr("Matching members"));
    m_results->setFocusPolicy(Qt::NoFocus);  // arrows in the field move through it
    QFont larger = m_results->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.3);
    m_results->setFont(larger);
    m_results->setVisible(false);
    layout->addWidget(m_results);

    m_message->setObjectName(QStringLiteral("deskMessage"));
    layout->addWidget(m_message);

    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(m_card, 3);
    auto* side = new QVBoxLayout;
    side->setSpacing(6);
    auto* todayTitle = new QLabel(tr("Today at this location"), this);
    todayTitle->setProperty("role", QStringLiteral("heading"));
    side->addWidget(todayTitle);
    side->addWidget(m_today, 1);
    body->addLayout(side, 2);
    layout->addLayout(body, 1);
    installShortcuts();

    connect(m_search, &QLineEdit::textEdited, &m_presenter, &DeskPresenter::search);
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        m_presenter.open(ProfileId(item->data(kProfileRole).toLongLong()));
        m_search->setFocus();
    });
    connect(m_today, &TodayList::memberChosen, this, [this](qint64 profile) {
        m_presenter.open(ProfileId(profile));
        m_search->setFocus();
    });
    connect(m_walkIn, &QPushButton::clicked, this, &DeskView::openWalkIn);
    connect(m_location, &QComboBox::activated, this, [this](int index) {
        m_presenter.setLocation(m_location->itemData(index).toString().toStdString());
        m_search->setFocus();
    });
    connect(m_message, &InlineMessage::actionTriggered, this, &DeskView::openWalkIn);

    connect(&m_presenter, &DeskPresenter::resultsChanged, this, &DeskView::fillResults);
    connect(&m_presenter, &DeskPresenter::locationsChanged, this, &DeskView::fillLocations);
    connect(&m_presenter, &DeskPresenter::cardChanged, this, [this] {
        // Another member opened: the field empties, ready for the next scan.
        const auto& card = m_presenter.card();
        const qint64 shown = card ? card->profile.id.value() : 0;
        if (shown != 0 && shown != m_shown) {
            m_search->clear();
            m_presenter.search({});
        }
        m_shown = shown;
    });
    connect(&m_presenter, &DeskPresenter::notFound, this, [this](const QString& text) {
        m_message->showMessage(InlineMessage::Kind::error,
                               tr("No member has the card, id or name “%1”. Check the card, or take them as a walk-in "
                                  "lead.")
                                   .arg(text),
                               tr("New walk-in lead"));
        m_search->selectAll();
    });
    connect(&m_presenter, &DeskPresenter::doubleCheckIn, this, [this](const QString& name, const QString& ago) {
        m_message->showMessage(InlineMessage::Kind::error,
                               tr("%1 already checked in %2. Press F2 again to check them in once more.").arg(name, ago));
    });
    connect(&m_presenter, &DeskPresenter::checkedIn, this, [this] { m_message->clear(); });
    connect(&m_presenter, &DeskPresenter::walkInSaved, this, [this](const QString& name) {
        m_message->showMessage(InlineMessage::Kind::information,
                               tr("Walk-in lead saved for %1; the team will follow up.").arg(name));
    });
    connect(&m_presenter, &DeskPresenter::actionFailed, this,
            [this](const QString& text) { m_message->showMessage(InlineMessage::Kind::error, text); });
    fillLocations();
}

QString DeskView::title() const { return tr("Front desk"); }
QIcon DeskView::icon() const { return Icons::colored(QStringLiteral("front-desk")); }
void DeskView::refresh() { m_presenter.reload(); }

void DeskView::focusFilters() {
    m_search->setFocus();
    m_search->selectAll();
}

void DeskView::selectNext() { moveResult(1); }
void DeskView::selectPrevious() { moveResult(-1); }

void DeskView::installShortcuts() {
    auto* checkIn = new QShortcut(QKeySequence(Qt::Key_F2), this);
    checkIn->setContext(Qt::WidgetWithChildrenShortcut);
    connect(checkIn, &QShortcut::activated, &m_presenter, &DeskPresenter::checkIn);
    auto* walkIn = new QShortcut(QKeySequence(Qt::Key_F3), this);
    walkIn->setContext(Qt::WidgetWithChildrenShortcut);
    connect(walkIn, &QShortcut::activated, this, &DeskView::openWalkIn);
}

bool DeskView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(event)->key()) {
            case Qt::Key_Down:
                moveResult(1);
                return true;
            case Qt::Key_Up:
                moveResult(-1);
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                enter();
                return true;
            case Qt::Key_Escape:
                m_search->clear();
                m_presenter.search({});
                return true;
            default:
                break;
        }
    }
    return Screen::eventFilter(watched, event);
}

void DeskView::showEvent(QShowEvent* event) {
    Screen::showEvent(event);
    m_search->setFocus();
}

void DeskView::enter() {
    const QString text = m_search->text();
    if (!m_results->isHidden() && m_results->currentRow() >= 0) {
        m_presenter.open(ProfileId(m_results->currentItem()->data(kProfileRole).toLongLong()));
    } else if (!text.trimmed().isEmpty()) {
        m_message->clear();
        m_presenter.lookup(text);
    } else if (m_presenter.card()) {
        m_presenter.checkIn();
    }
}

void DeskView::moveResult(int delta) {
    const int count = m_results->count();
    if (m_results->isHidden() || count == 0) return;
    const int row = m_results->currentRow() < 0 ? (delta > 0 ? 0 : count - 1)
                                                : std::clamp(m_results->currentRow() + delta, 0, count - 1);
    m_results->setCurrentRow(row);
}

void DeskView::fillResults() {
    const auto& results = m_presenter.results();
    m_results->clear();
    for (const auto& hit : results) {
        auto* item = new QListWidgetItem(resultLine(hit), m_results);
        item->setData(kProfileRole, QVariant::fromValue<qint64>(hit.id.value()));
    }
    m_results->setCurrentRow(-1);
    const int rows = static_cast<int>(results.size());
    m_results->setFixedHeight(rows == 0 ? 0 : m_results->sizeHintForRow(0) * rows + 2 * m_results->frameWidth() + 4);
    m_results->setVisible(rows > 0);
}

void DeskView::fillLocations() {
    m_location->clear();
    for (const auto& location : m_presenter.locations()) {
        m_location->addItem(Icons::themed(QStringLiteral("location")), location.name, QString::fromStdString(location.id));
        if (location.id == m_presenter.locationId()) m_location->setCurrentIndex(m_location->count() - 1);
    }
    // One location: shown, nothing to choose.
    m_location->setEnabled(m_location->count() > 1);
    m_walkIn->setEnabled(m_location->count() > 0);
}

WalkInDialog* DeskView::openWalkIn() {
    if (m_presenter.locationId().empty()) {
        m_message->showMessage(InlineMessage::Kind::error, DeskText::noLocation());
        return nullptr;
    }
    auto* dialog = new WalkInDialog(m_presenter, m_location->currentText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { m_search->setFocus(); });
    dialog->open();
    dialog->field(QStringLiteral("first_name"))->setFocus();
    return dialog;
}

}  // namespace outpost::ui
