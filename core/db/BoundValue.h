// What both ways of handing values to the database need: how a QVariant is stored (NULL, integer, real, blob
// or text — SqliteStatement::bindValue and RowValues::add dispatch on it) and UTF-8 written into a reused
// buffer (a bulk load binds forty strings a row; QString::toUtf8 would allocate an array for each).
#pragma once

#include <QByteArray>
#include <QStringView>
#include <QVariant>

#include <algorithm>

namespace alumnidesk {

enum class BoundKind { Null, Integer, Real, Blob, Text };

inline BoundKind boundKind(const QVariant &value)
{
    if (value.isNull())
        return BoundKind::Null;
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return BoundKind::Integer;
    case QMetaType::Double:
        return BoundKind::Real;
    case QMetaType::QByteArray:
        return BoundKind::Blob;
    default:
        return BoundKind::Text;
    }
}

/// Writes text as UTF-8 into `buffer` from `offset` on, growing the buffer when needed and never shrinking it;
/// returns the length written. The bytes are exactly toUtf8()'s. Written out rather than through
/// QStringEncoder: the demo's inserts of short Japanese strings took 6–15 % longer with Qt's encoder (and a
/// validity pass to keep toUtf8()'s '?' for a lone surrogate, where the encoder writes U+FFFD).
inline qsizetype writeUtf8(QStringView text, QByteArray &buffer, qsizetype offset = 0)
{
    const qsizetype n = text.size();
    if (buffer.size() < offset + n * 3)
        buffer.resize(offset + n * 3);
    char *const start = buffer.data() + offset;
    char *d = start;
    const char16_t *p = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (c < 0x80) {
            *d++ = char(c);
        } else if (c < 0x800) {
            *d++ = char(0xC0 | (c >> 6));
            *d++ = char(0x80 | (c & 0x3F));
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            // Outside the BMP, or a broken pair: Qt's conversion (four bytes a pair, '?' for a lone half).
            const QByteArray bytes = text.toUtf8();
            if (buffer.size() < offset + bytes.size())
                buffer.resize(offset + bytes.size());
            std::copy(bytes.cbegin(), bytes.cend(), buffer.begin() + offset);
            return bytes.size();
        } else {
            *d++ = char(0xE0 | (c >> 12));
            *d++ = char(0x80 | ((c >> 6) & 0x3F));
            *d++ = char(0x80 | (c & 0x3F));
        }
    }
    return d - start;
}

} // namespace alumnidesk
