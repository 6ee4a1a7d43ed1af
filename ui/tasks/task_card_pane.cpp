#include "ui/tasks/task_card_pane.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "ui/models/display_text.h"
#include "ui/tasks/task_dialogs.h"
#include "ui/tasks/task_text.h"
#include "ui/widgets/flow_layout.h"
#include "ui/widgets/scroll_page.h"

namespace outpost::ui {
namespace {

QLabel* section(QWidget* parent, QVBoxLayout* layout, const QString& heading) {
    auto* title = new QLabel(heading, parent);
    title->setProperty("role", QStringLiteral("heading"));
    layout->addSpacing(6);
    layout->addWidget(title);
    auto* body = new QLabel(parent);
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(body);
    return body;
}

QString chip(const QString& text, const QColor& background) {
    return QStringLiteral("<span style=\"background-color:%1;\">&nbsp;%2&nbsp;</span>")
        .arg(background.name(), text.toHtmlEscaped());
}

QString consentWord(const std::optional<bool>& granted) {
    if (!granted) return QStringLiteral("–");
    return *granted ? QCoreApplication::translate("TaskCardPane", "yes") : QCoreApplication::translate("TaskCardPane", "no");
}

}  // namespace

TaskCardPane::TaskCardPane(TasksPresenter& presenter, QWidget* parent)
    : QFrame(parent), m_presenter(presenter), m_pages(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("detailPane"));
    setAccessibleName(tr("Task card"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_pages->addWidget(makeEmptyPage(this, QStringLiteral("tasks"), tr("Select a task to see its card."),
                                     tr("j and k move through the queue; c claims, t takes over.")));
    m_pages->addWidget(buildCard());
    setMinimumWidth(360);
    connect(&m_presenter, &TasksPresenter::cardChanged, this, &TaskCardPane::showCard);
    connect(&m_presenter, &TasksPresenter::clockTicked, this, &TaskCardPane::showCard);
}

QPushButton* TaskCardPane::addButton(QLayout* row, const QString& name, const QString& text, const QString& tip) {
    auto* b = new QPushButton(text, this);
    b->setObjectName(name);
    b->setToolTip(tip);
    row->addWidget(b);
    m_buttons.push_back(b);
    return b;
}

QPushButton* TaskCardPane::button(const QString& name) const {
    for (auto* b : m_buttons) {
        if (b->objectName() == name) return b;
    }
    return nullptr;
}

QWidget* TaskCardPane::buildCard() {
    auto [scroll, page, layout] = makeScrollPage(this, QMargins(20, 18, 20, 18));
    m_chips = new QLabel(page);
    m_chips->setTextFormat(Qt::RichText);
    m_summary = new QLabel(page);
    m_summary->setProperty("role", QStringLiteral("heading"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta = new QLabel(page);
    m_meta->setProperty("role", QStringLiteral("muted"));
    m_meta->setWordWrap(true);
    layout->addWidget(m_chips);
    layout->addWidget(m_summary);
    layout->addWidget(m_meta);

    // One row of buttons that wraps where the pane is narrow (the hidden ones take no room).
    auto* actionsRow = new QWidget(page);
    auto* actions = new FlowLayout(actionsRow);
    connect(addButton(actions, QStringLiteral("claim"), tr("Claim"), tr("Make it yours (c)")), &QPushButton::clicked, this,
            &TaskCardPane::claim);
    connect(addButton(actions, QStringLiteral("takeOver"), tr("Take over"),
                      tr("Own the customer's conversation; their automation pauses until you release or resolve (t)")),
            &QPushButton::clicked, this, &TaskCardPane::takeOver);
    connect(addButton(actions, QStringLiteral("waiting"), tr("Waiting on customer"),
                      tr("Pause the SLA clock until the customer answers (w)")),
            &QPushButton::clicked, this, &TaskCardPane::toggleWaiting);
    connect(addButton(actions, QStringLiteral("resolve"), tr("Resolve"), tr("Done (x)")), &QPushButton::clicked, this,
            &TaskCardPane::resolve);
    connect(addButton(actions, QStringLiteral("release"), tr("Release"), tr("Give it back to the queue")),
            &QPushButton::clicked, &m_presenter, &TasksPresenter::release);
    connect(addButton(actions, QStringLiteral("escalate"), tr("Escalate…"), tr("Hand it one level up (e)")),
            &QPushButton::clicked, this, &TaskCardPane::escalate);
    connect(addButton(actions, QStringLiteral("requestApproval"), tr("Request approval…"),
                      tr("A refund or cancellation above your limit (a)")),
            &QPushButton::clicked, this, &TaskCardPane::requestApproval);
    connect(addButton(actions, QStringLiteral("approve"), tr("Approve…"), tr("Approve the request, with a reason")),
            &QPushButton::clicked, this, [this] { decide(true); });
    connect(addButton(actions, QStringLiteral("deny"), tr("Deny…"), tr("Deny the request, with a reason")),
            &QPushButton::clicked, this, [this] { decide(false); });
    layout->addSpacing(4);
    layout->addWidget(actionsRow);

    m_customer = section(page, layout, tr("Customer"));
    m_source = section(page, layout, tr("Where it came from"));
    m_trace = section(page, layout, tr("Why Outpost opened it"));
    m_next = section(page, layout, tr("Suggested next step"));
    m_approval = section(page, layout, tr("Approval"));
    m_recent = section(page, layout, tr("Last actions"));
    layout->addStretch(1);
    return scroll;
}

void TaskCardPane::showCard() {
    const auto& card = m_presenter.card();
    if (!card) {
        m_pages->setCurrentIndex(0);
        return;
    }
    const auto& t = card->task;
    const Timestamp now = m_presenter.now();
    const auto live = sync::live_sla(t, now);
    QString chips = chip(TaskText::urgency(t.urgency), TaskText::slaColor(sync::LiveSla::paused)) +
                    QStringLiteral(" ") + chip(TaskText::type(t.type), TaskText::slaColor(sync::LiveSla::paused));
    if (live != sync::LiveSla::none) chips += QStringLiteral(" ") + chip(TaskText::countdown(t, now), TaskText::slaColor(live));
    if (t.pending_sync) chips += QStringLiteral(" ") + chip(tr("Waiting to sync"), TaskText::slaColor(sync::LiveSla::warning));
    m_chips->setText(chips);
    m_summary->setText(QString::fromStdString(t.summary));
    const QString owner = t.owner_id ? QString::fromStdString(t.owner_name) : tr("nobody yet");
    m_meta->setText(tr("%1 · %2 · owner: %3 · with %4")
                        .arg(QString::fromStdString(t.location_name), TaskText::status(t.status), owner,
                             TaskText::level(t.level)));

    if (card->customer_name.empty()) {
        m_customer->setText(tr("No customer linked."));
    } else {
        QString text = tr("<b>%1</b><br>Consent: SMS %2 · email %3")
                           .arg(QString::fromStdString(card->customer_name).toHtmlEscaped(),
                                consentWord(card->consent_sms), consentWord(card->consent_email));
        if (!card->automation_paused_by.empty()) {
            text += QStringLiteral("<br>") + tr("Automation paused: %1 took over.")
                                                 .arg(QString::fromStdString(card->automation_paused_by).toHtmlEscaped());
        }
        m_customer->setText(text);
    }
    m_source->setText(card->source_text.empty() ? tr("%1 (%2)").arg(TaskText::type(t.type), QString::fromStdString(t.source))
                                                : QString::fromStdString(card->source_text).toHtmlEscaped());
    QStringList reasons;
    for (const auto& r : card->reasons) reasons << QStringLiteral("• ") + TaskText::reason(r).toHtmlEscaped();
    m_trace->setText(reasons.isEmpty() ? tr("Opened by hand.") : reasons.join(QStringLiteral("<br>")));
    m_next->setText(card->suggested_action.empty() ? tr("Read the history and contact the customer.")
                                                   : QString::fromStdString(card->suggested_action).toHtmlEscaped());

    const QString limit = card->authority_limit ? tr("Your approval limit: %1.").arg(TaskText::money(*card->authority_limit))
                                                : tr("Your role has no approval limit.");
    QString approval;
    const QString amount = TaskText::money(t.approval_amount.value_or(0));
    const QString kind = QString::fromStdString(card->approval_kind);
    if (t.approval_state == "pending") {
        approval = tr("<b>%1 of %2 waits for an approver.</b>").arg(kind, amount);
    } else if (t.approval_state == "approved" || t.approval_state == "denied") {
        approval = (t.approval_state == "approved" ? tr("%1 of %2 approved by %3: %4") : tr("%1 of %2 denied by %3: %4"))
                       .arg(kind, amount, QString::fromStdString(card->approval_by_name).toHtmlEscaped(),
                            QString::fromStdString(card->approval_reason).toHtmlEscaped());
    } else {
        approval = tr("No approval requested.");
    }
    m_approval->setText(approval + QStringLiteral("<br>") + limit);

    QStringList recent;
    for (const auto& h : card->recent) {
        recent << QStringLiteral("%1 — %2").arg(DisplayText::age(h.at, now), TaskText::history(h).toHtmlEscaped());
    }
    m_recent->setText(recent.join(QStringLiteral("<br>")));
    updateButtons(*card);
    m_pages->setCurrentIndex(1);
}

void TaskCardPane::updateButtons(const sync::TaskCard& card) {
    const auto& t = card.task;
    const qint64 me = m_presenter.user().id;
    const bool mine = t.owner_id == me;
    const bool free = !t.owner_id;
    const bool pending = t.approval_state == "pending";
    const auto limit = card.authority_limit;
    button(QStringLiteral("claim"))->setEnabled(free);
    button(QStringLiteral("release"))->setEnabled(mine);
    button(QStringLiteral("takeOver"))->setEnabled((free || mine) && !t.taken_over);
    auto* waiting = button(QStringLiteral("waiting"));
    waiting->setEnabled(mine);
    waiting->setText(t.status == "waiting_on_customer" ? tr("Resume work") : tr("Waiting on customer"));
    button(QStringLiteral("resolve"))->setEnabled((free || mine) && !pending);
    button(QStringLiteral("escalate"))->setEnabled(t.level != "corporate");
    button(QStringLiteral("requestApproval"))->setEnabled(mine && !pending);
    const bool mayDecide = pending && !mine && (!limit || t.approval_amount.value_or(0) <= *limit);
    button(QStringLiteral("approve"))->setVisible(pending);
    button(QStringLiteral("deny"))->setVisible(pending);
    button(QStringLiteral("approve"))->setEnabled(mayDecide);
    button(QStringLiteral("deny"))->setEnabled(mayDecide);
    if (pending && !mayDecide) {
        button(QStringLiteral("approve"))->setToolTip(mine ? tr("Someone else must approve your own request")
                                                           : tr("The amount is above your approval limit"));
    }
}

void TaskCardPane::claim() {
    if (button(QStringLiteral("claim"))->isEnabled()) m_presenter.claim();
}

void TaskCardPane::takeOver() {
    if (button(QStringLiteral("takeOver"))->isEnabled()) m_presenter.takeOver();
}

void TaskCardPane::toggleWaiting() {
    const auto& card = m_presenter.card();
    if (!card || !button(QStringLiteral("waiting"))->isEnabled()) return;
    m_presenter.setStatus(card->task.status == "waiting_on_customer" ? QStringLiteral("in_progress")
                                                                     : QStringLiteral("waiting_on_customer"));
}

void TaskCardPane::resolve() {
    if (button(QStringLiteral("resolve"))->isEnabled()) m_presenter.setStatus(QStringLiteral("resolved"));
}

void TaskCardPane::escalate() {
    if (!button(QStringLiteral("escalate"))->isEnabled()) return;
    ReasonDialog dialog(tr("Escalate task"), tr("Why does this go one level up? The next level reads this first."),
                        tr("Escalate"), this);
    if (dialog.exec() == QDialog::Accepted) m_presenter.escalate(dialog.reason());
}

void TaskCardPane::requestApproval() {
    const auto& card = m_presenter.card();
    if (!card || !button(QStringLiteral("requestApproval"))->isEnabled()) return;
    ApprovalRequestDialog dialog(card->authority_limit, this);
    if (dialog.exec() == QDialog::Accepted) m_presenter.requestApproval(dialog.kind(), dialog.amountCents(), dialog.note());
}

void TaskCardPane::decide(bool approve) {
    if (!button(approve ? QStringLiteral("approve") : QStringLiteral("deny"))->isEnabled()) return;
    ReasonDialog dialog(approve ? tr("Approve request") : tr("Deny request"),
                        tr("Your reason goes into the audit log with your name."), approve ? tr("Approve") : tr("Deny"),
                        this);
    if (dialog.exec() == QDialog::Accepted) m_presenter.decideApproval(approve, dialog.reason());
}

}  // namespace outpost::ui
