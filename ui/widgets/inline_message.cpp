#include "ui/widgets/inline_message.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {

InlineMessage::InlineMessage(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_action(new QPushButton(this)) {
    setObjectName(QStringLiteral("inlineMessage"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 8, 6);
    layout->setSpacing(8);
    m_icon->setFixedSize(18, 18);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("inlineMessageText"));
    m_action->setVisible(false);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    connect(m_action, &QPushButton::clicked, this, &InlineMessage::actionTriggered);
    setVisible(false);
}

void InlineMessage::showMessage(Kind kind, const QString& text, const QString& actionText) {
    m_kind = kind;
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setAccessibleName(kind == Kind::error ? tr("Error") : tr("Note"));
    setAccessibleDescription(text);
    updateColors();
    setVisible(!text.isEmpty());
}

void InlineMessage::clear() {
    m_text->clear();
    setVisible(false);
}

QString InlineMessage::text() const {
    return m_text->text();
}

void InlineMessage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) updateColors();
    QFrame::changeEvent(event);
}

void InlineMessage::updateColors() {
    const bool error = m_kind == Kind::error;
    const QColor background = error ? Theme::errorTint() : palette().color(QPalette::AlternateBase);
    const QColor foreground = error ? Theme::errorText() : palette().color(QPalette::WindowText);
    const QColor border = error ? Theme::errorTint().darker(125) : Theme::separator();
    const QString sheet = QStringLiteral(
                              "QFrame#inlineMessage { background: %1; border: 1px solid %2; border-radius: 4px; }"
                              "QLabel#inlineMessageText { color: %3; background: transparent; border: none; }")
                              .arg(background.name(), border.name(), foreground.name());
    // Setting a style sheet changes the palette, which calls this again: set it only when it differs.
    if (sheet != styleSheet()) setStyleSheet(sheet);
    m_icon->setPixmap(
        Icons::pixmap(error ? QStringLiteral("warning") : QStringLiteral("info"), 18, devicePixelRatioF(), foreground));
}

}  // namespace outpost::ui
