#include "import/ImportChangeModel.h"

#include "hris/ImportField.h"
#include "hris/ImportPlan.h"
#include "roster/Vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace alumnidesk::ui {

namespace {

QString stintText(const QJsonObject &s)
{
    const QString hire = s.value(QLatin1String("hire_date")).toString();
    const QString departure = s.value(QLatin1String("departure_date")).toString();
    QStringList parts{QStringLiteral("%1 – %2").arg(hire, departure)};
    for (const char *key : {"group_company", "department", "position"}) {
        const QString v = s.value(QLatin1String(key)).toString();
        if (!v.isEmpty())
            parts.append(v);
    }
    const QString type = s.value(QLatin1String("departure_type")).toString();
    if (!type.isEmpty())
        parts.append(vocabulary::departureTypeLabel(type));
    return parts.join(QStringLiteral(", "));
}

} // namespace

ImportChangeModel::ImportChangeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportChangeModel::setPlan(std::shared_ptr<const hris::ImportPlan> plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_rows.clear();
    if (m_plan) {
        for (int p = 0; p < m_plan->people.size(); ++p) {
            const hris::PlannedPerson &person = m_plan->people.at(p);
            if (person.action != hris::PlannedPerson::Update)
                continue;
            for (int c = 0; c < person.changes.size(); ++c)
                m_rows.append({p, c});
        }
    }
    endResetModel();
}

QString ImportChangeModel::fieldLabel(const QString &key)
{
    static const QString attribute = QStringLiteral("attribute:");
    if (key.startsWith(attribute))
        return tr("%1 (custom attribute)").arg(key.mid(attribute.size()));
    if (key == QLatin1String("stints"))
        return tr("Employment history");
    hris::ImportField field;
    if (hris::importFieldFromKey(key, &field))
        return hris::importFieldLabel(field);
    return key;
}

QStringList ImportChangeModel::stintTexts(const QString &json)
{
    QStringList stints;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &s : array)
        stints.append(stintText(s.toObject()));
    return stints;
}

QString ImportChangeModel::valueText(const QString &key, const QString &value)
{
    if (key == QLatin1String("stints"))
        return stintTexts(value).join(QStringLiteral("\n"));
    if (key == QLatin1String("membership_status"))
        return vocabulary::membershipStatusLabel(value);
    return value;
}

int ImportChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportChangeModel::data(const QModelIndex &index, int role) const
{
    if (!m_plan || index.row() < 0 || index.row() >= m_rows.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const hris::PlannedPerson &person = m_plan->people.at(m_rows.at(index.row()).first);
    const hris::FieldChange &change = person.changes.at(m_rows.at(index.row()).second);
    switch (Column(index.column())) {
    case EmployeeId:
        return person.after.employeeId;
    case Name:
        return person.after.displayName();
    case Field:
        return fieldLabel(change.field);
    case Before:
    case After: {
        const bool before = index.column() == Before;
        if (change.field == QLatin1String("stints") && role == Qt::DisplayRole) {
            // The cell shows only the periods that differ (the edited one, or the new stint of a boomerang):
            // the whole history would hide the change behind the ones that stay.
            const QStringList oldStints = stintTexts(change.oldValue);
            const QStringList newStints = stintTexts(change.newValue);
            QStringList differing;
            for (const QString &stint : before ? oldStints : newStints) {
                if (!(before ? newStints : oldStints).contains(stint))
                    differing.append(stint);
            }
            return differing.isEmpty() ? QStringLiteral("—") : differing.join(QStringLiteral(" / "));
        }
        // The tooltip has the whole value, each stint on a line of its own.
        return valueText(change.field, before ? change.oldValue : change.newValue);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case EmployeeId:
        return tr("Employee ID");
    case Name:
        return tr("Name");
    case Field:
        return tr("Field");
    case Before:
        return tr("Now");
    case After:
        return tr("After import");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace alumnidesk::ui
