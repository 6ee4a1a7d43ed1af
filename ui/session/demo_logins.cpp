#include "ui/session/demo_logins.h"

#include <QCoreApplication>

#include "access/totp.h"
#include "domain/user.h"
#include "engine/demo_users.h"
#include "ui/bridge/session.h"

namespace outpost::ui {

std::vector<DemoLogin> demoLogins() {
    std::vector<DemoLogin> out;
    for (const auto& account : demo::demo_accounts()) {
        DemoLogin login;
        login.username = QString::fromUtf8(account.username.data(), static_cast<qsizetype>(account.username.size()));
        login.password = QString::fromUtf8(account.password.data(), static_cast<qsizetype>(account.password.size()));
        const QString name =
            QString::fromUtf8(account.display_name.data(), static_cast<qsizetype>(account.display_name.size()));
        login.description = QCoreApplication::translate("outpost::ui::Session", "%1 · %2", "user name · role")
                                .arg(name, roleLabel(account.role));
        login.needsCode = role_requires_mfa(account.role);
        out.push_back(std::move(login));
    }
    return out;
}

QString demoOneTimeCode(Timestamp at) {
    auto secret = access::base32_decode(std::string(demo::kAdminTotpSecretBase32));
    if (!secret) return {};
    auto code = access::totp_code(*secret, at);
    return code ? QString::fromStdString(*code) : QString();
}

}  // namespace outpost::ui
