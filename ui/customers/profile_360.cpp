#include "ui/customers/profile_360.h"

#include <array>

#include <QComboBox>
#include <QItemSelectionModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/customers/at_risk_panel.h"
#include "ui/customers/consent_dialog.h"
#include "ui/customers/contact_editor.h"
#include "ui/customers/customer_text.h"
#include "ui/customers/table_util.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {

using customers::makeTable;
using customers::setCell;

namespace {

// The channels of the consent table, in its row order (the ledger's channels).
constexpr std::array<const char*, 5> kConsentChannels = {"sms", "email", "phone", "push", "mail"};

QLabel* mutedLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Theme::mutedText());
    label->setPalette(p);
    label->setWordWrap(true);
    return label;
}

// What a timeline row says in its "what" column.
QString whatOf(const profiles::TimelineItem& item) {
    if (item.kind == "event" || item.kind == "visit") return CustomerText::eventType(item.what);
    if (item.kind == "edit") return CustomerText::field(item.what);
    return QString::fromStdString(item.what);
}

}  // namespace

Profile360View::Profile360View(CustomersPresenter& presenter, QWidget* parent) : QWidget(parent), m_presenter(presenter) {
    setObjectName(QStringLiteral("profile360"));
    auto* stack = new QStackedLayout(this);
    m_empty = new QLabel(tr("Search for a customer by name, phone, email or member id, then pick one to see their profile."), this);
    static_cast<QLabel*>(m_empty)->setAlignment(Qt::AlignCenter);
    static_cast<QLabel*>(m_empty)->setWordWrap(true);
    m_content = new QWidget(this);
    stack->addWidget(m_empty);
    stack->addWidget(m_content);

    auto* layout = new QVBoxLayout(m_content);
    auto* head = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    m_name = new QLabel(m_content);
    m_name->setObjectName(QStringLiteral("customerName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_summary = new QLabel(m_content);
    m_origin = mutedLabel(m_content);
    titles->addWidget(m_name);
    titles->addWidget(m_summary);
    titles->addWidget(m_origin);
    head->addLayout(titles, 1);
    m_editContact = new QPushButton(tr("Edit contact…"), m_content);
    m_editContact->setObjectName(QStringLiteral("editContact"));
    head->addWidget(m_editContact, 0, Qt::AlignTop);
    layout->addLayout(head);
    m_atRisk = new AtRiskPanel(m_content);
    layout->addWidget(m_atRisk);

    auto* split = new QSplitter(Qt::Horizontal, m_content);
    split->addWidget(buildLeft());
    m_tabs = new QTabWidget(split);
    m_tabs->addTab(buildTimelinePage(), tr("Timeline"));
    m_tabs->addTab(buildConsentPage(), tr("Consent"));
    m_tabs->addTab(buildNotesPage(), tr("Notes"));
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 6);
    split->setStretchFactor(1, 5);
    split->setSizes({560, 420});
    layout->addWidget(split, 1);

    connect(&m_presenter, &CustomersPresenter::profileChanged, this, &Profile360View::fill);
    connect(m_editContact, &QPushButton::clicked, this, [this] {
        if (!m_presenter.profile()) return;
        m_editor->edit(*m_presenter.profile());
        m_editor->show();
    });
    connect(m_editor, &ContactEditor::cancelled, m_editor, &QWidget::hide);
    connect(m_editor, &ContactEditor::saved, this, [this](const std::map<std::string, QString>& changed) {
        m_presenter.updateContact(changed);
        m_editor->hide();
    });
    connect(m_addNote, &QPushButton::clicked, this, [this] {
        if (m_noteInput->toPlainText().trimmed().isEmpty()) return;
        m_presenter.addNote(m_noteInput->toPlainText());
        m_noteInput->clear();
    });
    connect(m_noteInput, &QPlainTextEdit::textChanged, this,
            [this] { m_addNote->setEnabled(!m_noteInput->toPlainText().trimmed().isEmpty()); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &Profile360View::fillTimeline);
    fill();
}

QWidget* Profile360View::buildLeft() {
    auto* left = new QWidget(m_content);
    auto* layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 0, 0);
    m_editor = new ContactEditor(left);
    m_editor->hide();
    layout->addWidget(m_editor);
    m_fields = makeTable({tr("Field"), tr("Value"), tr("Source"), tr("Updated")}, left);
    m_fields->setObjectName(QStringLiteral("profileFields"));
    m_fields->setAccessibleName(tr("Profile fields"));
    layout->addWidget(m_fields, 1);
    return left;
}

QWidget* Profile360View::buildTimelinePage() {
    auto* page = new QWidget(m_content);
    auto* layout = new QVBoxLayout(page);
    auto* bar = new QHBoxLayout;
    m_kind = new QComboBox(page);
    m_kind->setAccessibleName(tr("Show"));
    m_kind->addItem(tr("Everything"), QString());
    for (const char* kind : {"visit", "event", "task", "review", "lead", "note", "edit"}) {
        m_kind->addItem(CustomerText::timelineKind(kind), QString::fromLatin1(kind));
    }
    bar->addWidget(new QLabel(tr("Show:"), page));
    bar->addWidget(m_kind);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_timeline = makeTable({tr("When"), tr("Kind"), tr("What"), tr("Detail")}, page);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setAccessibleName(tr("Timeline"));
    layout->addWidget(m_timeline, 1);
    return page;
}

QWidget* Profile360View::buildConsentPage() {
    auto* page = new QWidget(m_content);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Current consent, from the ledger (the latest entry per channel decides):"), page));
    m_consent = makeTable({tr("Channel"), tr("Consent"), tr("Since"), tr("Source"), tr("Text version")}, page);
    m_consent->setObjectName(QStringLiteral("consent"));
    // The header and the five channels, and room for the horizontal scroll bar of a narrow window.
    m_consent->setMaximumHeight(m_consent->verticalHeader()->defaultSectionSize() * 7 + 8);
    m_consent->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_consent->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_consent);
    auto* actions = new QHBoxLayout;
    m_grant = new QPushButton(tr("Record consent…"), page);
    m_grant->setObjectName(QStringLiteral("grantConsent"));
    m_grant->setToolTip(tr("The person agrees to messages on the selected channel: read them the words first"));
    m_revoke = new QPushButton(tr("Record withdrawal…"), page);
    m_revoke->setObjectName(QStringLiteral("revokeConsent"));
    m_revoke->setToolTip(tr("The person no longer wants messages on the selected channel"));
    actions->addWidget(m_grant);
    actions->addWidget(m_revoke);
    actions->addStretch(1);
    layout->addLayout(actions);
    connect(m_consent, &QTableWidget::itemSelectionChanged, this, [this] { updateConsentButtons(); });
    connect(m_grant, &QPushButton::clicked, this, [this] { askConsent(true); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { askConsent(false); });
    layout->addWidget(new QLabel(tr("Ledger history:"), page));
    m_consentHistory = makeTable({tr("When"), tr("Channel"), tr("Entry"), tr("Source"), tr("Text version")}, page);
    m_consentHistory->setObjectName(QStringLiteral("consentHistory"));
    layout->addWidget(m_consentHistory, 1);
    return page;
}

QWidget* Profile360View::buildNotesPage() {
    auto* page = new QWidget(m_content);
    auto* layout = new QVBoxLayout(page);
    m_notes = makeTable({tr("When"), tr("By"), tr("Note")}, page);
    m_notes->setObjectName(QStringLiteral("notes"));
    layout->addWidget(m_notes, 1);
    m_noteInput = new QPlainTextEdit(page);
    m_noteInput->setObjectName(QStringLiteral("noteInput"));
    m_noteInput->setPlaceholderText(tr("Write a note about this customer…"));
    m_noteInput->setAccessibleName(tr("New note"));
    m_noteInput->setMaximumHeight(90);
    layout->addWidget(m_noteInput);
    m_addNote = new QPushButton(tr("Add note"), page);
    m_addNote->setObjectName(QStringLiteral("addNote"));
    m_addNote->setEnabled(false);
    layout->addWidget(m_addNote, 0, Qt::AlignRight);
    return page;
}

void Profile360View::showTab(int index) { m_tabs->setCurrentIndex(index); }

void Profile360View::fill() {
    auto* stack = static_cast<QStackedLayout*>(layout());
    const auto& profile = m_presenter.profile();
    if (!profile) {
        stack->setCurrentWidget(m_empty);
        return;
    }
    stack->setCurrentWidget(m_content);
    const auto& p = *profile;
    m_name->setText(QString::fromStdString(p.first_name + " " + p.last_name).trimmed());
    m_summary->setText(tr("%1 · %2 · open tasks: %3 · reviews: %4 · leads: %5")
                           .arg(CustomerText::membership(p.membership_status),
                                QString::fromStdString(p.home_location_name.empty() ? p.home_location_id : p.home_location_name))
                           .arg(p.open_tasks)
                           .arg(p.reviews)
                           .arg(p.leads));
    m_origin->setText(tr("Customer %1 · contract v%2 · came from %3 · last synced from outside: %4")
                          .arg(p.id.value())
                          .arg(p.contract_version)
                          .arg(CustomerText::source(p.source_origin),
                               p.last_synced_at ? CustomerText::when(*p.last_synced_at) : tr("never")));
    std::optional<AtRiskFigures> figures;
    if (p.at_risk) figures = AtRiskFigures::of(*p.at_risk);
    m_atRisk->display(figures, m_presenter.now());
    fillFields(p);
    fillTimeline();
    fillConsent(p);
    fillNotes(p);
}

void Profile360View::fillFields(const profiles::Profile360& p) {
    m_fields->setRowCount(static_cast<int>(p.fields.size()));
    int row = 0;
    for (const auto& f : p.fields) {
        const bool home = f.field == "home_location_id" && !p.home_location_name.empty();
        const QString value = home ? QString::fromStdString(p.home_location_name) : CustomerText::value(f.field, f.value);
        setCell(m_fields, row, 0, CustomerText::field(f.field));
        setCell(m_fields, row, 1, value);
        if (!f.source.empty()) {
            setCell(m_fields, row, 2, CustomerText::source(f.source));
        } else if (!value.isEmpty()) {
            // Never changed since the profile arrived: its value came with the profile.
            setCell(m_fields, row, 2, CustomerText::source(p.source_origin))->setForeground(Theme::mutedText());
        }
        setCell(m_fields, row, 3, f.updated_at ? CustomerText::when(*f.updated_at) : QString());
        ++row;
    }
    customers::fitColumns(m_fields);
}

void Profile360View::fillTimeline() {
    const auto& profile = m_presenter.profile();
    m_timeline->setRowCount(0);
    if (!profile) return;
    const std::string wanted = m_kind->currentData().toString().toStdString();
    int row = 0;
    for (const auto& item : profile->timeline) {
        if (!wanted.empty() && item.kind != wanted) continue;
        m_timeline->insertRow(row);
        setCell(m_timeline, row, 0, CustomerText::when(item.at));
        setCell(m_timeline, row, 1, CustomerText::timelineKind(item.kind));
        setCell(m_timeline, row, 2, whatOf(item));
        setCell(m_timeline, row, 3, QString::fromStdString(item.detail).simplified());
        ++row;
    }
    customers::fitColumns(m_timeline);
}

void Profile360View::fillConsent(const profiles::Profile360& p) {
    const std::string selected = selectedChannel();  // kept across the reload
    m_consent->setRowCount(0);
    int row = 0;
    for (const char* channel : kConsentChannels) {
        m_consent->insertRow(row);
        setCell(m_consent, row, 0, CustomerText::channel(channel));
        auto it = p.consent.find(channel);
        if (it == p.consent.end()) {
            setCell(m_consent, row, 1, tr("Never asked"));
        } else {
            auto* state = setCell(m_consent, row, 1, it->second.granted ? tr("Granted") : tr("Revoked"));
            state->setForeground(it->second.granted ? QColor(0x2e, 0x7d, 0x32) : Theme::errorText());
            setCell(m_consent, row, 2, CustomerText::when(it->second.occurred_at));
            setCell(m_consent, row, 3, QString::fromStdString(it->second.source));
            setCell(m_consent, row, 4, QString::fromStdString(it->second.text_version));
        }
        if (selected == channel) m_consent->selectRow(row);
        ++row;
    }
    customers::fitColumns(m_consent);
    updateConsentButtons();
    m_consentHistory->setRowCount(static_cast<int>(p.consent_history.size()));
    row = 0;
    for (const auto& e : p.consent_history) {
        setCell(m_consentHistory, row, 0, CustomerText::when(e.occurred_at));
        setCell(m_consentHistory, row, 1, CustomerText::channel(e.channel));
        setCell(m_consentHistory, row, 2, e.granted ? tr("Grant") : tr("Revoke"));
        setCell(m_consentHistory, row, 3, QString::fromStdString(e.source));
        setCell(m_consentHistory, row, 4, QString::fromStdString(e.text_version));
        ++row;
    }
    customers::fitColumns(m_consentHistory);
}

void Profile360View::fillNotes(const profiles::Profile360& p) {
    m_notes->setRowCount(static_cast<int>(p.notes.size()));
    int row = 0;
    for (const auto& n : p.notes) {
        setCell(m_notes, row, 0, CustomerText::when(n.created_at));
        setCell(m_notes, row, 1, QString::fromStdString(n.author));
        setCell(m_notes, row, 2, QString::fromStdString(n.text).simplified());
        ++row;
    }
    customers::fitColumns(m_notes);
}

std::string Profile360View::selectedChannel() const {
    const auto rows = m_consent->selectionModel()->selectedRows();
    if (rows.isEmpty()) return {};
    const int row = rows.front().row();
    return row >= 0 && row < static_cast<int>(kConsentChannels.size()) ? kConsentChannels[static_cast<std::size_t>(row)]
                                                                         : std::string();
}

void Profile360View::updateConsentButtons() {
    const auto& profile = m_presenter.profile();
    const std::string channel = selectedChannel();
    bool granted = false;
    if (profile) {
        auto it = profile->consent.find(channel);
        granted = it != profile->consent.end() && it->second.granted;
    }
    m_grant->setEnabled(profile && !channel.empty() && !granted);
    m_revoke->setEnabled(profile && !channel.empty() && granted);
}

void Profile360View::askConsent(bool grant) {
    const auto& profile = m_presenter.profile();
    const std::string channel = selectedChannel();
    if (!profile || channel.empty()) return;
    const QString person = QString::fromStdString(profile->first_name + " " + profile->last_name).trimmed();
    const QString business = QString::fromStdString(profile->home_location_name.empty() ? profile->home_location_id
                                                                                        : profile->home_location_name);
    auto* dialog = new ConsentDialog(person, business, QString::fromStdString(channel), grant, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::int64_t shown = profile->id.value();
    connect(dialog, &QDialog::accepted, this, [this, channel, grant, shown] {
        // The customer shown may have changed while the dialog was open: record only for the same one.
        if (m_presenter.selectedId() == shown) m_presenter.recordConsent(channel, grant, ConsentDialog::textVersion());
    });
    dialog->open();
}

}  // namespace outpost::ui
