// One row's values already in the form the database stores them — integers, NULLs, and UTF-8 text and
// blobs back to back in one buffer — so that a bulk load can build its rows on one thread and the thread
// that owns the connection only binds and steps. Reused row after row, it allocates nothing once grown.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QVector>

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
    void addBlob(const QByteArray &bytes);
    /// As Statement::bindValue binds it: a null QVariant is NULL, numbers and booleans are integers, a
    /// QByteArray is a blob, anything else is its text.
    void add(const QVariant &value);

    int size() const { return int(m_slots.size()); }
    /// Binds value i to parameter first + i. The row must stay alive and unchanged until the statement ran.
    void bindTo(Statement &statement, int first = 0) const;
    /// Binds values from … from + count - 1 to parameters first, first + 1, …
    void bindTo(Statement &statement, int first, int from, int count) const;

    /// The same values of the same kinds, in the same order.
    bool operator==(const RowValues &other) const;
    bool operator!=(const RowValues &other) const { return !(*this == other); }

private:
    enum class Kind : quint8 { Null, Int, Text, Blob };
    struct Slot {
        Kind kind;
        qint64 number; ///< the integer, or the offset of the bytes in m_bytes
        qsizetype size;
    };
    void addBytes(Kind kind, const char *data, qsizetype size);

    QByteArray m_bytes;
    QVector<Slot> m_slots;
};

} // namespace alumnidesk
