#pragma once
// The Front desk's "today" at the current location: who is expected (a booking later today), the
// no-shows and who checked in, each group with its count. Activating a name opens the member.

#include <QTreeWidget>

#include "ui/desk/desk_presenter.h"

namespace outpost::ui {

class TodayList final : public QTreeWidget {
    Q_OBJECT

  public:
    // What the counter acts on first: who is still to come, who did not, then who came.
    enum Group { expected = 0, noShows = 1, checkedIn = 2 };

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
