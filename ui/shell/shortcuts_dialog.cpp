#include "ui/shell/shortcuts_dialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QKeySequence>
#include <QLabel>
#include <QVBoxLayout>

namespace outpost::ui {

ShortcutsDialog::ShortcutsDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(8);
    const std::pair<QKeySequence, QString> rows[] = {
        {QKeySequence(Qt::Key_J), tr("Next review")},     {QKeySequence(Qt::Key_K), tr("Previous review")},
        {QKeySequence(Qt::Key_C), tr("Acknowledge the review")},
        {QKeySequence(Qt::Key_X), tr("Resolve the review, or reopen it")},
        {QKeySequence(Qt::Key_A), tr("Assign the review to me, or unassign it")},
        {QKeySequence(Qt::Key_R), tr("Write a reply draft")},
        {QKeySequence::Save, tr("Save the reply draft")},
        {QKeySequence::Find, tr("Go to the filters")},    {QKeySequence(Qt::Key_F5), tr("Reload the list")},
        {QKeySequence(Qt::Key_F1), tr("Show this list")}, {QKeySequence::Quit, tr("Quit Outpost")},
    };
    int row = 0;
    for (const auto& [keys, action] : rows) {
        auto* key =
            new QLabel(QStringLiteral("<b>%1</b>").arg(keys.toString(QKeySequence::NativeText).toHtmlEscaped()), this);
        grid->addWidget(key, row, 0);
        grid->addWidget(new QLabel(action, this), row, 1);
        ++row;
    }
    layout->addLayout(grid);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

}  // namespace outpost::ui
