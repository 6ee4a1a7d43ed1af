// outpostd: the headless engine. Parses options, opens the store, serves until SIGINT/SIGTERM.
#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "engine/config.h"

int main(int argc, char** argv) {
    using namespace outpost;
    CLI::App app{"Outpost engine: serves desks over HTTP and WebSocket"};
    std::string config_path;
    std::optional<std::string> passphrase_file;
    std::optional<std::string> listen;
    std::optional<std::string> store;
    std::optional<int> port;
    bool demo = false;
    bool verbose = false;
    app.add_option("-c,--config", config_path, "JSON config file")->check(CLI::ExistingFile);
    app.add_option("--passphrase-file", passphrase_file, "file holding the store passphrase (mode 600)");
    app.add_option("--listen", listen, "address to listen on (default 127.0.0.1)");
    app.add_option("--port", port, "port to listen on (0: any free port)")->check(CLI::Range(0, 65535));
    app.add_option("--store", store, "path of the encrypted store");
    app.add_flag("--demo-data", demo, "seed the demo dataset into a new, empty store");
    app.add_flag("-v,--verbose", verbose, "log every request (never personal data)");
    app.footer("The store passphrase is read from --passphrase-file or the OUTPOST_PASSPHRASE variable.");
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
    net::wait_for_termination_signal();
    spdlog::info("outpostd: stopping");
    (*engine)->stop();
    return 0;
}
