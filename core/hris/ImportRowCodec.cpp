#include "hris/ImportRowCodec.h"

#include <QDataStream>
#include <QIODevice>

namespace alumnidesk::hris {

namespace {

constexpr quint8 kVersion = 1;

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

// QDataStream reads with >>; this adapter lets fields() be written once with <<.
struct Reader {
    QDataStream &in;
    template<typename T>
    Reader &operator<<(T &value)
    {
        in >> value;
        return *this;
    }
};

} // namespace

QByteArray encodeImportRow(const ImportRow &row)
{
    QByteArray bytes;
    bytes.reserve(1024); // a row is a few hundred bytes: no growing on the way
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    // Little-endian, the byte order of the machines this runs on: text is copied as it is instead of being
    // byte-swapped character by character (the staging never leaves the machine).
    out.setByteOrder(QDataStream::LittleEndian);
    out << kVersion;
    fields(out, row, row.person, row.stint);
    return bytes;
}

ImportRow decodeImportRow(int line, const QByteArray &bytes)
{
    ImportRow row;
    row.line = line;
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    in.setByteOrder(QDataStream::LittleEndian);
    quint8 version = 0;
    in >> version;
    Reader r{in};
    fields(r, row, row.person, row.stint);
    row.person.employeeId = row.employeeId;
    return row;
}

} // namespace alumnidesk::hris
