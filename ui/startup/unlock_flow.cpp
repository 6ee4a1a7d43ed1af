#include "ui/startup/unlock_flow.h"

#include "ui/startup/unlock_dialog.h"

namespace outpost::ui {

UnlockFlow::UnlockFlow(UnlockDialog& dialog, EmbeddedEngineHost& host, EmbeddedEngineSettings settings, QObject* parent)
    : QObject(parent), m_dialog(dialog), m_host(host), m_settings(std::move(settings)) {
    connect(&m_dialog, &UnlockDialog::passphraseSubmitted, this, [this](const QString& passphrase) {
        m_dialog.setBusy(true, tr("Opening the encrypted store…"));
        m_host.open(m_settings, passphrase);
    });
    connect(&m_host, &EmbeddedEngineHost::progress, &m_dialog, &UnlockDialog::setStatus);
    connect(&m_host, &EmbeddedEngineHost::failed, this, &UnlockFlow::onFailed);
    connect(&m_host, &EmbeddedEngineHost::started, this, [this](quint16 port) {
        m_dialog.setBusy(false);
        m_dialog.accept();
        emit unlocked(port);
    });
}

void UnlockFlow::onFailed(const Error& error) {
    switch (error.code) {
        case ErrorCode::wrong_key:
            m_dialog.showWrongPassphrase();
            break;
        case ErrorCode::schema_too_new:
            m_dialog.showError(
                tr("This data was written by a newer version of Outpost. Install the newer version "
                   "to open it."));
            break;
        default:
            m_dialog.showError(tr("Outpost could not open its data: %1").arg(QString::fromStdString(error.message)));
            break;
    }
}

}  // namespace outpost::ui
