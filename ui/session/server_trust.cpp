#include "ui/session/server_trust.h"

#include <chrono>

#include <QMessageBox>
#include <QPushButton>
#include <QThreadPool>
#include <QTimer>

#include "net/http_client.h"
#include "net/tls_certificate.h"
#include "ui/logging.h"

namespace outpost::ui {
namespace {

constexpr std::chrono::milliseconds kFetchTimeout{10000};

QString pinKey(const QString& host, quint16 port) {
    const QString address = QStringLiteral("%1:%2").arg(host.toLower()).arg(port);
    return QStringLiteral("tlsPins/") + QString::fromLatin1(address.toUtf8().toHex());
}

QString formatted(const std::string& hex) {
    return QString::fromStdString(net::format_fingerprint(hex));
}

}  // namespace

ServerTrust::ServerTrust(QString host, quint16 port, QObject* parent)
    : QObject(parent), m_host(std::move(host)), m_port(port), m_relay(std::make_shared<QueuedRelay<ServerTrust>>(this)) {}

ServerTrust::~ServerTrust() {
    m_relay->detach();
}

QString ServerTrust::storedPin(const QSettings& settings, const QString& host, quint16 port) {
    return settings.value(pinKey(host, port)).toString();
}

void ServerTrust::storePin(QSettings& settings, const QString& host, quint16 port, const QString& sha256) {
    settings.setValue(pinKey(host, port), sha256);
    settings.sync();
}

QString ServerTrust::firstUseText(const QString& host, quint16 port, const QString& fingerprint) {
    return tr("This is the first connection from this computer to the Outpost server at %1:%2. Its certificate "
              "fingerprint (SHA-256) is:\n\n%3\n\nCompare with the fingerprint your administrator got from "
              "`outpost-admin init`. Trust this server only if every pair of characters matches.")
        .arg(host)
        .arg(port)
        .arg(fingerprint);
}

QString ServerTrust::changedText(const QString& host, quint16 port, const QString& engineMessage) {
    return tr("The Outpost server at %1:%2 presented a different certificate from the one this computer trusts, "
              "so Outpost did not connect. Someone may be intercepting the connection, or the administrator "
              "replaced the certificate.\n\n%3\n\nAsk your administrator before trusting the new certificate.")
        .arg(host)
        .arg(port)
        .arg(engineMessage);
}

void ServerTrust::establish(QWidget* dialogParent) {
    m_dialogParent = dialogParent;
    QSettings settings;
    const QString pin = storedPin(settings, m_host, m_port);
    if (!pin.isEmpty()) {
        QTimer::singleShot(0, this, [this, pin] { emit trusted(pin); });
        return;
    }
    fetch(false);
}

void ServerTrust::fetch(bool replacing) {
    qCInfo(lcStartup) << "fetching the server's certificate fingerprint";
    const std::string host = m_host.toStdString();
    const quint16 port = m_port;
    QThreadPool::globalInstance()->start([relay = m_relay, host, port, replacing] {
        Result<std::string> fingerprint = net::fetch_certificate_fingerprint(host, port, kFetchTimeout);
        relay->post([fingerprint, replacing](ServerTrust& trust) { trust.onFetched(fingerprint, replacing); });
    });
}

void ServerTrust::onFetched(const Result<std::string>& fingerprint, bool replacing) {
    if (!fingerprint) {
        emit failed(fingerprint.error());
        return;
    }
    QMessageBox box(m_dialogParent);
    box.setObjectName(QStringLiteral("trustPrompt"));
    box.setIcon(replacing ? QMessageBox::Warning : QMessageBox::Question);
    box.setWindowTitle(replacing ? tr("Trust the new certificate?") : tr("Trust this server?"));
    box.setText(replacing ? tr("Trust the new certificate of %1:%2?").arg(m_host).arg(m_port)
                          : tr("Trust the Outpost server at %1:%2?").arg(m_host).arg(m_port));
    box.setInformativeText(firstUseText(m_host, m_port, formatted(*fingerprint)));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* trust = box.addButton(tr("Trust this server"), QMessageBox::AcceptRole);
    auto* cancel = box.addButton(tr("Do not connect"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != trust) {
        qCInfo(lcStartup) << "the server's certificate was not trusted";
        emit declined();
        return;
    }
    QSettings settings;
    storePin(settings, m_host, m_port, QString::fromStdString(*fingerprint));
    qCInfo(lcStartup) << "pinned the server's certificate";
    emit trusted(QString::fromStdString(*fingerprint));
}

void ServerTrust::refuseChanged(const Error& error, QWidget* dialogParent) {
    m_dialogParent = dialogParent;
    QMessageBox box(dialogParent);
    box.setObjectName(QStringLiteral("certificateChanged"));
    box.setIcon(QMessageBox::Critical);
    box.setWindowTitle(tr("Certificate changed"));
    box.setText(tr("Outpost refused the connection: the server's certificate changed."));
    box.setInformativeText(changedText(m_host, m_port, QString::fromStdString(error.message)));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* replace = box.addButton(tr("Trust the new certificate…"), QMessageBox::DestructiveRole);
    auto* close = box.addButton(tr("Do not connect"), QMessageBox::RejectRole);
    box.setDefaultButton(close);
    box.exec();
    if (box.clickedButton() != replace) {
        emit declined();
        return;
    }
    fetch(true);  // the confirmation shows the new fingerprint and asks again
}

}  // namespace outpost::ui
