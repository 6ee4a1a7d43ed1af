#include "ui/reviews/review_metrics_strip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/widgets/sla_chip.h"

namespace outpost::ui {

ReviewMetricsStrip::ReviewMetricsStrip(QWidget* parent)
    : QFrame(parent), m_scope(new QLabel(this)), m_allLocations(new QToolButton(this)) {
    setObjectName(QStringLiteral("reviewMetrics"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Review metrics"));
    m_scope->setObjectName(QStringLiteral("metricsScope"));
    m_scope->setProperty("role", QStringLiteral("muted"));
    m_scope->setWordWrap(true);
    m_allLocations->setObjectName(QStringLiteral("allLocations"));
    m_allLocations->setText(tr("All locations"));
    m_allLocations->setToolTip(tr("Leave the drill-down and count every location again"));
    m_allLocations->setAutoRaise(true);
    m_allLocations->setVisible(false);
    connect(m_allLocations, &QToolButton::clicked, this, &ReviewMetricsStrip::allLocationsRequested);

    auto* scopeBox = new QVBoxLayout;
    scopeBox->setSpacing(0);
    scopeBox->addWidget(m_scope);
    scopeBox->addWidget(m_allLocations, 0, Qt::AlignLeft);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(28);
    layout->addLayout(scopeBox);
    m_average = tile(tr("Average rating"), QStringLiteral("metricAverage"),
                     tr("The mean star rating of the reviews these filters match"));
    m_perWeek = tile(tr("Reviews a week"), QStringLiteral("metricPerWeek"),
                     tr("Reviews posted in the last four weeks, divided by four"));
    m_responseRate = tile(tr("Response rate"), QStringLiteral("metricResponseRate"),
                          tr("The share of these reviews with a posted reply"));
    m_medianReply = tile(tr("Median first reply"), QStringLiteral("metricMedianReply"),
                         tr("Half of the replied reviews got their first posted reply within this time"));
    for (QLabel* value : {m_average, m_perWeek, m_responseRate, m_medianReply}) layout->addWidget(value->parentWidget());
    layout->addStretch(1);
    setMetrics(std::nullopt, tr("All locations"), false);
}

QLabel* ReviewMetricsStrip::tile(const QString& caption, const QString& name, const QString& toolTip) {
    auto* box = new QWidget(this);
    box->setToolTip(toolTip);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* value = new QLabel(box);
    value->setObjectName(name);
    value->setAccessibleName(caption);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    value->setFont(big);
    auto* label = new QLabel(caption, box);
    label->setProperty("role", QStringLiteral("muted"));
    layout->addWidget(value);
    layout->addWidget(label);
    return value;
}

void ReviewMetricsStrip::setMetrics(const std::optional<sync::ReviewMetrics>& metrics, const QString& scope,
                                    bool narrowed) {
    const QLocale locale;
    const QString none = QStringLiteral("—");
    const qint64 count = metrics ? metrics->reviews : 0;
    m_scope->setText(tr("%1\n%n review(s)", nullptr, static_cast<int>(count)).arg(scope));
    m_allLocations->setVisible(narrowed);
    if (!metrics) {
        for (QLabel* value : {m_average, m_perWeek, m_responseRate, m_medianReply}) value->setText(none);
        return;
    }
    m_average->setText(metrics->average_rating ? tr("%1 ★").arg(locale.toString(*metrics->average_rating, 'f', 1))
                                               : none);
    m_perWeek->setText(locale.toString(metrics->reviews_per_week, 'f', metrics->reviews_per_week < 100 ? 1 : 0));
    m_responseRate->setText(metrics->response_rate
                                ? tr("%1 %").arg(locale.toString(*metrics->response_rate * 100.0, 'f', 0))
                                : none);
    m_medianReply->setText(metrics->median_first_reply ? SlaChip::span(*metrics->median_first_reply) : none);
}

QString ReviewMetricsStrip::averageText() const { return m_average->text(); }
QString ReviewMetricsStrip::perWeekText() const { return m_perWeek->text(); }
QString ReviewMetricsStrip::responseRateText() const { return m_responseRate->text(); }
QString ReviewMetricsStrip::medianReplyText() const { return m_medianReply->text(); }

}  // namespace outpost::ui
