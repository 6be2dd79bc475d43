// What both ways of handing values to the database need: how a QVariant is stored (NULL, integer, real, blob
// or text — SqliteStatement::bindValue and RowValues::add dispatch on it) and UTF-8 written into a reused
// buffer (a bulk load binds forty strings a row; QString::toUtf8 would allocate an array for each).
#pragma once

#include <QByteArray>
#include <QStringEncoder>
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

/// Writes text as UTF-8 into `buffer` from `offset` on (Qt's encoder, the bytes toUtf8() gives), growing the
/// buffer when needed and never shrinking it; returns the length written.
inline qsizetype writeUtf8(QStringView text, QByteArray &buffer, qsizetype offset = 0)
{
    if (!text.isValidUtf16()) {
        // A lone surrogate: toUtf8() writes '?', the encoder U+FFFD; the bytes stay toUtf8()'s.
        const QByteArray bytes = text.toUtf8();
        if (buffer.size() < offset + bytes.size())
            buffer.resize(offset + bytes.size());
        std::copy(bytes.cbegin(), bytes.cend(), buffer.begin() + offset);
        return bytes.size();
    }
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    const qsizetype needed = offset + encoder.requiredSpace(text.size());
    if (buffer.size() < needed)
        buffer.resize(needed);
    char *end = encoder.appendToBuffer(buffer.data() + offset, text);
    return end - (buffer.constData() + offset);
}

} // namespace alumnidesk
