#pragma once
// Saved views of the reviews screen: a filter set under a name. A few are built in ("Needs reply",
// "Breaching", "High severity"); the person's own are kept per user on this desk in QSettings
// (group "reviews/savedViews/<user id>"), because a view is a personal preference of the person at
// this computer: nothing the engine or other desks need, and nothing to migrate in the replica.

#include <vector>

#include <QString>
#include <QWidget>

#include "domain/result.h"
#include "ui/bridge/review_query.h"

class QComboBox;
class QSettings;
class QToolButton;

namespace outpost::ui {

struct SavedView {
    QString name;
    ReviewQuery filters;
    bool builtIn = false;
};

class SavedViewStore {
  public:
    // Views of user `userId` in `settings` (not owned; it outlives the store).
    SavedViewStore(QSettings& settings, qint64 userId);

    [[nodiscard]] static std::vector<SavedView> builtIns();
    // The built-in views, then the person's own by name.
    [[nodiscard]] std::vector<SavedView> views() const;
    // Saves `filters` as `name` (trimmed), replacing the person's view of that name. Refused for an
    // empty name or the name of a built-in view.
    Result<void> save(const QString& name, const ReviewQuery& filters);
    // Deletes the person's view; false for a built-in view or an unknown name.
    bool remove(const QString& name);

  private:
    [[nodiscard]] QString group() const;

    QSettings& m_settings;
    qint64 m_userId;
};

// The view picker with Save view… and Delete beside the filters.
class SavedViewsBar final : public QWidget {
    Q_OBJECT

  public:
    SavedViewsBar(SavedViewStore store, QWidget* parent = nullptr);

    // The filters shown now: the picker shows the view that has them, or "Unsaved filters".
    void setCurrentFilters(const ReviewQuery& filters);
    // Saves the current filters as `name`; errors come back as text (empty when saved).
    QString saveCurrent(const QString& name);
    void deleteCurrent();
    // Chooses a view by name, as the picker does; false when there is none.
    bool choose(const QString& name);

    [[nodiscard]] QComboBox* picker() const { return m_picker; }
    [[nodiscard]] QStringList viewNames() const;

  signals:
    void viewChosen(const outpost::ui::ReviewQuery& filters);
    void saveFailed(const QString& message);

  private:
    void fill();
    void askName();

    SavedViewStore m_store;
    std::vector<SavedView> m_views;
    ReviewQuery m_current;
    QComboBox* m_picker;
    QToolButton* m_save;
    QToolButton* m_delete;
};

}  // namespace outpost::ui
