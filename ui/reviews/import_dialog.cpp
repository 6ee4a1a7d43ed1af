#include "ui/reviews/import_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/logging.h"
#include "ui/widgets/inline_message.h"

namespace outpost::ui {
namespace {

// The console reads at most this much; the engine's own body limit may be lower and is reported.
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

}  // namespace

Result<ImportResult> parseImportResult(const Json& answer) {
    if (!answer.is_object() || !answer.contains("imported")) {
        return make_error(ErrorCode::invalid_argument, "the engine's answer is not an import summary");
    }
    ImportResult r;
    r.format = QString::fromStdString(answer.value("format", std::string()));
    r.imported = answer.value("imported", std::int64_t{0});
    r.duplicates = answer.value("duplicates", std::int64_t{0});
    r.nearDuplicates = answer.value("near_duplicates", std::int64_t{0});
    r.rejected = answer.value("rejected", std::int64_t{0});
    r.tasks = answer.value("tasks", std::int64_t{0});
    r.alerts = answer.value("alerts", std::int64_t{0});
    if (answer.contains("errors") && answer["errors"].is_array()) {
        for (const Json& e : answer["errors"]) {
            if (!e.is_object()) continue;
            r.errors.emplace_back(QString::fromStdString(e.value("where", std::string())),
                                  QString::fromStdString(e.value("reason", std::string())));
        }
    }
    return r;
}

ImportDialog::ImportDialog(Sender sender, QWidget* parent)
    : QDialog(parent),
      m_sender(std::move(sender)),
      m_file(new QLineEdit(this)),
      m_format(new QComboBox(this)),
      m_import(new QPushButton(tr("Import"), this)),
      m_status(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_errors(new QTableWidget(0, 2, this)),
      m_message(new InlineMessage(this)) {
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import reviews"));
    resize(720, 520);

    auto* intro = new QLabel(tr("Import a review export from Google Business Profile, Yelp or Facebook, or a CSV "
                                "file. Reviews already stored are skipped, so a file can be imported again safely."),
                             this);
    intro->setWordWrap(true);

    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setAccessibleName(tr("File to import"));
    m_file->setPlaceholderText(tr("Choose an export file…"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->setAccessibleName(tr("Export shape"));
    m_format->addItem(tr("Detect from the file"), QString());
    m_format->addItem(tr("Google Business Profile"), QStringLiteral("google"));
    m_format->addItem(tr("Yelp"), QStringLiteral("yelp"));
    m_format->addItem(tr("Facebook"), QStringLiteral("facebook"));
    m_format->addItem(tr("CSV"), QStringLiteral("csv"));

    auto* form = new QFormLayout;
    form->addRow(tr("File"), fileRow);
    form->addRow(tr("Shape"), m_format);

    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_status->setProperty("role", QStringLiteral("muted"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_import);

    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setProperty("role", QStringLiteral("heading"));
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setAccessibleName(tr("Rows that were not imported"));
    m_errors->setHorizontalHeaderLabels({tr("Where"), tr("Reason")});
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->verticalHeader()->setVisible(false);
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errors->setColumnWidth(0, 110);
    m_errors->setVisible(false);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors, 1);
    layout->addStretch(0);
    layout->addWidget(close);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_file, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    updateButtons();
}

void ImportDialog::browse() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a review export"), QString(),
                                                      tr("Review exports (*.json *.csv);;All files (*)"));
    if (!path.isEmpty()) setFile(path);
}

void ImportDialog::setFile(const QString& path) {
    m_file->setText(path);
}

void ImportDialog::setFormat(const QString& format) {
    const int index = m_format->findData(format);
    m_format->setCurrentIndex(index < 0 ? 0 : index);
}

void ImportDialog::updateButtons() {
    m_import->setEnabled(!m_busy && !m_file->text().trimmed().isEmpty());
}

void ImportDialog::startImport() {
    const QString path = m_file->text().trimmed();
    if (m_busy || path.isEmpty()) return;
    m_message->clear();
    m_summary->clear();
    m_errors->setVisible(false);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showMessage(InlineMessage::Kind::error, tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    if (file.size() > kMaxFileBytes) {
        m_message->showMessage(InlineMessage::Kind::error,
                               tr("%1 is too large to import from the console; ask an administrator to run "
                                  "outpost-admin import reviews.").arg(QFileInfo(path).fileName()));
        return;
    }
    const QByteArray content = file.readAll();
    Json body = {{"file_name", QFileInfo(path).fileName().toStdString()},
                 {"content", content.toStdString()},
                 {"format", m_format->currentData().toString().toStdString()}};
    // A file that is not valid UTF-8 is sent with replacement characters; its rows then fail visibly.
    const QByteArray bytes = QByteArray::fromStdString(body.dump(-1, ' ', false, Json::error_handler_t::replace));
    m_busy = true;
    updateButtons();
    m_status->setText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    qCInfo(lcSync) << "importing a review export," << bytes.size() << "bytes";
    QPointer<ImportDialog> self(this);
    m_sender(QStringLiteral("POST"), QStringLiteral("/v1/imports/reviews"), bytes, [self](Result<Json> answer) {
        if (!self) return;
        self->m_busy = false;
        self->m_status->clear();
        self->updateButtons();
        if (!answer) {
            self->m_message->showMessage(InlineMessage::Kind::error,
                                         tr("The engine did not import the file: %1")
                                             .arg(QString::fromStdString(answer.error().message)));
            return;
        }
        auto result = parseImportResult(*answer);
        if (!result) {
            self->m_message->showMessage(InlineMessage::Kind::error, QString::fromStdString(result.error().message));
            return;
        }
        self->showResult(*result);
    });
}

void ImportDialog::showResult(const ImportResult& r) {
    QString text = tr("Imported: %1 · Duplicates skipped: %2 · Bad rows: %3").arg(r.imported).arg(r.duplicates).arg(r.rejected);
    if (!r.format.isEmpty()) text += QLatin1Char('\n') + tr("Read as: %1").arg(r.format);
    if (r.nearDuplicates > 0) text += QLatin1Char('\n') + tr("Duplicates found by their text: %1").arg(r.nearDuplicates);
    if (r.tasks > 0 || r.alerts > 0) {
        text += QLatin1Char('\n') + tr("Tasks opened: %1 · Alerts raised: %2").arg(r.tasks).arg(r.alerts);
    }
    m_summary->setText(text);
    m_errors->setRowCount(static_cast<int>(r.errors.size()));
    for (int i = 0; i < static_cast<int>(r.errors.size()); ++i) {
        m_errors->setItem(i, 0, new QTableWidgetItem(r.errors[static_cast<std::size_t>(i)].first));
        m_errors->setItem(i, 1, new QTableWidgetItem(r.errors[static_cast<std::size_t>(i)].second));
    }
    m_errors->setVisible(!r.errors.empty());
    if (r.imported > 0) emit imported(r.imported);
}

QString ImportDialog::summaryText() const {
    return m_summary->text();
}

}  // namespace outpost::ui
