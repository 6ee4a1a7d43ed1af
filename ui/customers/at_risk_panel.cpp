#include "ui/customers/at_risk_panel.h"

#include <algorithm>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include "profiles/profile_360.h"
#include "ui/customers/customer_api.h"
#include "ui/customers/customer_text.h"
#include "ui/models/display_text.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {

AtRiskFigures AtRiskFigures::of(const profiles::StoredAtRisk& stored) {
    const auto& s = stored.score;
    return {s.total, s.band, {s.recency, s.frequency, s.payment, s.engagement, s.support}, s.reasons, s.computed_at,
            stored.stale, stored.expected_value_cents};
}

AtRiskFigures AtRiskFigures::of(const AtRiskMember& m) {
    return {m.score, m.band, {m.recency, m.frequency, m.payment, m.engagement, m.support}, m.reasons, m.computedAt,
            m.stale, m.expectedValueCents};
}

AtRiskPanel::AtRiskPanel(QWidget* parent) : QFrame(parent) {
    setObjectName(QStringLiteral("atRiskPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    auto* head = new QHBoxLayout;
    auto* title = new QLabel(tr("At-risk score"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("atRiskScore"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_score->setFont(big);
    m_band = new QLabel(this);
    m_band->setObjectName(QStringLiteral("atRiskBand"));
    m_stale = new QLabel(tr("Stale"), this);
    m_stale->setObjectName(QStringLiteral("atRiskStale"));
    m_stale->setToolTip(tr("Computed more than 48 hours ago"));
    m_stale->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #7a5200; border-radius: 3px; padding: 1px 6px; }"));
    head->addWidget(title);
    head->addStretch(1);
    head->addWidget(m_stale);
    head->addWidget(m_band);
    head->addWidget(m_score);
    layout->addLayout(head);

    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 2);
    for (int i = 0; i < 5; ++i) {
        grid->addWidget(new QLabel(CustomerText::component(kComponents[static_cast<std::size_t>(i)]), this), i, 0);
        auto* bar = new QProgressBar(this);
        bar->setRange(0, kMaxima[static_cast<std::size_t>(i)]);
        bar->setTextVisible(false);
        bar->setMaximumHeight(12);
        bar->setAccessibleName(CustomerText::component(kComponents[static_cast<std::size_t>(i)]));
        auto* points = new QLabel(this);
        auto* reason = new QLabel(this);
        reason->setWordWrap(true);
        QPalette muted = reason->palette();
        muted.setColor(QPalette::WindowText, Theme::mutedText());
        reason->setPalette(muted);
        grid->addWidget(bar, i, 1);
        grid->addWidget(points, i, 2);
        grid->addWidget(reason, i, 3);
        m_bars[static_cast<std::size_t>(i)] = bar;
        m_points[static_cast<std::size_t>(i)] = points;
        m_reasons[static_cast<std::size_t>(i)] = reason;
    }
    layout->addLayout(grid);
    auto* foot = new QHBoxLayout;
    m_computed = new QLabel(this);
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("atRiskValue"));
    foot->addWidget(m_computed);
    foot->addStretch(1);
    foot->addWidget(m_value);
    layout->addLayout(foot);
    display(std::nullopt, Timestamp{});
}

void AtRiskPanel::display(const std::optional<AtRiskFigures>& figures, Timestamp now) {
    for (int i = 0; i < 5; ++i) {
        const auto k = static_cast<std::size_t>(i);
        const int points = figures ? figures->components[k] : 0;
        m_bars[k]->setValue(std::min(points, kMaxima[k]));
        m_bars[k]->setEnabled(figures.has_value());
        m_points[k]->setText(figures ? tr("%1 / %2").arg(points).arg(kMaxima[k]) : QString());
        QStringList why;
        if (figures) {
            for (const auto& r : figures->reasons) {
                if (profiles::component_of_reason(r) == kComponents[k]) why << CustomerText::reason(r);
            }
        }
        m_reasons[k]->setText(why.join(QStringLiteral("; ")));
    }
    if (!figures) {
        m_score->setText(QStringLiteral("—"));
        m_band->setText(tr("Not scored yet"));
        m_band->setStyleSheet({});
        m_stale->hide();
        m_computed->clear();
        m_value->clear();
        return;
    }
    m_score->setText(tr("%1 / 100").arg(figures->score));
    m_band->setText(CustomerText::band(figures->band));
    m_band->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 3px; padding: 1px 6px; }")
                              .arg(CustomerText::bandColor(figures->band).name()));
    m_stale->setVisible(figures->stale);
    m_computed->setText(tr("Computed %1 (%2)")
                            .arg(CustomerText::when(figures->computedAt), DisplayText::age(figures->computedAt, now)));
    m_value->setText(tr("Expected value of outreach: %1").arg(CustomerText::money(figures->expectedValueCents)));
}

QString AtRiskPanel::scoreText() const { return m_score->text(); }
QString AtRiskPanel::bandText() const { return m_band->text(); }
bool AtRiskPanel::isStaleShown() const { return !m_stale->isHidden(); }
int AtRiskPanel::barValue(int component) const { return m_bars[static_cast<std::size_t>(component)]->value(); }
QString AtRiskPanel::reasonText(int component) const { return m_reasons[static_cast<std::size_t>(component)]->text(); }
QString AtRiskPanel::expectedValueText() const { return m_value->text(); }
QString AtRiskPanel::computedText() const { return m_computed->text(); }

}  // namespace outpost::ui
