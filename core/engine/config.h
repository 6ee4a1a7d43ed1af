#pragma once
// outpostd's configuration: a JSON file, then command-line overrides. The store passphrase never
// comes from the command line (it would show in `ps`): it is read from an environment variable or
// a file readable only by its owner.

#include <optional>
#include <string>

#include "engine/engine.h"

namespace outpost::engine {

inline constexpr const char* kPassphraseEnv = "OUTPOST_PASSPHRASE";

// Reads {"listen": "0.0.0.0", "port": 8443, "store": "/var/lib/outpost/engine.db", "threads": 2,
//        "db_threads": 2, "body_limit": 1048576, "read_timeout_ms": 15000, "max_connections": 1024,
//        "demo_data": false, "tls_cert": "/etc/outpost/outpostd.crt", "tls_key": "/etc/outpost/outpostd.key",
//        "reply_publisher": {"kind": "file"}}.
// reply_publisher: {"kind": "file", "file": PATH} (default: replies-outbound.jsonl beside the store)
// or {"kind": "webhook", "url": "https://host:port/path", "secret": "at least 16 bytes",
// "pinned_sha256": "<receiver certificate fingerprint, for https>", "timeout_ms": 10000}.
// Unknown keys are refused so that a typo does not go unnoticed. Without tls_cert and tls_key the
// engine serves plain HTTP, which it allows on a loopback address only.
[[nodiscard]] Result<EngineConfig> load_engine_config(const std::string& path);
[[nodiscard]] Result<EngineConfig> engine_config_from_json(const Json& j);

// The passphrase from `file` when given, else from the environment variable.
[[nodiscard]] Result<std::string> read_passphrase(const std::optional<std::string>& file);

}  // namespace outpost::engine
