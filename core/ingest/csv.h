#pragma once
// A reader of comma-separated values (RFC 4180): fields in double quotes may hold commas, line
// breaks and doubled quotes (""); CRLF and LF line ends; a UTF-8 byte order mark is skipped.
// Records are read one at a time without copying the text; a malformed record (an unterminated
// quote, text after a closing quote) is reported with its line and the reader goes on with the
// next line.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace outpost::ingest {

struct CsvRecord {
    std::int64_t line = 0;            // 1-based line on which the record starts
    std::vector<std::string> fields;  // unquoted values
    std::string_view raw;             // the record's text as in the file, without its line end
    std::string error;                // empty when the record is well formed
};

class CsvReader {
public:
    explicit CsvReader(std::string_view text);
    // Reads the next record into `out`; false at the end of the text. Blank lines are skipped.
    bool next(CsvRecord& out);

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
    std::int64_t m_line = 1;
};

}  // namespace outpost::ingest
