#include "ui/customers/consent_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/widgets/consent_words.h"

namespace outpost::ui {
namespace {

// What a channel's consent covers, as it is read out.
QString channelMessages(const QString& channel) {
    if (channel == QLatin1String("sms")) return ConsentDialog::tr("text messages (SMS)");
    if (channel == QLatin1String("email")) return ConsentDialog::tr("emails");
    if (channel == QLatin1String("phone")) return ConsentDialog::tr("phone calls");
    if (channel == QLatin1String("push")) return ConsentDialog::tr("app notifications");
    return ConsentDialog::tr("letters by post");
}

}  // namespace

ConsentDialog::ConsentDialog(const QString& person, const QString& business, const QString& channel, bool grant,
                             QWidget* parent)
    : QDialog(parent), m_words(new QLabel(this)), m_record(nullptr) {
    setObjectName(QStringLiteral("consentDialog"));
    const QString messages = channelMessages(channel);
    setWindowTitle(grant ? tr("Record consent: %1").arg(messages) : tr("Record withdrawal: %1").arg(messages));
    auto* layout = new QVBoxLayout(this);
    auto* lead = new QLabel(grant ? tr("Read this to %1 and record it only if they agree:").arg(person)
                                  : tr("%1 no longer wants %2 from %3.").arg(person, messages, business),
                            this);
    lead->setWordWrap(true);
    QFont bold = lead->font();
    bold.setBold(true);
    lead->setFont(bold);
    layout->addWidget(lead);
    m_words->setObjectName(QStringLiteral("consentWords"));
    m_words->setWordWrap(true);
    m_words->setText(grant ? tr("\"I agree to receive %1 from %2 about my visits, offers and membership. I can withdraw "
                                "this at any time.\"")
                                 .arg(messages, business)
                           : tr("From now on nothing is sent to them on this channel. The ledger keeps the earlier "
                                "entries and this one, with the time."));
    m_words->setContentsMargins(12, 4, 12, 4);
    layout->addWidget(m_words);
    auto* buttons = new QDialogButtonBox(this);
    m_record = buttons->addButton(grant ? tr("They agree: record consent") : tr("Record withdrawal"),
                                  QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("recordConsent"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString ConsentDialog::words() const { return m_words->text(); }

QString ConsentDialog::textVersion() {
    return consentTextVersion(kTextVersion);
}

}  // namespace outpost::ui
