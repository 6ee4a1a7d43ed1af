#include "ui/customers/table_util.h"

#include <algorithm>

#include <QHeaderView>
#include <QTableWidget>

namespace outpost::ui::customers {

QTableWidget* makeTable(const QStringList& headers, QWidget* parent) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

QTableWidgetItem* setCell(QTableWidget* table, int row, int column, const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    table->setItem(row, column, item);
    return item;
}

void selectRow(QTableWidget* table, int row) {
    if (row < 0 || row >= table->rowCount()) return;
    table->selectRow(row);
    table->setCurrentCell(row, 0);
}

void moveRow(QTableWidget* table, int delta) {
    const int count = table->rowCount();
    if (count > 0) selectRow(table, std::clamp(table->currentRow() + delta, 0, count - 1));
}

void fitColumns(QTableWidget* table) {
    for (int c = 0; c + 1 < table->columnCount(); ++c) table->resizeColumnToContents(c);
}

}  // namespace outpost::ui::customers
