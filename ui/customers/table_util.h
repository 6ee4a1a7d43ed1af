#pragma once
// Small helpers for the Customers screen's read-only tables.

#include <QStringList>

class QTableWidget;
class QWidget;
class QTableWidgetItem;

namespace outpost::ui::customers {

// A read-only table with these column headers, whole-row selection, no grid, stretching last column.
[[nodiscard]] QTableWidget* makeTable(const QStringList& headers, QWidget* parent);
// Sets the text of a cell (creating its item) and answers the item.
QTableWidgetItem* setCell(QTableWidget* table, int row, int column, const QString& text);
// Selects a whole row and makes it current (nothing when out of range).
void selectRow(QTableWidget* table, int row);
// Moves the current row by `delta`, staying inside the table.
void moveRow(QTableWidget* table, int delta);
// Fits every column but the last to its contents; the last one takes the rest of the width.
void fitColumns(QTableWidget* table);

}  // namespace outpost::ui::customers
