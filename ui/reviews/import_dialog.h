#pragma once
// Import reviews (issue #4), for corporate users: choose an export file, pick its shape (Google,
// Yelp, Facebook, CSV) or let the engine detect it, upload it (POST /v1/imports/reviews, the same
// import as `outpost-admin import reviews`), then read the result: how many were imported, how
// many duplicates were skipped, and each bad row with its line and reason.

#include <functional>
#include <vector>

#include <QByteArray>
#include <QDialog>
#include <QString>

#include "domain/json_codec.h"
#include "domain/result.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace outpost::ui {

class InlineMessage;

struct ImportResult {
    QString format;
    qint64 imported = 0;
    qint64 duplicates = 0;
    qint64 nearDuplicates = 0;
    qint64 rejected = 0;
    qint64 tasks = 0;
    qint64 alerts = 0;
    std::vector<std::pair<QString, QString>> errors;  // where ("line 7"), reason
};

[[nodiscard]] Result<ImportResult> parseImportResult(const Json& answer);

class ImportDialog final : public QDialog {
    Q_OBJECT

  public:
    // EngineBridge::send's shape: method, path, JSON body, the answer on the GUI thread.
    using Sender = std::function<quint64(const QString& method, const QString& path, const QByteArray& body,
                                         std::function<void(Result<Json>)> onGuiThread)>;

    explicit ImportDialog(Sender sender, QWidget* parent = nullptr);

    void setFile(const QString& path);
    // "" detects the shape; else google, yelp, facebook, csv.
    void setFormat(const QString& format);
    void startImport();

    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QTableWidget* errorTable() const { return m_errors; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }
    [[nodiscard]] QPushButton* importButton() const { return m_import; }

  signals:
    // Reviews were imported: the replica receives them at the next sync.
    void imported(qint64 count);

  private:
    void browse();
    void showResult(const ImportResult& result);
    void updateButtons();

    Sender m_sender;
    QLineEdit* m_file;
    QComboBox* m_format;
    QPushButton* m_import;
    QLabel* m_status;
    QLabel* m_summary;
    QTableWidget* m_errors;
    InlineMessage* m_message;
    bool m_busy = false;
};

}  // namespace outpost::ui
