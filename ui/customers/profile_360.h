#pragma once
// The profile 360 of one customer: a header (name, membership, home location, where the profile
// came from, last sync, open tasks, reviews, leads), the at-risk panel, the contract fields with
// their source and time of change, and tabs for the timeline (visits, events, tasks, reviews,
// leads, notes, edits; filterable), consent per channel with the ledger's history, and notes
// (add one; record consent given or withdrawn at the counter). "Edit contact" opens the contact
// form in place. Thin: the presenter does the work.

#include <QWidget>

#include "ui/customers/customers_presenter.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace outpost::ui {

class AtRiskPanel;
class ContactEditor;

class Profile360View final : public QWidget {
    Q_OBJECT

  public:
    explicit Profile360View(CustomersPresenter& presenter, QWidget* parent = nullptr);

    [[nodiscard]] QLabel* nameLabel() const { return m_name; }
    [[nodiscard]] AtRiskPanel* atRisk() const { return m_atRisk; }
    [[nodiscard]] QTableWidget* fields() const { return m_fields; }
    [[nodiscard]] QTableWidget* timeline() const { return m_timeline; }
    [[nodiscard]] QTableWidget* consent() const { return m_consent; }
    [[nodiscard]] QTableWidget* consentHistory() const { return m_consentHistory; }
    // Record a grant or a withdrawal on the channel selected in consent() (through ConsentDialog).
    [[nodiscard]] QPushButton* grantConsentButton() const { return m_grant; }
    [[nodiscard]] QPushButton* revokeConsentButton() const { return m_revoke; }
    [[nodiscard]] QTableWidget* notes() const { return m_notes; }
    [[nodiscard]] QPlainTextEdit* noteInput() const { return m_noteInput; }
    [[nodiscard]] QPushButton* addNoteButton() const { return m_addNote; }
    [[nodiscard]] QPushButton* editContactButton() const { return m_editContact; }
    [[nodiscard]] ContactEditor* contactEditor() const { return m_editor; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    // Shows one tab of the 360 (0 timeline, 1 consent, 2 notes).
    void showTab(int index);

  private:
    QWidget* buildLeft();
    QWidget* buildTimelinePage();
    QWidget* buildConsentPage();
    QWidget* buildNotesPage();
    void fill();
    void fillFields(const profiles::Profile360& p);
    void fillTimeline();
    void fillConsent(const profiles::Profile360& p);
    void fillNotes(const profiles::Profile360& p);
    // The channel of the selected consent row; empty when none is selected.
    [[nodiscard]] std::string selectedChannel() const;
    void updateConsentButtons();
    void askConsent(bool grant);

    CustomersPresenter& m_presenter;
    QWidget* m_empty;
    QWidget* m_content;
    QLabel* m_name;
    QLabel* m_summary;
    QLabel* m_origin;
    QPushButton* m_editContact;
    AtRiskPanel* m_atRisk;
    QTableWidget* m_fields;
    ContactEditor* m_editor;
    QTabWidget* m_tabs;
    QComboBox* m_kind;
    QTableWidget* m_timeline;
    QTableWidget* m_consent;
    QTableWidget* m_consentHistory;
    QPushButton* m_grant;
    QPushButton* m_revoke;
    QTableWidget* m_notes;
    QPlainTextEdit* m_noteInput;
    QPushButton* m_addNote;
};

}  // namespace outpost::ui
