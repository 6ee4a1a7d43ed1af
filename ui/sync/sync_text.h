#pragma once
// How sync reads in the console: commands as a person would name them, the pending and issue
// counts, the first load, and the reasons a round or a command failed. Translated (context
// "outpost::ui::SyncText").

#include <QCoreApplication>
#include <QString>

#include "domain/json_codec.h"
#include "domain/result.h"
#include "ui/sync/core_sync.h"

namespace outpost::ui {

class SyncText {
    Q_DECLARE_TR_FUNCTIONS(outpost::ui::SyncText)

  public:
    // "Resolve review 1204", "Assign review 1204 to Jamie Chen", ...
    [[nodiscard]] static QString command(const std::string& name, const Json& args);
    // "3 changes waiting to sync", "All changes synced"
    [[nodiscard]] static QString pending(qint64 count);
    // "2 sync issues"
    [[nodiscard]] static QString issues(int count);
    // "Loading your locations… 12,400 of 57,000"
    [[nodiscard]] static QString loading(const sync::BootstrapProgress& progress);
    // Why the engine refused a command: "Not accepted: …" with the engine's own words.
    [[nodiscard]] static QString refusal(const std::string& code, const std::string& message);
    // Why a whole round failed, for the status bar and messages; empty when it needs no words.
    [[nodiscard]] static QString roundError(const Error& error);
};

}  // namespace outpost::ui
