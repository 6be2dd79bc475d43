#include "hris/ImportRowCodec.h"

#include <QtEndian>

#include <cstring>
#include <limits>

namespace alumnidesk::hris {

namespace {

// The form, little-endian: a version byte, then each field in the order fields() lists them — a text as its
// length in UTF-16 units (-1 for a null one) and its UTF-16 units, a date as its Julian day (an invalid
// date's included), a flag as one byte, a list as its count and its items. Written by hand rather than with
// QDataStream over a QBuffer: its virtual calls and checks per value were a tenth of the reading thread's
// time. It is read back only within the same import, by decodeImportRow().
constexpr quint8 kVersion = 2;

// One function for both directions keeps the field order of writing and reading the same.
template<typename Stream, typename Row, typename Alum, typename St>
void fields(Stream &s, Row &row, Alum &a, St &t)
{
    s << row.employeeId;
    s << a.familyName << a.givenName << a.familyKana << a.givenKana << a.birthDate << a.email << a.secondaryEmail
      << a.phone << a.prefecture << a.currentEmployer << a.currentTitle << a.currentIndustry << a.skills << a.tags
      << a.membershipStatus << a.consentNewsletter << a.consentEvents << a.consentJobOffers << a.relationshipOwner
      << a.lastContactDate << a.notes << a.hrMisconduct << a.hrDoNotRehire << a.hrNote;
    s << row.hasStint << t.groupCompany << t.hireDate << t.departureDate << t.department << t.position << t.grade
      << t.employmentType << t.departureType << t.departureReason;
    s << row.customAttributes;
}

// The encoded size, counted with the writer's own rules so that the buffer is sized once.
struct Sizer {
    qsizetype bytes = 1; // the version
    Sizer &operator<<(const QString &s)
    {
        bytes += 4 + 2 * s.size();
        return *this;
    }
    Sizer &operator<<(const QDate &) { return bytes += 8, *this; }
    Sizer &operator<<(bool) { return bytes += 1, *this; }
    Sizer &operator<<(const QStringList &list)
    {
        bytes += 4;
        for (const QString &s : list)
            *this << s;
        return *this;
    }
    Sizer &operator<<(const QVector<QPair<QString, QString>> &pairs)
    {
        bytes += 4;
        for (const auto &p : pairs)
            *this << p.first << p.second;
        return *this;
    }
};

// Writes into a buffer Sizer sized: no checks per value.
struct Writer {
    char *d;
    void int32(qint32 v)
    {
        qToLittleEndian(v, d);
        d += 4;
    }
    Writer &operator<<(const QString &s)
    {
        if (s.isNull()) {
            int32(-1);
            return *this;
        }
        const qsizetype n = s.size();
        int32(qint32(n));
        qToLittleEndian<char16_t>(s.utf16(), n, d);
        d += 2 * n;
        return *this;
    }
    Writer &operator<<(const QDate &date)
    {
        qToLittleEndian(qint64(date.toJulianDay()), d);
        d += 8;
        return *this;
    }
    Writer &operator<<(bool b)
    {
        *d++ = char(b ? 1 : 0);
        return *this;
    }
    Writer &operator<<(const QStringList &list)
    {
        int32(qint32(list.size()));
        for (const QString &s : list)
            *this << s;
        return *this;
    }
    Writer &operator<<(const QVector<QPair<QString, QString>> &pairs)
    {
        int32(qint32(pairs.size()));
        for (const auto &p : pairs)
            *this << p.first << p.second;
        return *this;
    }
};

// Reads what Writer wrote. Bytes that end early (never from encodeImportRow) leave the remaining fields
// empty instead of reading past the end.
struct Reader {
    const char *d;
    const char *end;
    bool ok = true;

    bool has(qsizetype n)
    {
        if (ok && end - d >= n)
            return true;
        ok = false;
        return false;
    }
    qint32 int32()
    {
        if (!has(4))
            return 0;
        const qint32 v = qFromLittleEndian<qint32>(d);
        d += 4;
        return v;
    }
    Reader &operator<<(QString &s)
    {
        const qint32 n = int32();
        if (n < 0 || !has(2 * qsizetype(n))) {
            s = QString();
            return *this;
        }
        if (n == 0) {
            s = QStringLiteral(""); // empty, not null: as it was written
            return *this;
        }
        s.resize(n);
        qFromLittleEndian<char16_t>(d, n, s.data());
        d += 2 * qsizetype(n);
        return *this;
    }
    Reader &operator<<(QDate &date)
    {
        if (!has(8)) {
            date = QDate();
            return *this;
        }
        date = QDate::fromJulianDay(qFromLittleEndian<qint64>(d));
        d += 8;
        return *this;
    }
    Reader &operator<<(bool &b)
    {
        b = has(1) && *d++ != 0;
        return *this;
    }
    Reader &operator<<(QStringList &list)
    {
        const qint32 n = int32();
        list.clear();
        for (qint32 i = 0; i < n && ok; ++i) {
            QString s;
            *this << s;
            list.append(s);
        }
        return *this;
    }
    Reader &operator<<(QVector<QPair<QString, QString>> &pairs)
    {
        const qint32 n = int32();
        pairs.clear();
        for (qint32 i = 0; i < n && ok; ++i) {
            QPair<QString, QString> p;
            *this << p.first << p.second;
            pairs.append(p);
        }
        return *this;
    }
};

} // namespace

void encodeImportRow(const ImportRow &row, QByteArray &out)
{
    Sizer size;
    fields(size, row, row.person, row.stint);
    out.resize(size.bytes); // keeps the buffer's capacity: reused row after row, it allocates nothing
    Writer w{out.data()};
    *w.d++ = char(kVersion);
    fields(w, row, row.person, row.stint);
    Q_ASSERT(w.d == out.constData() + out.size());
}

QByteArray encodeImportRow(const ImportRow &row)
{
    QByteArray bytes;
    encodeImportRow(row, bytes);
    return bytes;
}

ImportRow decodeImportRow(int line, QByteArrayView bytes)
{
    ImportRow row;
    row.line = line;
    Reader r{bytes.data(), bytes.data() + bytes.size()};
    if (r.has(1) && quint8(*r.d++) == kVersion)
        fields(r, row, row.person, row.stint);
    row.person.employeeId = row.employeeId;
    return row;
}

} // namespace alumnidesk::hris
