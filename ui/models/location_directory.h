#pragma once
// The brand's regions and locations as the engine sent them, with each location's time zone
// resolved once, so views can show names and local times without asking again.

#include <string>
#include <unordered_map>
#include <vector>

#include <QString>
#include <QTimeZone>

#include "ui/bridge/protocol.h"

namespace outpost::ui {

class LocationDirectory {
  public:
    void reset(OrgSnapshot org);

    [[nodiscard]] bool isEmpty() const { return m_org.locations.empty(); }
    [[nodiscard]] const std::vector<Brand>& brands() const { return m_org.brands; }
    [[nodiscard]] const std::vector<Region>& regions() const { return m_org.regions; }
    [[nodiscard]] const std::vector<Location>& locations() const { return m_org.locations; }
    // The locations of one region, in the engine's order.
    [[nodiscard]] std::vector<const Location*> locationsIn(const RegionId& region) const;

    [[nodiscard]] const Location* find(const std::string& locationId) const;
    // The location's name, or its id while the directory does not know it.
    [[nodiscard]] QString locationName(const std::string& locationId) const;
    [[nodiscard]] QString regionName(const std::string& locationId) const;
    // The location's IANA zone; UTC when unknown.
    [[nodiscard]] QTimeZone timeZone(const std::string& locationId) const;
    // The first brand's name, empty when there is none.
    [[nodiscard]] QString brandName() const;

  private:
    struct Entry {
        std::size_t index;
        QTimeZone zone;
    };
    OrgSnapshot m_org;
    std::unordered_map<std::string, Entry> m_byId;
};

}  // namespace outpost::ui
