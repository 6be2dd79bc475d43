#include "db/RowValues.h"

#include "db/BoundValue.h"
#include "db/Statement.h"

#include <cstring>

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
    const qsizetype size = writeUtf8(text, m_bytes, offset);
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
    switch (boundKind(value)) {
    case BoundKind::Null:
        addNull();
        return;
    case BoundKind::Integer:
        addInt(value.toLongLong());
        return;
    case BoundKind::Blob:
        addBlob(value.toByteArray());
        return;
    case BoundKind::Real: // kept as its text, as it always was here
    case BoundKind::Text:
        break;
    }
    if (value.typeId() == QMetaType::QString)
        addText(*static_cast<const QString *>(value.constData()));
    else
        addText(value.toString());
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

bool RowValues::operator==(const RowValues &other) const
{
    if (m_slots.size() != other.m_slots.size())
        return false;
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        const Slot &a = m_slots.at(i);
        const Slot &b = other.m_slots.at(i);
        if (a.kind != b.kind || a.size != b.size)
            return false;
        switch (a.kind) {
        case Kind::Null:
            break;
        case Kind::Int:
            if (a.number != b.number)
                return false;
            break;
        case Kind::Text:
        case Kind::Blob:
            if (std::memcmp(m_bytes.constData() + a.number, other.m_bytes.constData() + b.number, size_t(a.size)) != 0)
                return false;
            break;
        }
    }
    return true;
}

} // namespace alumnidesk
