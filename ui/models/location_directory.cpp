#include "ui/models/location_directory.h"

namespace outpost::ui {

void LocationDirectory::reset(OrgSnapshot org) {
    m_org = std::move(org);
    m_byId.clear();
    for (std::size_t i = 0; i < m_org.locations.size(); ++i) {
        const Location& location = m_org.locations[i];
        QTimeZone zone(QByteArray::fromStdString(location.time_zone));
        m_byId.emplace(location.id.value(), Entry{i, zone.isValid() ? zone : QTimeZone::utc()});
    }
}

std::vector<const Location*> LocationDirectory::locationsIn(const RegionId& region) const {
    std::vector<const Location*> out;
    for (const auto& location : m_org.locations) {
        if (location.region_id == region) out.push_back(&location);
    }
    return out;
}

const Location* LocationDirectory::find(const std::string& locationId) const {
    auto it = m_byId.find(locationId);
    return it == m_byId.end() ? nullptr : &m_org.locations[it->second.index];
}

QString LocationDirectory::locationName(const std::string& locationId) const {
    const Location* location = find(locationId);
    return QString::fromStdString(location ? location->name : locationId);
}

QString LocationDirectory::regionName(const std::string& locationId) const {
    const Location* location = find(locationId);
    if (!location) return {};
    for (const auto& region : m_org.regions) {
        if (region.id == location->region_id) return QString::fromStdString(region.name);
    }
    return {};
}

QTimeZone LocationDirectory::timeZone(const std::string& locationId) const {
    auto it = m_byId.find(locationId);
    return it == m_byId.end() ? QTimeZone::utc() : it->second.zone;
}

QString LocationDirectory::brandName() const {
    return m_org.brands.empty() ? QString() : QString::fromStdString(m_org.brands.front().name);
}

}  // namespace outpost::ui
