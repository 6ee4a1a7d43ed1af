#include "ui/reviews/review_detail_pane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "ui/widgets/scroll_page.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/star_rating.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {

ReviewDetailPane::ReviewDetailPane(QWidget* parent) : QFrame(parent), m_pages(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("detailPane"));
    setAccessibleName(tr("Review details"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_pages->addWidget(buildEmptyPage());
    m_pages->addWidget(buildReviewPage());
    setMinimumWidth(320);
}

QWidget* ReviewDetailPane::buildEmptyPage() {
    return makeEmptyPage(this, QStringLiteral("reviews"), tr("Select a review to read it in full."),
                         tr("Use j and k to move through the list."));
}

QLabel* ReviewDetailPane::metaRow(QVBoxLayout* layout, const QString& icon, const QString& accessibleName) {
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    auto* iconLabel = new QLabel(this);
    iconLabel->setPixmap(Icons::pixmap(icon, 16, devicePixelRatioF(), Theme::mutedText()));
    iconLabel->setFixedSize(16, 16);
    auto* text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setAccessibleName(accessibleName);
    row->addWidget(iconLabel, 0, Qt::AlignTop);
    row->addWidget(text, 1);
    layout->addLayout(row);
    return text;
}

QWidget* ReviewDetailPane::buildReviewPage() {
    auto [scroll, page, layout] = makeScrollPage(this, QMargins(20, 18, 20, 18));

    auto* header = new QHBoxLayout;
    header->setSpacing(10);
    m_stars = new StarRatingWidget(page);
    m_stars->setStarSize(22);
    m_negativeBadge = new QLabel(tr("Negative"), page);
    m_negativeBadge->setAccessibleName(tr("Negative review"));
    m_negativeBadge->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 2px 9px; }")
            .arg(Theme::errorTint().name(), Theme::errorText().name()));
    m_status = new QLabel(page);
    m_status->setAccessibleName(tr("Status"));
    m_status->setStyleSheet(QStringLiteral("QLabel { border: 1px solid %1; border-radius: 9px; padding: 1px 9px; }")
                                .arg(Theme::separator().name()));
    header->addWidget(m_stars, 0, Qt::AlignVCenter);
    header->addWidget(m_negativeBadge, 0, Qt::AlignVCenter);
    header->addStretch(1);
    header->addWidget(m_status, 0, Qt::AlignVCenter);
    layout->addLayout(header);

    m_author = new QLabel(page);
    m_author->setProperty("role", QStringLiteral("heading"));
    m_author->setAccessibleName(tr("Author"));
    m_author->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_author->setWordWrap(true);
    layout->addSpacing(4);
    layout->addWidget(m_author);

    m_location = metaRow(layout, QStringLiteral("location"), tr("Location"));
    m_posted = metaRow(layout, QStringLiteral("clock"), tr("Posted"));
    m_platform = metaRow(layout, QStringLiteral("platform"), tr("Platform"));

    auto* line = new QFrame(page);
    line->setFrameShape(QFrame::HLine);
    line->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::separator().name()));
    layout->addSpacing(6);
    layout->addWidget(line);
    layout->addSpacing(6);

    m_text = new QLabel(page);
    m_text->setObjectName(QStringLiteral("reviewText"));
    m_text->setAccessibleName(tr("Review text"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont body = m_text->font();
    body.setPointSizeF(body.pointSizeF() * 1.1);
    m_text->setFont(body);
    layout->addWidget(m_text);
    layout->addStretch(1);

    return scroll;
}

void ReviewDetailPane::showReview(const ReviewDetail& detail) {
    m_reviewId = detail.id;
    m_stars->setRating(detail.rating);
    m_negativeBadge->setVisible(detail.negative);
    m_status->setText(detail.status);
    m_author->setText(detail.author);
    m_location->setText(detail.region.isEmpty()
                            ? detail.location
                            : tr("%1 · %2", "location · region").arg(detail.location, detail.region));
    m_posted->setText(
        tr("%1 (local time) · %2", "posted time in the location's zone · age").arg(detail.postedLocal, detail.age));
    m_posted->setToolTip(tr("Local time at %1 (%2)").arg(detail.location, detail.timeZone));
    m_platform->setText(tr("Posted on %1").arg(detail.platform));
    m_text->setText(detail.text.isEmpty() ? tr("(The review has a rating but no text.)") : detail.text);
    m_pages->setCurrentIndex(1);
}

void ReviewDetailPane::showNothing() {
    m_reviewId = 0;
    m_pages->setCurrentIndex(0);
}

bool ReviewDetailPane::isShowingReview() const {
    return m_pages->currentIndex() == 1;
}

QString ReviewDetailPane::fullText() const {
    return m_text->text();
}

}  // namespace outpost::ui
