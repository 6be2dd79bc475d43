#include "db/RowValues.h"

#include "db/BoundValue.h"
#include "db/SqlUtil.h"
#include "db/Statement.h"

#include <algorithm>

#include <cstring>

namespace alumnidesk {

void RowValues::clear()
{
    m_used = 0;
    m_slots.clear();
}

char *RowValues::reserveBytes(qsizetype more)
{
    if (m_bytes.size() < m_used + more)
        m_bytes.resize(std::max(m_used + more, 2 * m_bytes.size()));
    return m_bytes.data() + m_used;
}

void RowValues::addNull()
{
    m_slots.push_back({0, 0, Kind::Null});
}

void RowValues::addInt(qint64 value)
{
    m_slots.push_back({value, 0, Kind::Int});
}

void RowValues::addText(QStringView text)
{
    // Encoded straight into the row's buffer: no temporary QByteArray per value. The buffer keeps its size
    // between rows, so writeUtf8 does not resize it once it is large enough.
    const qsizetype size = writeUtf8(text, m_bytes, m_used);
    m_slots.push_back({m_used, qint32(size), Kind::Text});
    m_used += size;
}

void RowValues::addBytes(Kind kind, const char *data, qsizetype size)
{
    char *d = reserveBytes(size);
    if (size > 0)
        std::memcpy(d, data, size_t(size));
    m_slots.push_back({m_used, qint32(size), kind});
    m_used += size;
}

void RowValues::addBlob(QByteArrayView bytes)
{
    addBytes(Kind::Blob, bytes.data(), bytes.size());
}

void RowValues::addIsoDate(const QDate &date, bool nullWhenInvalid)
{
    if (!date.isValid() && nullWhenInvalid) {
        addNull();
        return;
    }
    char *d = reserveBytes(10);
    if (sql::writeIsoDate(date, d)) {
        m_slots.push_back({m_used, 10, Kind::Text});
        m_used += 10;
    } else {
        addText(date.toString(Qt::ISODate)); // invalid (empty text), or a year sql::writeIsoDate leaves to Qt
    }
}

void RowValues::addDate(const QDate &date)
{
    addIsoDate(date, true);
}

void RowValues::addDateText(const QDate &date)
{
    addIsoDate(date, false);
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
    bindTo(statement, first, 0, size());
}

void RowValues::bindTo(Statement &statement, int first, int from, int count) const
{
    const char *bytes = m_bytes.constData();
    first -= from;
    for (int i = from; i < from + count; ++i) {
        const Slot &s = m_slots[size_t(i)];
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
    for (size_t i = 0; i < m_slots.size(); ++i) {
        const Slot &a = m_slots[i];
        const Slot &b = other.m_slots[i];
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
