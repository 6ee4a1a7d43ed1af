#include "ui/sync/engine_transport.h"

#include <chrono>
#include <future>

#include "net/http_client.h"
#include "ui/bridge/engine_bridge.h"

namespace outpost::ui {
namespace {

constexpr auto kCancelCheck = std::chrono::milliseconds(50);

}  // namespace

struct EngineTransport::Shared {
    std::unique_ptr<net::HttpClient> http;
    std::atomic<bool> cancelled{false};

    Result<Json> call(const std::string& method, const std::string& target, const std::string& body) {
        auto text = call_text(method, target, body);
        if (!text) return text.error();
        if (text->empty()) return Json::object();
        return parse_json(*text);
    }

    Result<std::string> call_text(const std::string& method, const std::string& target, const std::string& body) {
        if (cancelled) return make_error(ErrorCode::unavailable, "sync stopped");
        // net::request_json, with a wait that cancel() can end.
        auto promise = std::make_shared<std::promise<Result<net::HttpResponse>>>();
        auto future = promise->get_future();
        http->request(method, target, body, [promise](Result<net::HttpResponse> r) { promise->set_value(std::move(r)); });
        while (future.wait_for(kCancelCheck) != std::future_status::ready) {
            if (cancelled) return make_error(ErrorCode::unavailable, "sync stopped");
        }
        auto response = future.get();
        if (!response) return response.error();
        if (response->status >= 400) return net::error_from_response(*response);
        return std::move(response->body);
    }
};

EngineTransport::EngineTransport(EngineBridge& bridge, QObject* parent)
    : QObject(parent), m_shared(std::make_shared<Shared>()) {
    m_shared->http =
        std::make_unique<net::HttpClient>(bridge.host().toStdString(), bridge.port(), bridge.clientConfig());
    auto setToken = [this, &bridge] {
        m_shared->http->set_bearer_token(bridge.signedIn() ? bridge.session()->token.toStdString() : std::string());
    };
    setToken();
    connect(&bridge, &EngineBridge::loginSucceeded, this, setToken);
    connect(&bridge, &EngineBridge::signedOut, this, setToken);
    connect(&bridge, &EngineBridge::sessionExpired, this, setToken);
}

EngineTransport::~EngineTransport() {
    cancel();
}

void EngineTransport::cancel() {
    m_shared->cancelled = true;
}

sync::Transport EngineTransport::transport() const {
    return [shared = m_shared](const std::string& method, const std::string& target, const std::string& body) {
        return shared->call(method, target, body);
    };
}

sync::TextTransport EngineTransport::textTransport() const {
    return [shared = m_shared](const std::string& method, const std::string& target, const std::string& body) {
        return shared->call_text(method, target, body);
    };
}

}  // namespace outpost::ui
