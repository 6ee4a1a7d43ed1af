#pragma once
// Settings -> Audit log: filters (actor, action prefix, location, dates), the entries newest
// first, "Load older" paging and the chain check. The logic lives in AuditPresenter.

#include <QWidget>

#include "ui/settings/audit_presenter.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace outpost::ui {

class InlineMessage;

class AuditPage final : public QWidget {
    Q_OBJECT

  public:
    explicit AuditPage(AuditPresenter& presenter, QWidget* parent = nullptr);

    // The filters as the widgets hold them.
    [[nodiscard]] AuditFilter filterFromWidgets() const;
    void clearFilters();
    void focusFilters();
    void moveSelection(int delta);

    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QLineEdit* actorField() const { return m_actor; }
    [[nodiscard]] QComboBox* actionField() const { return m_action; }
    [[nodiscard]] QComboBox* locationField() const { return m_location; }
    [[nodiscard]] QDateEdit* fromField() const { return m_from; }
    [[nodiscard]] QDateEdit* toField() const { return m_to; }
    [[nodiscard]] QPushButton* loadOlderButton() const { return m_loadOlder; }
    [[nodiscard]] QPushButton* verifyButton() const { return m_verify; }
    [[nodiscard]] QLabel* verdictLabel() const { return m_verdict; }

  private:
    void apply();
    void fillLocations();
    void updatePaging();
    void updateVerdict();
    [[nodiscard]] QDateEdit* makeDateField(const QString& accessibleName);

    AuditPresenter& m_presenter;
    QLineEdit* m_actor;
    QComboBox* m_action;
    QComboBox* m_location;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_verify;
    QLabel* m_verdict;
    InlineMessage* m_message;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_loadOlder;
};

}  // namespace outpost::ui
