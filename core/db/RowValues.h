// One row's values already in the form the database stores them — integers, NULLs, and UTF-8 text and
// blobs back to back in one buffer — so that a bulk load can build its rows on one thread and the thread
// that owns the connection only binds and steps. Reused row after row, it allocates nothing once grown.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QVariant>

#include <vector>

namespace alumnidesk {

class Statement;

class RowValues {
public:
    /// Empties the row, keeping its buffers.
    void clear();
    void addNull();
    void addInt(qint64 value);
    /// Text, never NULL: a null QString is stored as empty text.
    void addText(QStringView text);
    void addBlob(QByteArrayView bytes);
    /// A date as sql::dateValue() gives it: its ISO text, NULL when invalid.
    void addDate(const QDate &date);
    /// A date as QDate::toString(Qt::ISODate) gives it, never NULL: an invalid date is empty text.
    void addDateText(const QDate &date);
    /// As Statement::bindValue binds it: a null QVariant is NULL, numbers and booleans are integers, a
    /// QByteArray is a blob, anything else is its text.
    void add(const QVariant &value);

    int size() const { return int(m_slots.size()); }
    /// Value i as added with addInt() (0 for a value of another kind).
    qint64 integerAt(int i) const
    {
        const Slot &slot = m_slots[size_t(i)];
        return slot.kind == Kind::Int ? slot.number : 0;
    }
    /// Binds value i to parameter first + i. The row must stay alive and unchanged until the statement ran.
    void bindTo(Statement &statement, int first = 0) const;
    /// Binds values from … from + count - 1 to parameters first, first + 1, …
    void bindTo(Statement &statement, int first, int from, int count) const;

    /// The same values of the same kinds, in the same order.
    bool operator==(const RowValues &other) const;
    bool operator!=(const RowValues &other) const { return !(*this == other); }

private:
    enum class Kind : quint8 { Null, Int, Text, Blob };
    // 16 bytes: a row's slots are written once and read once, a few thousand rows apart (the read-ahead's
    // batches), so their size is memory traffic.
    struct Slot {
        qint64 number; ///< the integer, or the offset of the bytes in m_bytes
        qint32 size;   ///< of the bytes (one value's text is far below 2 GB)
        Kind kind;
    };
    void addBytes(Kind kind, const char *data, qsizetype size);
    /// Room for `more` bytes past m_used (the buffer grows and never shrinks; its size is not the row's).
    char *reserveBytes(qsizetype more);
    void addIsoDate(const QDate &date, bool nullWhenInvalid);

    QByteArray m_bytes;      ///< the values' bytes are its first m_used
    qsizetype m_used = 0;
    std::vector<Slot> m_slots; ///< a plain vector: Qt's containers cost a detach check per append
};

} // namespace alumnidesk
