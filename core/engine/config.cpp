#include "engine/config.h"

#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include "domain/json_reader.h"

namespace outpost::engine {
namespace {

// {"kind": "file", "file": "/var/lib/outpost/replies.jsonl"} or {"kind": "webhook", "url":
// "https://host:8443/replies", "secret": "...", "pinned_sha256": "...", "timeout_ms": 10000}
Result<ReplyPublisherConfig> reply_publisher_from_json(const Json& j) {
    static const std::set<std::string> known = {"kind", "file", "url", "secret", "pinned_sha256", "timeout_ms"};
    if (!j.is_object()) return make_error(ErrorCode::invalid_argument, "config.reply_publisher: must be a JSON object");
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (!known.contains(it.key())) {
            return make_error(ErrorCode::invalid_argument, "config.reply_publisher." + it.key() + ": unknown setting");
        }
    }
    JsonReader r(j, "config.reply_publisher");
    ReplyPublisherConfig c;
    c.kind = r.optional_string("kind", 16).value_or(c.kind);
    c.file = r.optional_string("file", 4096).value_or("");
    c.webhook.url = r.optional_string("url", 4096).value_or("");
    c.webhook.secret = r.optional_string("secret", 1024).value_or("");
    c.webhook.pinned_sha256 = r.optional_string("pinned_sha256", 64).value_or("");
    c.webhook.timeout = std::chrono::milliseconds(r.optional_integer("timeout_ms", 100, 120'000).value_or(10'000));
    if (r.ok() && c.kind != "file" && c.kind != "webhook") r.fail("kind", "must be file or webhook");
    if (r.ok() && c.kind == "webhook" && (c.webhook.url.empty() || c.webhook.secret.size() < 16)) {
        r.fail("url", "a webhook publisher needs a url and a secret of at least 16 bytes");
    }
    if (!r.ok()) return r.error();
    return c;
}

}  // namespace

Result<EngineConfig> engine_config_from_json(const Json& j) {
    static const std::set<std::string> known = {"listen",     "port",      "store",           "threads",
                                                "db_threads", "body_limit", "read_timeout_ms", "max_connections",
                                                "demo_data",  "demo_seed",  "tls_cert",        "tls_key",
                                                "reply_publisher"};
    if (!j.is_object()) return make_error(ErrorCode::invalid_argument, "config: must be a JSON object");
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (!known.contains(it.key())) {
            return make_error(ErrorCode::invalid_argument, "config." + it.key() + ": unknown setting");
        }
    }
    JsonReader r(j, "config");
    EngineConfig c;
    c.server.address = r.optional_string("listen", 64).value_or(c.server.address);
    c.server.port = static_cast<std::uint16_t>(r.optional_integer("port", 0, 65535).value_or(c.server.port));
    c.store_path = r.optional_string("store", 4096).value_or("");
    c.server.threads = static_cast<int>(r.optional_integer("threads", 1, 64).value_or(c.server.threads));
    c.db_threads = static_cast<int>(r.optional_integer("db_threads", 1, 64).value_or(c.db_threads));
    c.server.body_limit = static_cast<std::size_t>(
        r.optional_integer("body_limit", 1024, 256LL * 1024 * 1024).value_or(static_cast<std::int64_t>(c.server.body_limit)));
    c.server.read_timeout = std::chrono::milliseconds(
        r.optional_integer("read_timeout_ms", 100, 3'600'000).value_or(c.server.read_timeout.count()));
    c.server.max_connections = static_cast<std::size_t>(
        r.optional_integer("max_connections", 1, 1'000'000).value_or(static_cast<std::int64_t>(c.server.max_connections)));
    c.server.tls_cert_file = r.optional_string("tls_cert", 4096).value_or("");
    c.server.tls_key_file = r.optional_string("tls_key", 4096).value_or("");
    c.demo_data_if_empty = r.boolean("demo_data", false);
    c.demo_seed = static_cast<std::uint64_t>(
        r.optional_integer("demo_seed", 0, std::numeric_limits<std::int64_t>::max()).value_or(static_cast<std::int64_t>(c.demo_seed)));
    if (!r.ok()) return r.error();
    if (auto it = j.find("reply_publisher"); it != j.end()) {
        auto replies = reply_publisher_from_json(*it);
        if (!replies) return replies.error();
        c.replies = std::move(*replies);
    }
    return c;
}

Result<EngineConfig> load_engine_config(const std::string& path) {
    std::ifstream in(path);
    if (!in) return make_error(ErrorCode::not_found, "cannot read the config file " + path);
    std::stringstream text;
    text << in.rdbuf();
    auto j = parse_json(text.str());
    if (!j) return make_error(ErrorCode::invalid_argument, path + ": " + j.error().message);
    auto config = engine_config_from_json(*j);
    if (!config) return make_error(ErrorCode::invalid_argument, path + ": " + config.error().message);
    return config;
}

Result<std::string> read_passphrase(const std::optional<std::string>& file) {
    if (file) {
        struct stat st {};
        if (::stat(file->c_str(), &st) != 0) return make_error(ErrorCode::not_found, "cannot read the passphrase file " + *file);
        if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
            return make_error(ErrorCode::permission_denied,
                              "the passphrase file " + *file + " is readable by others; run: chmod 600 " + *file);
        }
        std::ifstream in(*file);
        std::string line;
        std::getline(in, line);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
        if (line.empty()) return make_error(ErrorCode::invalid_argument, "the passphrase file " + *file + " is empty");
        return line;
    }
    const char* env = std::getenv(kPassphraseEnv);
    if (env && *env) return std::string(env);
    return make_error(ErrorCode::invalid_argument, std::string("no store passphrase: set ") + kPassphraseEnv +
                                                       " or pass --passphrase-file");
}

}  // namespace outpost::engine
