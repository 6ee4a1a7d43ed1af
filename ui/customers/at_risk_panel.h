#pragma once
// The at-risk panel: the score 0-100 and its band, one bar per component (recency, visit
// frequency, payment friction, engagement, support) with the reasons behind it, when the score was
// computed and a "stale" mark after 48 h, and the expected value of an outreach. Shown in the
// profile 360 and beside the at-risk list.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include <QFrame>

#include "domain/clock.h"
#include "profiles/at_risk_store.h"

class QLabel;
class QProgressBar;

namespace outpost::ui {

struct AtRiskMember;

struct AtRiskFigures {
    int score = 0;
    std::string band;
    std::array<int, 5> components{};  // recency, frequency, payment, engagement, support
    std::vector<std::string> reasons;
    Timestamp computedAt{};
    bool stale = false;
    std::int64_t expectedValueCents = 0;

    [[nodiscard]] static AtRiskFigures of(const profiles::StoredAtRisk& stored);
    [[nodiscard]] static AtRiskFigures of(const AtRiskMember& member);
};

class AtRiskPanel final : public QFrame {
    Q_OBJECT

  public:
    static constexpr std::array<const char*, 5> kComponents = {"recency", "frequency", "payment", "engagement", "support"};
    static constexpr std::array<int, 5> kMaxima = {30, 25, 25, 15, 5};

    explicit AtRiskPanel(QWidget* parent = nullptr);

    // Nothing: "not scored yet".
    void display(const std::optional<AtRiskFigures>& figures, Timestamp now);

    [[nodiscard]] QString scoreText() const;
    [[nodiscard]] QString bandText() const;
    [[nodiscard]] bool isStaleShown() const;
    [[nodiscard]] int barValue(int component) const;
    [[nodiscard]] QString reasonText(int component) const;
    [[nodiscard]] QString expectedValueText() const;
    [[nodiscard]] QString computedText() const;

  private:
    QLabel* m_score;
    QLabel* m_band;
    QLabel* m_stale;
    QLabel* m_computed;
    QLabel* m_value;
    std::array<QProgressBar*, 5> m_bars{};
    std::array<QLabel*, 5> m_reasons{};
    std::array<QLabel*, 5> m_points{};
};

}  // namespace outpost::ui
