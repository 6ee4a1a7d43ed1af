#include "ui/desk/member_card_pane.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/desk/desk_text.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {
namespace {

constexpr int kAvatar = 76;

QPixmap avatar(const QString& initials, const QColor& color, qreal ratio) {
    QPixmap pixmap(QSize(kAvatar, kAvatar) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0, 0, kAvatar, kAvatar));
    QFont font = painter.font();
    font.setPixelSize(kAvatar * 2 / 5);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, kAvatar, kAvatar), Qt::AlignCenter, initials);
    return pixmap;
}

QLabel* scaled(QLabel* label, qreal factor, bool bold = false) {
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

QString pill(const QColor& background) {
    return QStringLiteral("QLabel { background: %1; color: white; border-radius: 6px; padding: 4px 10px; font-weight: 600; }")
        .arg(background.name());
}

// The detail after an alert's words: the at-risk score, the number of open tasks.
QString alertDetail(const profiles::DeskAlert& alert, const profiles::MemberCard& card, const QTimeZone& zone) {
    if (alert.code == "at_risk_high" && card.at_risk_score) return QString::number(*card.at_risk_score) + QStringLiteral("/100");
    if (alert.code == "open_task" || alert.code == "open_complaint") {
        const auto count = QString::fromStdString(alert.message).section(QLatin1Char(' '), 0, 0).toInt();
        return count > 1 ? QString::number(count) : QString();
    }
    if (alert.code == "payment_failed") {
        const auto date = parse_iso8601(alert.message.substr(alert.message.size() >= 10 ? alert.message.size() - 10 : 0));
        if (date) return QLocale().toString(QDateTime::fromMSecsSinceEpoch(date->time_since_epoch().count(), zone).date(),
                                            QLocale::ShortFormat);
    }
    return {};
}

}  // namespace

MemberCardPane::MemberCardPane(DeskPresenter& presenter, QWidget* parent)
    : QFrame(parent), m_presenter(presenter), m_empty(new QWidget(this)), m_content(new QWidget(this)),
      m_avatar(new QLabel(m_content)), m_name(new QLabel(m_content)), m_status(new QLabel(m_content)),
      m_ids(new QLabel(m_content)), m_alerts(new QVBoxLayout), m_visits(new QLabel(m_content)),
      m_atRisk(new QLabel(m_content)), m_contact(new QLabel(m_content)), m_consent(new QLabel(m_content)),
      m_checkIn(new QPushButton(m_content)), m_confirmation(new QLabel(m_content)) {
    setObjectName(QStringLiteral("memberCard"));
    setFrameShape(QFrame::StyledPanel);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(20, 18, 20, 18);

    auto* emptyLayout = new QVBoxLayout(m_empty);
    auto* hint = scaled(new QLabel(tr("Scan a member's card or type a name, phone or email above.\n"
                                      "Their card opens here: press F2 or Enter to check them in."),
                                   m_empty),
                        1.25);
    hint->setProperty("role", QStringLiteral("muted"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    emptyLayout->addStretch();
    emptyLayout->addWidget(hint);
    emptyLayout->addStretch();
    outer->addWidget(m_empty);
    outer->addWidget(m_content);

    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    auto* head = new QHBoxLayout;
    head->setSpacing(16);
    m_avatar->setFixedSize(kAvatar, kAvatar);
    m_avatar->setObjectName(QStringLiteral("memberAvatar"));
    auto* names = new QVBoxLayout;
    names->setSpacing(6);
    m_name->setObjectName(QStringLiteral("memberName"));
    scaled(m_name, 1.9, true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("memberStatus"));
    scaled(m_status, 1.1);
    m_ids->setObjectName(QStringLiteral("memberIds"));
    m_ids->setProperty("role", QStringLiteral("muted"));
    scaled(m_ids, 1.1);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_ids, 1);
    names->addWidget(m_name);
    names->addLayout(statusRow);
    head->addWidget(m_avatar, 0, Qt::AlignTop);
    head->addLayout(names, 1);
    layout->addLayout(head);

    m_alerts->setSpacing(6);
    layout->addLayout(m_alerts);

    auto* facts = new QGridLayout;
    facts->setHorizontalSpacing(18);
    facts->setVerticalSpacing(8);
    auto addFact = [&](int row, const QString& label, QLabel* value, const char* name) {
        auto* caption = scaled(new QLabel(label, m_content), 1.15);
        caption->setProperty("role", QStringLiteral("muted"));
        value->setObjectName(QString::fromLatin1(name));
        scaled(value, 1.15);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        facts->addWidget(caption, row, 0, Qt::AlignTop);
        facts->addWidget(value, row, 1);
    };
    addFact(0, tr("Visits"), m_visits, "memberVisits");
    addFact(1, tr("At-risk"), m_atRisk, "memberAtRisk");
    addFact(2, tr("Contact"), m_contact, "memberContact");
    addFact(3, tr("Consent"), m_consent, "memberConsent");
    facts->setColumnStretch(1, 1);
    layout->addLayout(facts);

    m_checkIn->setObjectName(QStringLiteral("checkInButton"));
    m_checkIn->setText(tr("Check in   (F2 or Enter)"));
    m_checkIn->setAccessibleName(tr("Check in"));
    m_checkIn->setMinimumHeight(56);
    m_checkIn->setFocusPolicy(Qt::NoFocus);  // the search field keeps the focus for the next scan
    QFont big = m_checkIn->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_checkIn->setFont(big);
    m_checkIn->setStyleSheet(
        QStringLiteral("QPushButton { background: %1; color: white; border: none; border-radius: 8px; padding: 8px 20px; }"
                       "QPushButton:pressed { background: %2; }")
            .arg(Theme::accent().name(), Theme::accent().darker(120).name()));
    connect(m_checkIn, &QPushButton::clicked, &m_presenter, &DeskPresenter::checkIn);
    layout->addWidget(m_checkIn);
    m_confirmation->setObjectName(QStringLiteral("checkInConfirmation"));
    m_confirmation->setWordWrap(true);
    scaled(m_confirmation, 1.3, true);
    m_confirmation->setVisible(false);
    layout->addWidget(m_confirmation);
    layout->addStretch();

    connect(&m_presenter, &DeskPresenter::cardChanged, this, &MemberCardPane::fill);
    connect(&m_presenter, &DeskPresenter::checkedIn, this, [this](qint64 profile, const QString&) {
        m_confirmed = ProfileId(profile);
        m_confirmedAt = m_presenter.now();
        showConfirmation();
    });
    fill();
}

void MemberCardPane::clearAlerts() {
    while (auto* item = m_alerts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void MemberCardPane::fill() {
    const auto& card = m_presenter.card();
    m_empty->setVisible(!card);
    m_content->setVisible(card.has_value());
    clearAlerts();
    if (!card) return;
    const auto& p = card->profile;
    const QTimeZone zone = m_presenter.zone();
    m_avatar->setPixmap(avatar(DeskText::initials(p.first_name, p.last_name), DeskText::membershipColor(p.membership_status),
                               devicePixelRatioF()));
    m_name->setText(DeskText::name(p));
    m_status->setText(DeskText::membership(p.membership_status));
    m_status->setStyleSheet(pill(DeskText::membershipColor(p.membership_status)));
    QStringList ids;
    if (!card->member_id.empty()) ids << tr("Member %1").arg(QString::fromStdString(card->member_id));
    if (!card->access_card_id.empty()) ids << tr("Card %1").arg(QString::fromStdString(card->access_card_id));
    m_ids->setText(ids.join(QStringLiteral("  ·  ")));

    for (const auto& alert : card->alerts) {
        const QString detail = alertDetail(alert, *card, zone);
        auto* badge = new QLabel(m_content);
        badge->setObjectName(QStringLiteral("alert_") + QString::fromStdString(alert.code));
        badge->setText(detail.isEmpty() ? DeskText::alert(alert.code)
                                        : tr("%1 · %2", "alert · detail").arg(DeskText::alert(alert.code), detail));
        badge->setToolTip(QString::fromStdString(alert.message));
        badge->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: white; border-radius: 6px; padding: 7px 12px; }")
                .arg(DeskText::alertColor(alert.code).name()));
        scaled(badge, 1.3, true);
        m_alerts->addWidget(badge);
    }

    QString visits = tr("%n visit(s)", nullptr, card->visits);
    if (card->last_visit) visits += tr(" · last %1").arg(DeskText::day(*card->last_visit, m_presenter.now(), zone));
    m_visits->setText(visits);
    m_atRisk->setText(card->at_risk_score
                          ? tr("%1 of 100 (%2)").arg(*card->at_risk_score).arg(DeskText::band(card->at_risk_band))
                          : tr("Not scored yet"));
    QStringList contact;
    if (!p.primary_phone.empty()) contact << QString::fromStdString(p.primary_phone);
    if (!p.primary_email.empty()) contact << QString::fromStdString(p.primary_email);
    m_contact->setText(contact.isEmpty() ? tr("No phone or email") : contact.join(QStringLiteral("  ·  ")));
    auto mark = [](bool given) { return given ? tr("yes") : tr("no"); };
    m_consent->setText(tr("SMS: %1    Email: %2").arg(mark(card->consent_sms), mark(card->consent_email)));
    m_consent->setStyleSheet(card->consent_sms || card->consent_email
                                 ? QString()
                                 : QStringLiteral("QLabel { color: %1; font-weight: 600; }").arg(Theme::errorText().name()));
    if (m_confirmed && *m_confirmed != p.id) m_confirmed.reset();
    showConfirmation();
}

void MemberCardPane::showConfirmation() {
    const auto& card = m_presenter.card();
    if (!m_confirmed || !card || card->profile.id != *m_confirmed) {
        m_confirmation->setVisible(false);
        m_confirmation->clear();
        return;
    }
    const QString at = DeskText::time(m_confirmedAt, m_presenter.zone());
    const bool pending = card->pending_check_ins > 0;
    m_confirmation->setText(pending ? tr("✓ Checked in at %1 — saved on this computer, waiting to sync").arg(at)
                                    : tr("✓ Checked in at %1 — synced").arg(at));
    m_confirmation->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(QColor(0x15, 0x80, 0x3d).name()));
    m_confirmation->setVisible(true);
}

QString MemberCardPane::nameText() const { return m_presenter.card() ? m_name->text() : QString(); }
QString MemberCardPane::statusText() const { return m_status->text(); }
QString MemberCardPane::consentText() const { return m_consent->text(); }
QString MemberCardPane::confirmationText() const { return m_confirmation->isHidden() ? QString() : m_confirmation->text(); }

QStringList MemberCardPane::alertTexts() const {
    QStringList out;
    for (int i = 0; i < m_alerts->count(); ++i) {
        if (auto* label = qobject_cast<QLabel*>(m_alerts->itemAt(i)->widget())) out << label->text();
    }
    return out;
}

}  // namespace outpost::ui
