#pragma once
// Trusting a server's TLS certificate. Site certificates are self-signed, so a desk pins the
// fingerprint: on the first connection it fetches it and asks the person to compare it with the
// one `outpost-admin init` printed; later connections use the pin kept in QSettings per host:port.
// A different certificate is refused with both fingerprints; the new one is trusted only after
// an explicit confirmation.

#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QString>

#include "domain/result.h"
#include "ui/bridge/queued_relay.h"

class QWidget;

namespace outpost::ui {

class ServerTrust final : public QObject {
    Q_OBJECT

  public:
    ServerTrust(QString host, quint16 port, QObject* parent = nullptr);
    ~ServerTrust() override;

    [[nodiscard]] static QString storedPin(const QSettings& settings, const QString& host, quint16 port);
    static void storePin(QSettings& settings, const QString& host, quint16 port, const QString& sha256);

    // trusted() at once with a kept pin; otherwise fetches the fingerprint and asks.
    void establish(QWidget* dialogParent);
    // After ErrorCode::untrusted_certificate: explains, and offers to trust the new certificate.
    void refuseChanged(const Error& error, QWidget* dialogParent);

    // The texts of the dialogs, for tests and screenshots.
    [[nodiscard]] static QString firstUseText(const QString& host, quint16 port, const QString& fingerprint);
    [[nodiscard]] static QString changedText(const QString& host, quint16 port, const QString& engineMessage);

  signals:
    void trusted(const QString& sha256);
    void declined();
    void failed(const outpost::Error& error);

  private:
    void fetch(bool replacing);
    void onFetched(const Result<std::string>& fingerprint, bool replacing);

    const QString m_host;
    const quint16 m_port;
    QPointer<QWidget> m_dialogParent;
    std::shared_ptr<QueuedRelay<ServerTrust>> m_relay;
};

}  // namespace outpost::ui
