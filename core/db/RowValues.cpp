#include "db/RowValues.h"

#include "db/Statement.h"

#include <QStringEncoder>

namespace alumnidesk {

void RowValues::clear()
{
    m_bytes.resize(0);
    m_slots.resize(0);
}

void RowValues::addNull()
{
    m_slots.append({Kind::Null, 0, 0});
}

void RowValues::addInt(qint64 value)
{
    m_slots.append({Kind::Int, value, 0});
}

void RowValues::addText(QStringView text)
{
    // Encoded straight into the row's buffer: no temporary QByteArray per value.
    const qsizetype offset = m_bytes.size();
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    m_bytes.resize(offset + encoder.requiredSpace(text.size()));
    char *end = encoder.appendToBuffer(m_bytes.data() + offset, text);
    const qsizetype size = end - (m_bytes.constData() + offset);
    m_bytes.resize(offset + size);
    m_slots.append({Kind::Text, offset, size});
}

void RowValues::addBytes(Kind kind, const char *data, qsizetype size)
{
    const qsizetype offset = m_bytes.size();
    m_bytes.append(data, size);
    m_slots.append({kind, offset, size});
}

void RowValues::addBlob(const QByteArray &bytes)
{
    addBytes(Kind::Blob, bytes.constData(), bytes.size());
}

void RowValues::add(const QVariant &value)
{
    if (value.isNull()) {
        addNull();
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        addInt(value.toLongLong());
        return;
    case QMetaType::QByteArray:
        addBlob(value.toByteArray());
        return;
    case QMetaType::QString:
        addText(*static_cast<const QString *>(value.constData()));
        return;
    default:
        addText(value.toString());
    }
}

void RowValues::bindTo(Statement &statement, int first) const
{
    bindTo(statement, first, 0, int(m_slots.size()));
}

void RowValues::bindTo(Statement &statement, int first, int from, int count) const
{
    const char *bytes = m_bytes.constData();
    first -= from;
    for (int i = from; i < from + count; ++i) {
        const Slot &s = m_slots.at(i);
        switch (s.kind) {
        case Kind::Null:
            statement.bindNull(first + i);
            break;
        case Kind::Int:
            statement.bindInt(first + i, s.number);
            break;
        case Kind::Text:
            statement.bindUtf8(first + i, QByteArrayView(bytes + s.number, s.size));
            break;
        case Kind::Blob:
            statement.bindBlob(first + i, QByteArrayView(bytes + s.number, s.size));
            break;
        }
    }
}

} // namespace alumnidesk
