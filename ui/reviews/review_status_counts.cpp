#include "ui/reviews/review_status_counts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

#include "domain/enums.h"
#include "ui/models/display_text.h"

namespace outpost::ui {

ReviewStatusCounts::ReviewStatusCounts(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("reviewStatusCounts"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    bool first = true;
    for (ReviewStatus status : {ReviewStatus::open, ReviewStatus::acknowledged, ReviewStatus::replied,
                                ReviewStatus::resolved}) {
        if (!first) {
            auto* dot = new QLabel(QStringLiteral("·"), this);
            dot->setProperty("role", QStringLiteral("muted"));
            layout->addWidget(dot);
        }
        first = false;
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("statusCount_%1").arg(QString::fromUtf8(to_string(status).data(),
                                                                                      to_string(status).size())));
        button->setAutoRaise(true);
        button->setCheckable(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setToolTip(tr("Show only the reviews with this status; click again to show every status"));
        connect(button, &QToolButton::clicked, this, [this, status] {
            const bool only = m_shown.size() == 1 && m_shown.front() == status;
            emit statusesChosen(only ? std::vector<ReviewStatus>{} : std::vector<ReviewStatus>{status});
        });
        m_buttons[status] = button;
        layout->addWidget(button);
    }
    layout->addStretch(1);
    setCounts({}, {});
}

void ReviewStatusCounts::setCounts(const std::map<ReviewStatus, std::int64_t>& counts,
                                   const std::vector<ReviewStatus>& shown) {
    m_shown = shown;
    const QLocale locale;
    for (auto& [status, button] : m_buttons) {
        const auto it = counts.find(status);
        const std::int64_t n = it == counts.end() ? 0 : it->second;
        button->setText(tr("%1 %2", "status and its count").arg(DisplayText::status(status), locale.toString(n)));
        button->setAccessibleName(tr("%1: %n review(s)", nullptr, static_cast<int>(n)).arg(DisplayText::status(status)));
        const bool chosen = shown.size() == 1 && shown.front() == status;
        button->setChecked(chosen);
        QFont font = button->font();
        font.setBold(chosen);
        button->setFont(font);
    }
}

QToolButton* ReviewStatusCounts::button(ReviewStatus status) const {
    const auto it = m_buttons.find(status);
    return it == m_buttons.end() ? nullptr : it->second;
}

}  // namespace outpost::ui
