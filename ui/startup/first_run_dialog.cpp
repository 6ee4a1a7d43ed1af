#include "ui/startup/first_run_dialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/widgets/icons.h"
#include "ui/widgets/inline_message.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {

FirstRunDialog::FirstRunDialog(QWidget* parent)
    : QDialog(parent),
      m_embedded(new QRadioButton(tr("Embedded engine with demo data"), this)),
      m_server(new QRadioButton(tr("Connect to a server"), this)),
      m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)),
      m_tls(new QCheckBox(tr("Use &TLS (encrypted connection)"), this)),
      m_serverFields(new QWidget(this)),
      m_error(new InlineMessage(this)) {
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Outpost"));
    setWindowIcon(Icons::colored(QStringLiteral("outpost")));
    setAccessibleName(tr("Welcome to Outpost"));

    auto* logo = new QLabel(this);
    logo->setPixmap(Icons::pixmap(QStringLiteral("outpost"), 44, devicePixelRatioF()));
    auto* title = new QLabel(tr("Welcome to Outpost"), this);
    title->setProperty("role", QStringLiteral("title"));
    auto* intro =
        new QLabel(tr("Choose where your data lives. Outpost remembers your choice for the next start."), this);
    intro->setWordWrap(true);
    intro->setProperty("role", QStringLiteral("muted"));
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(intro);
    auto* header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(logo, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    m_embedded->setObjectName(QStringLiteral("embeddedChoice"));
    m_embedded->setAccessibleName(tr("Embedded engine with demo data"));
    m_server->setObjectName(QStringLiteral("serverChoice"));
    m_server->setAccessibleName(tr("Connect to a server"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_embedded);
    group->addButton(m_server);
    m_embedded->setChecked(true);

    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setAccessibleName(tr("Server host"));
    m_host->setPlaceholderText(tr("Host name or IP address"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setAccessibleName(tr("Server port"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultServerPort);
    m_port->setGroupSeparatorShown(false);
    auto* fields = new QFormLayout(m_serverFields);
    fields->setContentsMargins(0, 4, 0, 0);
    fields->addRow(tr("&Host"), m_host);
    fields->addRow(tr("&Port"), m_port);
    m_tls->setObjectName(QStringLiteral("serverTls"));
    m_tls->setChecked(true);
    m_tls->setToolTip(tr("Without TLS, Outpost connects only to a server on this computer."));
    fields->addRow(QString(), m_tls);

    auto* cards = new QVBoxLayout;
    cards->setSpacing(10);
    m_embeddedCard = optionCard(m_embedded, QStringLiteral("embedded"),
                                tr("Runs the Outpost engine on this computer with an encrypted local store, filled "
                                   "with a demo brand of 12 locations. Best for trying Outpost or for a single site."),
                                nullptr);
    m_serverCard =
        optionCard(m_server, QStringLiteral("server"),
                   tr("Works with your company's Outpost server, so everyone sees the same reviews."), m_serverFields);
    cards->addWidget(m_embeddedCard);
    cards->addWidget(m_serverCard);

    auto* buttons = new QDialogButtonBox(this);
    auto* go = buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    go->setDefault(true);
    go->setAccessibleName(tr("Continue"));
    auto* quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setAccessibleName(tr("Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 18);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addLayout(cards);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_server, &QRadioButton::toggled, this, &FirstRunDialog::updateEnabled);
    connect(m_host, &QLineEdit::textChanged, m_error, &InlineMessage::clear);
    updateEnabled();
    setMinimumWidth(560);
}

QFrame* FirstRunDialog::optionCard(QRadioButton* radio, const QString& icon, const QString& description,
                                   QWidget* extra) {
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("choiceCard"));
    card->installEventFilter(this);  // a click anywhere on the card chooses it
    auto* layout = new QHBoxLayout(card);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(12);
    auto* iconLabel = new QLabel(card);
    iconLabel->setPixmap(Icons::pixmap(icon, 32, devicePixelRatioF(), Theme::accent()));
    iconLabel->setFixedSize(32, 32);
    auto* text = new QVBoxLayout;
    text->setSpacing(4);
    QFont bold = radio->font();
    bold.setBold(true);
    radio->setFont(bold);
    auto* label = new QLabel(description, card);
    label->setWordWrap(true);
    label->setProperty("role", QStringLiteral("muted"));
    label->setContentsMargins(22, 0, 0, 0);
    text->addWidget(radio);
    text->addWidget(label);
    if (extra) {
        extra->setContentsMargins(22, 0, 0, 0);
        text->addWidget(extra);
    }
    layout->addWidget(iconLabel, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    return card;
}

bool FirstRunDialog::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::MouseButtonRelease) {
        if (watched == m_embeddedCard) m_embedded->setChecked(true);
        if (watched == m_serverCard) m_server->setChecked(true);
    }
    return QDialog::eventFilter(watched, event);
}

void FirstRunDialog::styleCard(QFrame* card, bool chosen) {
    const QColor base = palette().color(QPalette::Base);
    const QColor accent = Theme::accent();
    const auto mix = [](float a, float b) { return a * 0.94f + b * 0.06f; };
    const QColor background =
        chosen ? QColor::fromRgbF(mix(base.redF(), accent.redF()), mix(base.greenF(), accent.greenF()),
                                  mix(base.blueF(), accent.blueF()))
               : base;
    card->setStyleSheet(
        QStringLiteral("QFrame#choiceCard { border: %1px solid %2; border-radius: 6px; background: %3; }")
            .arg(chosen ? 2 : 1)
            .arg((chosen ? accent : Theme::separator()).name(), background.name()));
}

void FirstRunDialog::updateEnabled() {
    styleCard(m_embeddedCard, m_embedded->isChecked());
    styleCard(m_serverCard, m_server->isChecked());
    m_serverFields->setEnabled(m_server->isChecked());
    m_error->clear();
    if (m_server->isChecked()) m_host->setFocus();
}

LaunchChoice FirstRunDialog::choice() const {
    if (m_embedded->isChecked()) return {LaunchChoice::Mode::embedded, {}};
    return {LaunchChoice::Mode::server,
            {m_host->text().trimmed(), static_cast<quint16>(m_port->value()), m_tls->isChecked()}};
}

void FirstRunDialog::setChoice(const LaunchChoice& choice) {
    (choice.mode == LaunchChoice::Mode::embedded ? m_embedded : m_server)->setChecked(true);
    if (choice.mode == LaunchChoice::Mode::server) {
        m_host->setText(choice.server.host);
        m_port->setValue(choice.server.port);
        m_tls->setChecked(choice.server.tls);
    }
}

void FirstRunDialog::accept() {
    if (m_server->isChecked()) {
        const QString host = m_host->text().trimmed();
        const auto address = parseServerAddress(host);
        if (!address) {
            m_error->showMessage(InlineMessage::Kind::error, tr("Enter the server's host name or IP address."));
            m_host->setFocus();
            return;
        }
        // "host:port" typed into the host field: split it into the two fields.
        if (host.startsWith(QLatin1Char('[')) || host.count(QLatin1Char(':')) == 1) {
            m_host->setText(address->host);
            if (host.contains(QLatin1String("]:")) || !host.startsWith(QLatin1Char('[')))
                m_port->setValue(address->port);
        }
        if (!m_tls->isChecked() && !isLoopbackHost(m_host->text().trimmed())) {
            m_error->showMessage(InlineMessage::Kind::error,
                                 tr("Without TLS, Outpost connects only to this computer (localhost or 127.0.0.1). "
                                    "Turn TLS on to reach a server on the network."));
            m_tls->setFocus();
            return;
        }
    }
    QDialog::accept();
}

}  // namespace outpost::ui
