#include "ingest/csv.h"

#include <algorithm>

namespace outpost::ingest {
namespace {

bool special(char c) { return c == ',' || c == '\n' || c == '\r' || c == '"'; }

}  // namespace

CsvReader::CsvReader(std::string_view text) : m_text(text) {
    if (m_text.substr(0, 3) == "\xEF\xBB\xBF") m_pos = 3;
}

bool CsvReader::next(CsvRecord& out) {
    // Blank lines between records carry nothing.
    while (m_pos < m_text.size() && (m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
        if (m_text[m_pos] == '\n') ++m_line;
        ++m_pos;
    }
    if (m_pos >= m_text.size()) return false;
    out.line = m_line;
    out.fields.clear();
    out.error.clear();
    const std::size_t start = m_pos;
    std::string field;
    bool quoted = false;        // inside a quoted field
    bool was_quoted = false;    // the current field was quoted and is closed
    auto end_record = [&](std::size_t end) {
        out.fields.push_back(std::move(field));
        std::size_t raw_end = end;
        if (raw_end > start && m_text[raw_end - 1] == '\r') --raw_end;
        out.raw = m_text.substr(start, raw_end - start);
    };
    while (m_pos < m_text.size()) {
        if (quoted) {
            // Everything up to the next quote belongs to the field.
            const auto quote = m_text.find('"', m_pos);
            const std::size_t end = quote == std::string_view::npos ? m_text.size() : quote;
            if (end > m_pos) {
                const std::string_view run = m_text.substr(m_pos, end - m_pos);
                m_line += std::count(run.begin(), run.end(), '\n');
                field.append(run);
                m_pos = end;
                continue;
            }
        } else if (!was_quoted) {
            // So does a run of characters that are neither a separator, a line end nor a quote.
            std::size_t end = m_pos;
            while (end < m_text.size() && !special(m_text[end])) ++end;
            if (end > m_pos) {
                field.append(m_text.substr(m_pos, end - m_pos));
                m_pos = end;
                continue;
            }
        }
        const char c = m_text[m_pos];
        if (quoted) {
            if (c == '"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                    field.push_back('"');
                    m_pos += 2;
                    continue;
                }
                quoted = false;
                was_quoted = true;
            } else {
                if (c == '\n') ++m_line;
                field.push_back(c);
            }
            ++m_pos;
            continue;
        }
        if (c == ',') {
            out.fields.push_back(std::move(field));
            field.clear();
            was_quoted = false;
            ++m_pos;
            continue;
        }
        if (c == '\n' || (c == '\r' && (m_pos + 1 == m_text.size() || m_text[m_pos + 1] == '\n'))) {
            end_record(m_pos);
            m_pos += c == '\r' ? 2 : 1;
            ++m_line;
            return true;
        }
        if (c == '"' && field.empty() && !was_quoted) {
            quoted = true;
            ++m_pos;
            continue;
        }
        if (was_quoted) {
            // "abc"def: skip the rest of the line and report the record.
            out.error = "text after a closing quote";
            const auto eol = m_text.find('\n', m_pos);
            const std::size_t end = eol == std::string_view::npos ? m_text.size() : eol;
            end_record(end);
            m_pos = eol == std::string_view::npos ? m_text.size() : eol + 1;
            ++m_line;
            return true;
        }
        field.push_back(c);
        ++m_pos;
    }
    if (quoted) out.error = "a quoted field is not closed before the end of the file";
    end_record(m_text.size());
    return true;
}

}  // namespace outpost::ingest
