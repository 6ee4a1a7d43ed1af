#include "net/site_certificate.h"

#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "net/tls_certificate.h"

namespace outpost::net {

std::string local_host_name() {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0 || name[0] == '\0') return "localhost";
    return name;
}

Result<SiteCertificate> create_site_certificate(const std::string& dir, std::string host_name, int days) {
    namespace fs = std::filesystem;
    if (dir.empty()) return make_error(ErrorCode::invalid_argument, "no folder given for the site certificate");
    std::error_code ec;
    const fs::path folder = fs::absolute(dir, ec);
    if (ec) return make_error(ErrorCode::invalid_argument, "'" + dir + "' is not a usable folder: " + ec.message());
    if (!fs::exists(folder, ec)) {
        if (!fs::create_directories(folder, ec) || ec) {
            return make_error(ErrorCode::io, "cannot create the folder " + folder.string() + ": " + ec.message());
        }
        fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace, ec);  // it holds the key
    } else if (!fs::is_directory(folder, ec)) {
        return make_error(ErrorCode::invalid_argument, folder.string() + " is not a folder");
    }
    SiteCertificate site;
    site.cert_file = (folder / kSiteCertificateFile).string();
    site.key_file = (folder / kSiteKeyFile).string();
    site.host_name = host_name.empty() ? local_host_name() : std::move(host_name);
    site.days = days;
    if (auto made = create_self_signed_certificate(site.cert_file, site.key_file, site.host_name, days); !made) {
        return made.error();
    }
    auto fingerprint = certificate_fingerprint(site.cert_file);
    if (!fingerprint) return fingerprint.error();
    site.fingerprint = std::move(*fingerprint);
    return site;
}

std::string site_certificate_instructions(const SiteCertificate& site) {
    std::ostringstream out;
    out << "Created the site certificate for " << site.host_name << ", valid for " << site.days << " days:\n"
        << "  certificate  " << site.cert_file << "\n"
        << "  private key  " << site.key_file << " (mode 600: keep it on this machine, readable by outpostd only)\n"
        << "\n"
        << "SHA-256 fingerprint:\n"
        << "  " << format_fingerprint(site.fingerprint) << "\n"
        << "\n"
        << "Next:\n"
        << "  1. Serve HTTPS with it: add to outpostd's config file\n"
        << "       \"tls_cert\": \"" << site.cert_file << "\",\n"
        << "       \"tls_key\": \"" << site.key_file << "\"\n"
        << "     or start outpostd with --tls-cert and --tls-key.\n"
        << "  2. Give the fingerprint above to the people who set up desks. On its first connection a desk\n"
        << "     shows the engine's fingerprint and asks to confirm it: compare every pair of digits.\n"
        << "  3. From then on a desk refuses an engine whose certificate changed. If you replace this\n"
        << "     certificate, give desks the new fingerprint before they reconnect.\n";
    return out.str();
}

}  // namespace outpost::net
