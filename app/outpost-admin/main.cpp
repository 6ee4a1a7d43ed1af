// outpost-admin: maintenance from the command line. Passphrases come from files or the
// environment, never from the command line.
#include <CLI/CLI.hpp>

#include <iostream>

#include "engine/config.h"
#include "engine/store_admin.h"

int main(int argc, char** argv) {
    using namespace outpost;
    CLI::App app{"Outpost administration"};
    app.require_subcommand(1);
    std::string store;
    std::optional<std::string> passphrase_file;
    std::string new_passphrase_file;

    auto* info = app.add_subcommand("store-info", "print the schema version and row counts of a store as JSON");
    info->add_option("--store", store, "path of the encrypted store")->required();
    info->add_option("--passphrase-file", passphrase_file, "file holding the passphrase (else OUTPOST_PASSPHRASE)");

    auto* rekey = app.add_subcommand("rekey", "re-encrypt a store under a new passphrase");
    rekey->add_option("--store", store, "path of the encrypted store")->required();
    rekey->add_option("--passphrase-file", passphrase_file, "file holding the current passphrase");
    rekey->add_option("--new-passphrase-file", new_passphrase_file, "file holding the new passphrase")->required();
    CLI11_PARSE(app, argc, argv);

    auto fail = [](const Error& e) {
        std::cerr << "outpost-admin: " << e.message << '\n';
        return e.code == ErrorCode::wrong_key ? 3 : 1;
    };
    auto passphrase = engine::read_passphrase(passphrase_file);
    if (!passphrase) return fail(passphrase.error());
    if (info->parsed()) {
        auto facts = engine::store_info(store, *passphrase);
        if (!facts) return fail(facts.error());
        std::cout << facts->dump(2) << '\n';
        return 0;
    }
    auto next = engine::read_passphrase(new_passphrase_file);
    if (!next) return fail(next.error());
    if (auto r = engine::rekey_store(store, *passphrase, *next); !r) return fail(r.error());
    std::cout << "the store is now encrypted under the new passphrase\n";
    return 0;
}
