#include "ui/reviews/review_bulk.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace outpost::ui {

ReviewBulkBar::ReviewBulkBar(QWidget* parent) : QWidget(parent), m_count(new QLabel(this)) {
    setObjectName(QStringLiteral("reviewBulkBar"));
    m_count->setObjectName(QStringLiteral("bulkCount"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_count);
    auto add = [this, layout](const QString& text, const QString& name, const QString& tip, ReviewsPresenter::Bulk action) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setToolTip(tip);
        connect(button, &QPushButton::clicked, this, [this, action] { emit bulkRequested(action); });
        layout->addWidget(button);
    };
    add(tr("Acknowledge all"), QStringLiteral("bulkAcknowledge"), tr("Acknowledge every selected review (c)"),
        ReviewsPresenter::Bulk::acknowledge);
    add(tr("Assign all to me"), QStringLiteral("bulkAssign"), tr("Assign every selected review to you (a)"),
        ReviewsPresenter::Bulk::assignToMe);
    add(tr("Resolve all"), QStringLiteral("bulkResolve"), tr("Resolve every selected review (x)"),
        ReviewsPresenter::Bulk::resolve);
    add(tr("Escalate all"), QStringLiteral("bulkEscalate"), tr("Create or escalate a task for every selected review (e)"),
        ReviewsPresenter::Bulk::escalate);
    layout->addStretch(1);
    setVisible(false);
}

void ReviewBulkBar::setSelectedCount(int count) {
    m_count->setText(tr("%n review(s) selected:", nullptr, count));
    setVisible(count > 1);
}

QString bulkOutcome(ReviewsPresenter::Bulk action, int applied, const QStringList& failures) {
    const int total = applied + static_cast<int>(failures.size());
    QString done;
    switch (action) {
        case ReviewsPresenter::Bulk::acknowledge:
            done = failures.isEmpty() ? ReviewBulkBar::tr("Acknowledged %n review(s).", nullptr, applied)
                                      : ReviewBulkBar::tr("Acknowledged %1 of %n review(s).", nullptr, total).arg(applied);
            break;
        case ReviewsPresenter::Bulk::assignToMe:
            done = failures.isEmpty() ? ReviewBulkBar::tr("Assigned %n review(s) to you.", nullptr, applied)
                                      : ReviewBulkBar::tr("Assigned %1 of %n review(s) to you.", nullptr, total).arg(applied);
            break;
        case ReviewsPresenter::Bulk::resolve:
            done = failures.isEmpty() ? ReviewBulkBar::tr("Resolved %n review(s).", nullptr, applied)
                                      : ReviewBulkBar::tr("Resolved %1 of %n review(s).", nullptr, total).arg(applied);
            break;
        case ReviewsPresenter::Bulk::escalate:
            done = failures.isEmpty() ? ReviewBulkBar::tr("Escalated %n review(s).", nullptr, applied)
                                      : ReviewBulkBar::tr("Escalated %1 of %n review(s).", nullptr, total).arg(applied);
            break;
    }
    if (failures.isEmpty()) return done;
    return ReviewBulkBar::tr("%1 Not changed: %2").arg(done, failures.join(QStringLiteral("; ")));
}

}  // namespace outpost::ui
