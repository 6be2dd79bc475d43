#include "hris/ExportColumns.h"

#include "hris/ColumnMapping.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace alumnidesk::hris {

namespace {

bool exportable(ImportField f)
{
    return f != ImportField::Ignore && f != ImportField::Custom;
}

// The profile says which file wording means which roster key; an export needs the other direction. When
// several wordings mean the same key, the first in the profile's (sorted) order is written.
QHash<QString, QString> reversedValues(const QJsonObject &values)
{
    QHash<QString, QString> out;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString key = it.value().toString();
        if (!key.isEmpty() && !out.contains(key))
            out.insert(key, it.key());
    }
    return out;
}

QString fieldList(const QVector<ImportField> &fields)
{
    QStringList keys;
    for (ImportField f : fields)
        keys.append(importFieldKey(f));
    return keys.join(QStringLiteral(", "));
}

// An attribute whose name an import would take for a roster field comes back as that field (or is
// dropped as a duplicate), not as the attribute: say so rather than let the round trip change it silently.
QStringList headerNotes(const QVector<ExportColumn> &columns)
{
    QStringList headers;
    for (const ExportColumn &c : columns)
        headers.append(c.header);
    const ColumnMapping readBack = ColumnMapping::automatic(headers);
    QStringList notes;
    for (int i = 0; i < columns.size(); ++i) {
        const ImportField f = readBack.columns().at(i).field;
        if (columns.at(i).kind == ExportColumn::Attribute && f != ImportField::Custom)
            notes.append(QCoreApplication::translate("RosterExport",
                                                     "The custom attribute “%1” has a name an import reads as the roster "
                                                     "field %2; importing this file would not give it back as an attribute.")
                             .arg(columns.at(i).header, importFieldLabel(f)));
    }
    return notes;
}

} // namespace

QVector<ImportField> defaultExportFields()
{
    QVector<ImportField> out;
    for (ImportField f : importFields()) {
        if (exportable(f) && f != ImportField::FullName && f != ImportField::FullKana)
            out.append(f);
    }
    return out;
}

Result<ExportColumnPlan> planExportColumns(const QStringList &requested, const QStringList &attributeNames,
                                           const std::optional<QJsonObject> &profile, const QString &profileName)
{
    QVector<ImportField> fields;
    QStringList attributes;
    const bool everything = std::all_of(requested.begin(), requested.end(), [](const QString &k) { return k.trimmed().isEmpty(); });
    if (everything) {
        fields = defaultExportFields();
        attributes = attributeNames;
    }
    for (const QString &raw : requested) {
        const QString key = raw.trimmed();
        ImportField f;
        if (key.isEmpty()) {
            continue;
        } else if (importFieldFromKey(key, &f) && exportable(f)) {
            if (!fields.contains(f))
                fields.append(f);
        } else if (attributeNames.contains(key)) {
            if (!attributes.contains(key))
                attributes.append(key);
        } else {
            QVector<ImportField> known = defaultExportFields();
            known.append(ImportField::FullName);
            known.append(ImportField::FullKana);
            QString text = QCoreApplication::translate("RosterExport", "Columns are roster field keys (%1)").arg(fieldList(known));
            if (!attributeNames.isEmpty())
                text += QCoreApplication::translate("RosterExport", " or custom attributes (%1)").arg(attributeNames.join(QStringLiteral(", ")));
            return Error{QCoreApplication::translate("RosterExport", "There is no column “%1”.").arg(key), text + QLatin1Char('.')};
        }
    }

    ExportColumnPlan plan;
    if (!profile) {
        for (ImportField f : std::as_const(fields))
            plan.columns.append({ExportColumn::Field, f, QString(), importFieldKey(f), {}});
        for (const QString &a : std::as_const(attributes))
            plan.columns.append({ExportColumn::Attribute, ImportField::Custom, a, a, {}});
        plan.notes = headerNotes(plan.columns);
        if (plan.columns.isEmpty())
            return Error{QCoreApplication::translate("RosterExport", "No columns were chosen."), {}};
        return plan;
    }

    const QHash<QString, QString> departure = reversedValues(profile->value(QStringLiteral("departure_types")).toObject());
    const QHash<QString, QString> employment = reversedValues(profile->value(QStringLiteral("employment_types")).toObject());
    QVector<ImportField> used;
    QStringList usedAttributes;
    for (const QJsonValue &v : profile->value(QStringLiteral("columns")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString header = o.value(QStringLiteral("header")).toString();
        ImportField f;
        if (header.isEmpty() || !importFieldFromKey(o.value(QStringLiteral("field")).toString(), &f))
            continue;
        if (f == ImportField::Custom) {
            // The profile keeps an HR system's own columns (性別, 評価) as attributes under their header.
            if ((everything || attributes.contains(header)) && !usedAttributes.contains(header)) {
                plan.columns.append({ExportColumn::Attribute, ImportField::Custom, header, header, {}});
                usedAttributes.append(header);
            }
        } else if (exportable(f) && (everything || fields.contains(f))) {
            if (used.contains(f))
                continue;
            ExportColumn c{ExportColumn::Field, f, QString(), header, {}};
            if (f == ImportField::DepartureType)
                c.valueMap = departure;
            else if (f == ImportField::EmploymentType)
                c.valueMap = employment;
            plan.columns.append(c);
            used.append(f);
        }
    }

    // What was asked for and the profile has no column for. The name and reading count as given when the
    // profile writes them as one column (氏名, フリガナ).
    QStringList leftOut;
    for (ImportField f : std::as_const(fields)) {
        if (used.contains(f))
            continue;
        if ((f == ImportField::FamilyName || f == ImportField::GivenName) && used.contains(ImportField::FullName))
            continue;
        if ((f == ImportField::FamilyKana || f == ImportField::GivenKana) && used.contains(ImportField::FullKana))
            continue;
        leftOut.append(importFieldKey(f));
    }
    for (const QString &a : std::as_const(attributes)) {
        if (!usedAttributes.contains(a))
            leftOut.append(a);
    }
    if (!leftOut.isEmpty())
        plan.notes.append(QCoreApplication::translate("RosterExport", "The mapping profile “%1” has no column for these, so "
                                                                      "they were left out: %2.")
                              .arg(profileName, leftOut.join(QStringLiteral(", "))));
    if (plan.columns.isEmpty())
        return Error{QCoreApplication::translate("RosterExport", "The mapping profile “%1” maps none of the chosen columns.")
                         .arg(profileName),
                     {}};
    return plan;
}

} // namespace alumnidesk::hris
