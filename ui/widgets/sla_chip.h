#pragma once
// SLA countdown chips, shared by the Tasks and Reviews screens: the colour of each live SLA state,
// a span of time in words, and a table delegate that draws a cell's text on a rounded chip of the
// colour its model gives.

#include <chrono>

#include <QColor>
#include <QString>
#include <QStyledItemDelegate>

namespace outpost::ui {

namespace SlaChip {

enum class State { on_track, warning, breached, paused, none };

// The chip colour of a state (light or dark theme); invalid for `none`.
[[nodiscard]] QColor color(State state);
// A span of time in words: "45 min", "3 h 10 min", "2 d". `coarse` drops the minutes from an
// hour on ("3 h"), for chips in a narrow column.
[[nodiscard]] QString span(std::chrono::milliseconds span, bool coarse = false);

}  // namespace SlaChip

// Draws the display text on a chip of the colour in `colorRole` (a QColor); plain text without one.
class SlaChipDelegate final : public QStyledItemDelegate {
    Q_OBJECT

  public:
    explicit SlaChipDelegate(int colorRole, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

  private:
    int m_colorRole;
};

}  // namespace outpost::ui
