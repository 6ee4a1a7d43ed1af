// outpostd: the headless engine. Parses options, opens the store, serves until SIGINT/SIGTERM.
#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "engine/config.h"
#include "net/tls_certificate.h"

int main(int argc, char** argv) {
    using namespace outpost;
    CLI::App app{"Outpost engine: serves desks over HTTPS and WSS (plain HTTP on loopback only)"};
    std::string config_path;
    std::optional<std::string> passphrase_file;
    std::optional<std::string> listen;
    std::optional<std::string> store;
    std::optional<int> port;
    std::optional<std::string> tls_cert;
    std::optional<std::string> tls_key;
    bool demo = false;
    bool verbose = false;
    app.add_option("-c,--config", config_path, "JSON config file")->check(CLI::ExistingFile);
    app.add_option("--passphrase-file", passphrase_file, "file holding the store passphrase (mode 600)");
    app.add_option("--listen", listen, "address to listen on (default 127.0.0.1)");
    app.add_option("--port", port, "port to listen on (0: any free port)")->check(CLI::Range(0, 65535));
    app.add_option("--store", store, "path of the encrypted store");
    app.add_option("--tls-cert", tls_cert, "site certificate, PEM (made by outpost-admin init)");
    app.add_option("--tls-key", tls_key, "private key of the site certificate, PEM");
    app.add_flag("--demo-data", demo, "seed the demo dataset into a new, empty store");
    app.add_flag("-v,--verbose", verbose, "log every request (never personal data)");
    app.footer("The store passphrase is read from --passphrase-file or the OUTPOST_PASSPHRASE variable.\n"
               "Without a TLS certificate and key, outpostd serves plain HTTP and only on a loopback address.");
    CLI11_PARSE(app, argc, argv);
    if (verbose) spdlog::set_level(spdlog::level::debug);

    auto config = config_path.empty() ? Result<engine::EngineConfig>(engine::EngineConfig{})
                                      : engine::load_engine_config(config_path);
    if (!config) {
        spdlog::critical("{}", config.error().message);
        return 2;
    }
    if (listen) config->server.address = *listen;
    if (port) config->server.port = static_cast<std::uint16_t>(*port);
    if (store) config->store_path = *store;
    if (tls_cert) config->server.tls_cert_file = *tls_cert;
    if (tls_key) config->server.tls_key_file = *tls_key;
    if (demo) config->demo_data_if_empty = true;
    if (config->store_path.empty()) {
        spdlog::critical("no store given: use --store PATH or \"store\" in the config file");
        return 2;
    }
    auto passphrase = engine::read_passphrase(passphrase_file);
    if (!passphrase) {
        spdlog::critical("{}", passphrase.error().message);
        return 2;
    }
    SystemClock clock;
    auto engine = engine::Engine::open(*config, *passphrase, clock);
    if (!engine) {
        spdlog::critical("cannot open the store: {}", engine.error().message);
        return 1;
    }
    auto bound = (*engine)->start();
    if (!bound) {
        spdlog::critical("{}", bound.error().message);
        return 1;
    }
    if (!config->server.tls_cert_file.empty()) {
        // Desks pin this on first connect; the administrator compares it with what they are shown.
        auto fingerprint = net::certificate_fingerprint(config->server.tls_cert_file);
        if (fingerprint) {
            spdlog::info("engine: TLS certificate SHA-256 fingerprint {}", net::format_fingerprint(*fingerprint));
        }
    }
    net::wait_for_termination_signal();
    spdlog::info("outpostd: stopping");
    (*engine)->stop();
    return 0;
}
