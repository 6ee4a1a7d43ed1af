#pragma once
// The profile 360's contact form, in place: first and last name, phone and email, filled from the
// profile; Save answers only the fields that changed (a profile.update_contact command), Cancel
// closes it.

#include <map>
#include <string>

#include <QGroupBox>

class QLineEdit;

namespace outpost::profiles {
struct Profile360;
}

namespace outpost::ui {

class ContactEditor final : public QGroupBox {
    Q_OBJECT

  public:
    explicit ContactEditor(QWidget* parent = nullptr);

    void edit(const profiles::Profile360& profile);
    [[nodiscard]] QLineEdit* input(const std::string& field) const;

  signals:
    void saved(const std::map<std::string, QString>& changed);
    void cancelled();

  private:
    void save();

    std::map<std::string, QLineEdit*> m_inputs;
    std::map<std::string, QString> m_original;
};

}  // namespace outpost::ui
