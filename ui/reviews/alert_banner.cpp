#include "ui/reviews/alert_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

#include "ui/models/display_text.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/inline_message.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {

AlertBanner::AlertBanner(AlertsPresenter& presenter, QWidget* parent)
    : QFrame(parent), m_presenter(presenter), m_rows(new QVBoxLayout), m_message(new InlineMessage(this)) {
    setObjectName(QStringLiteral("alertBanner"));
    setAccessibleName(tr("Review alerts"));
    setStyleSheet(QStringLiteral("QFrame#alertBanner { background: %1; border: 1px solid %2; border-radius: 6px; }")
                      .arg(Theme::errorTint().name(), Theme::errorText().name()));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(4);
    m_rows->setSpacing(4);
    layout->addLayout(m_rows);
    layout->addWidget(m_message);
    connect(&m_presenter, &AlertsPresenter::alertsChanged, this, &AlertBanner::rebuild);
    connect(&m_presenter, &AlertsPresenter::actionFailed, this,
            [this](const QString& message) {
                m_message->showMessage(InlineMessage::Kind::error, message);
                setVisible(true);
            });
    setVisible(false);
}

void AlertBanner::rebuild() {
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QWidget* w = item->widget()) w->deleteLater();
        delete item;
    }
    const Timestamp now = m_presenter.clock().now();
    for (const AlertItem& alert : m_presenter.alerts()) {
        auto* row = new QWidget(this);
        row->setObjectName(QStringLiteral("alertRow"));
        auto* line = new QHBoxLayout(row);
        line->setContentsMargins(0, 0, 0, 0);
        line->setSpacing(8);
        auto* icon = new QLabel(row);
        icon->setPixmap(Icons::pixmap(QStringLiteral("warning"), 18, devicePixelRatioF(), Theme::errorText()));
        icon->setFixedSize(18, 18);
        auto* text = new QLabel(row);
        text->setObjectName(QStringLiteral("alertText"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        const QString when = tr("raised %1 (%2)", "alert raised at local time (age)")
                                 .arg(DisplayText::shortLocalTime(alert.raisedAt, QTimeZone::systemTimeZone()),
                                      DisplayText::age(alert.raisedAt, now));
        text->setText(QStringLiteral("<b>%1</b> — %2 · %3")
                          .arg(alert.title.toHtmlEscaped(), alert.details.toHtmlEscaped(), when.toHtmlEscaped()));
        text->setAccessibleName(tr("%1: %2", "alert title: details").arg(alert.title, alert.details));
        text->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::errorText().name()));
        auto* ack = new QPushButton(tr("Acknowledge"), row);
        ack->setObjectName(QStringLiteral("acknowledgeAlert"));
        ack->setAccessibleName(tr("Acknowledge: %1").arg(alert.title));
        ack->setToolTip(tr("You have seen the alert and take it from here; it leaves this list for everyone"));
        const QString id = alert.id;
        connect(ack, &QPushButton::clicked, this, [this, id] { m_presenter.acknowledge(id); });
        line->addWidget(icon, 0, Qt::AlignTop);
        line->addWidget(text, 1);
        line->addWidget(ack, 0, Qt::AlignVCenter);
        m_rows->addWidget(row);
    }
    setVisible(!m_presenter.alerts().empty() || !m_message->text().isEmpty());
}

int AlertBanner::rowCount() const {
    return m_rows->count();
}

QString AlertBanner::rowText(int row) const {
    if (row < 0 || row >= m_rows->count()) return {};
    auto* label = m_rows->itemAt(row)->widget()->findChild<QLabel*>(QStringLiteral("alertText"));
    return label ? label->accessibleName() : QString();
}

QPushButton* AlertBanner::acknowledgeButton(int row) const {
    if (row < 0 || row >= m_rows->count()) return nullptr;
    return m_rows->itemAt(row)->widget()->findChild<QPushButton*>(QStringLiteral("acknowledgeAlert"));
}

}  // namespace outpost::ui
