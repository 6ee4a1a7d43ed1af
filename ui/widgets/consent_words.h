#pragma once
// The version of consent words shown at the counter, as stored with each grant in the ledger: the
// words' own version and the language the interface showed them in ("desk-walk-in-2026-11/es"),
// so what a person agreed to can be shown later word for word.

#include <QString>

namespace outpost::ui {

[[nodiscard]] QString consentTextVersion(const char* words);

}  // namespace outpost::ui
