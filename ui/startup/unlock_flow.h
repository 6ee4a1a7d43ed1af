#pragma once
// Ties the unlock dialog to the embedded engine: a submitted passphrase opens the engine; a wrong
// one shows the inline message and lets the user try again; success closes the dialog.

#include <QObject>

#include "ui/startup/embedded_engine_host.h"

namespace outpost::ui {

class UnlockDialog;

class UnlockFlow final : public QObject {
    Q_OBJECT

  public:
    UnlockFlow(UnlockDialog& dialog, EmbeddedEngineHost& host, EmbeddedEngineSettings settings,
               QObject* parent = nullptr);

  signals:
    void unlocked(quint16 port);

  private:
    void onFailed(const Error& error);

    UnlockDialog& m_dialog;
    EmbeddedEngineHost& m_host;
    EmbeddedEngineSettings m_settings;
};

}  // namespace outpost::ui
