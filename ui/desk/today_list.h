#pragma once
// The Front desk's "today" at the current location: who checked in, who is expected (a booking
// later today) and the no-shows, each group with its count. Activating a name opens the member.

#include <QTreeWidget>

#include "ui/desk/desk_presenter.h"

namespace outpost::ui {

class TodayList final : public QTreeWidget {
    Q_OBJECT

  public:
    enum Group { checkedIn = 0, expected = 1, noShows = 2 };

    explicit TodayList(DeskPresenter& presenter, QWidget* parent = nullptr);

    // The names shown in one group, in order.
    [[nodiscard]] QStringList names(Group group) const;

  signals:
    void memberChosen(qint64 profile);

  private:
    void fill();

    DeskPresenter& m_presenter;
};

}  // namespace outpost::ui
