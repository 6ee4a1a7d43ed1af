// outpost-admin: maintenance from the command line. Passphrases come from files or the
// environment, never from the command line.
#include <CLI/CLI.hpp>

#include <iostream>

#include "engine/config.h"
#include "engine/store_admin.h"
#include "net/site_certificate.h"

namespace {

using namespace outpost;

int fail(const Error& e) {
    std::cerr << "outpost-admin: " << e.message << '\n';
    return e.code == ErrorCode::wrong_key ? 3 : 1;
}

struct StoreOptions {
    std::string store;
    std::optional<std::string> passphrase_file;
    std::string new_passphrase_file;
};

struct ImportOptions {
    std::string file;
    std::string format;    // empty: guessed from the file
    std::string location;  // for rows that name none
};

struct WebhookOptions {
    std::string source;
    std::string secret_file;
};

struct InitOptions {
    std::string dir;
    std::string host_name;  // empty: this machine's host name
    int days = net::kSiteCertificateDays;
    std::string store;      // empty: no store step
    std::optional<std::string> passphrase_file;
    std::string admin = "admin";
    std::string admin_name = "Administrator";
    std::string admin_password_file;
};

int run_store_info(const StoreOptions& o) {
    auto passphrase = engine::read_passphrase(o.passphrase_file);
    if (!passphrase) return fail(passphrase.error());
    auto facts = engine::store_info(o.store, *passphrase);
    if (!facts) return fail(facts.error());
    std::cout << facts->dump(2) << '\n';
    return 0;
}

int run_rekey(const StoreOptions& o) {
    auto passphrase = engine::read_passphrase(o.passphrase_file);
    if (!passphrase) return fail(passphrase.error());
    auto next = engine::read_passphrase(o.new_passphrase_file);
    if (!next) return fail(next.error());
    if (auto r = engine::rekey_store(o.store, *passphrase, *next); !r) return fail(r.error());
    std::cout << "the store is now encrypted under the new passphrase\n";
    return 0;
}

// init, step 1: the site certificate that outpostd serves and desks pin.
int init_site_certificate(const InitOptions& o) {
    auto site = net::create_site_certificate(o.dir, o.host_name, o.days);
    if (!site) return fail(site.error());
    std::cout << net::site_certificate_instructions(*site);
    return 0;
}

// init, step 2: the encrypted store and its first administrator, who must enrol a second factor.
int init_first_admin(const InitOptions& o) {
    if (o.store.empty()) return 0;
    if (o.admin_password_file.empty()) {
        return fail(make_error(ErrorCode::invalid_argument, "--store needs --admin-password-file (mode 600)"));
    }
    auto passphrase = engine::read_passphrase(o.passphrase_file);
    if (!passphrase) return fail(passphrase.error());
    auto password = engine::read_passphrase(o.admin_password_file);
    if (!password) return fail(password.error());
    auto created = engine::create_first_admin(o.store, *passphrase, o.admin, o.admin_name, *password);
    if (!created) return fail(created.error());
    std::cout << "\nCreated the administrator '" << created->user.username << "'.\n"
              << "Add this account to an authenticator app now; it is shown only once:\n  "
              << created->otpauth_uri.value_or("") << "\n";
    return 0;
}

// Sets up a new site, one step after the other; the first failing step stops the rest.
int run_init(const InitOptions& o) {
    if (int rc = init_site_certificate(o); rc != 0) return rc;
    return init_first_admin(o);
}

int run_audit_verify(const StoreOptions& o) {
    auto passphrase = engine::read_passphrase(o.passphrase_file);
    if (!passphrase) return fail(passphrase.error());
    auto verdict = engine::verify_audit(o.store, *passphrase);
    if (!verdict) return fail(verdict.error());
    if (verdict->first_broken_seq) {
        std::cout << "BROKEN at entry " << *verdict->first_broken_seq << ": " << verdict->problem << " ("
                  << verdict->rows_checked << " entries read)\n";
        return 4;
    }
    std::cout << "intact: " << verdict->rows_checked << " entries checked\n";
    return 0;
}

// Prints the summary and every bad row; only a store or file that cannot be read fails.
int run_import_reviews(const StoreOptions& o, const ImportOptions& i) {
    auto passphrase = engine::read_passphrase(o.passphrase_file);
    if (!passphrase) return fail(passphrase.error());
    auto summary = engine::import_reviews(o.store, *passphrase, i.file, i.format, i.location);
    if (!summary) return fail(summary.error());
    std::cout << ingest::describe(*summary);
    return 0;
}

int run_webhook_secret(const StoreOptions& o, const WebhookOptions& w) {
    auto passphrase = engine::read_passphrase(o.passphrase_file);
    if (!passphrase) return fail(passphrase.error());
    auto secret = engine::read_passphrase(w.secret_file);
    if (!secret) return fail(secret.error());
    if (auto r = engine::set_webhook_secret(o.store, *passphrase, w.source, *secret); !r) return fail(r.error());
    std::cout << "webhook source '" << w.source << "' now verifies deliveries with the new secret\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Outpost administration"};
    app.require_subcommand(1);
    StoreOptions store;
    InitOptions init;

    auto* info = app.add_subcommand("store-info", "print the schema version and row counts of a store as JSON");
    info->add_option("--store", store.store, "path of the encrypted store")->required();
    info->add_option("--passphrase-file", store.passphrase_file,
                     "file holding the passphrase (else OUTPOST_PASSPHRASE)");

    auto* rekey = app.add_subcommand("rekey", "re-encrypt a store under a new passphrase");
    rekey->add_option("--store", store.store, "path of the encrypted store")->required();
    rekey->add_option("--passphrase-file", store.passphrase_file, "file holding the current passphrase");
    rekey->add_option("--new-passphrase-file", store.new_passphrase_file, "file holding the new passphrase")
        ->required();

    auto* setup = app.add_subcommand("init", "set up a new site: the TLS certificate, the store and its first administrator");
    setup->add_option("--dir", init.dir, "folder for outpostd.crt and outpostd.key (created when missing)")->required();
    setup->add_option("--name", init.host_name, "host name desks use to reach outpostd (default: this machine's)");
    setup->add_option("--days", init.days, "days the certificate is valid")->check(CLI::Range(1, 3650));
    setup->add_option("--store", init.store, "also create this encrypted store and its first administrator");
    setup->add_option("--passphrase-file", init.passphrase_file, "file holding the store passphrase");
    setup->add_option("--admin", init.admin, "the administrator's username (default admin)");
    setup->add_option("--admin-name", init.admin_name, "the administrator's display name");
    setup->add_option("--admin-password-file", init.admin_password_file, "file holding the administrator's password");

    auto* audit = app.add_subcommand("audit", "work with the audit log");
    auto* verify = audit->add_subcommand("verify", "check the hash chain; prints the first broken entry");
    verify->add_option("--store", store.store, "path of the encrypted store")->required();
    verify->add_option("--passphrase-file", store.passphrase_file, "file holding the passphrase");
    audit->require_subcommand(1);

    ImportOptions import_options;
    auto* import = app.add_subcommand("import", "import data into a store");
    auto* reviews = import->add_subcommand("reviews", "import a review export; prints the summary and each bad row");
    reviews->add_option("file", import_options.file, "the export file")->required();
    reviews->add_option("--format", import_options.format, "google, yelp, facebook or csv (default: from the file)")
        ->check(CLI::IsMember({"google", "yelp", "facebook", "csv", "generic"}));
    reviews->add_option("--location", import_options.location, "location id for rows that name none");
    reviews->add_option("--store", store.store, "path of the encrypted store")->required();
    reviews->add_option("--passphrase-file", store.passphrase_file, "file holding the passphrase");
    import->require_subcommand(1);

    WebhookOptions webhook_options;
    auto* webhook = app.add_subcommand("webhook", "signed review webhooks");
    auto* secret = webhook->add_subcommand("set-secret", "set the secret a webhook source signs deliveries with");
    secret->add_option("--source", webhook_options.source, "google, yelp, facebook or generic")->required();
    secret->add_option("--secret-file", webhook_options.secret_file, "file (mode 600) holding the secret")->required();
    secret->add_option("--store", store.store, "path of the encrypted store")->required();
    secret->add_option("--passphrase-file", store.passphrase_file, "file holding the passphrase");
    webhook->require_subcommand(1);
    CLI11_PARSE(app, argc, argv);

    if (info->parsed()) return run_store_info(store);
    if (rekey->parsed()) return run_rekey(store);
    if (verify->parsed()) return run_audit_verify(store);
    if (reviews->parsed()) return run_import_reviews(store, import_options);
    if (secret->parsed()) return run_webhook_secret(store, webhook_options);
    return run_init(init);
}
