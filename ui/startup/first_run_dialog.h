#pragma once
// The first launch: work with the embedded engine and its demo data on this computer, or
// connect to the company's Outpost server.

#include <QDialog>

#include "ui/startup/launch_options.h"

class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace outpost::ui {

class InlineMessage;

class FirstRunDialog final : public QDialog {
    Q_OBJECT

  public:
    explicit FirstRunDialog(QWidget* parent = nullptr);

    // Valid once accepted.
    [[nodiscard]] LaunchChoice choice() const;
    void setChoice(const LaunchChoice& choice);

    void accept() override;  // refuses a server choice without a host, with a message

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QFrame* optionCard(QRadioButton* radio, const QString& icon, const QString& description, QWidget* extra);
    void updateEnabled();
    void styleCard(QFrame* card, bool chosen);

    QRadioButton* m_embedded;
    QRadioButton* m_server;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QCheckBox* m_tls;
    QWidget* m_serverFields;
    InlineMessage* m_error;
    QFrame* m_embeddedCard = nullptr;
    QFrame* m_serverCard = nullptr;
};

}  // namespace outpost::ui
