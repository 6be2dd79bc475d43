#include "kpi/KpiFormat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace alumnidesk::kpi {

QString displayValue(const std::optional<double> &value, Unit unit, bool signedChange)
{
    if (!value)
        return QCoreApplication::translate("Kpi", "n/a");
    const QLocale l;
    const QString sign = signedChange && *value > 0 ? QStringLiteral("+") : QString();
    switch (unit) {
    case Unit::Count:
        return sign + l.toString(qint64(std::llround(*value)));
    case Unit::Percent:
        return signedChange ? QCoreApplication::translate("Kpi", "%1 pt").arg(sign + l.toString(*value, 'f', 1))
                            : l.toString(*value, 'f', 1) + QStringLiteral(" %");
    case Unit::Days:
        return QCoreApplication::translate("Kpi", "%1 days").arg(sign + l.toString(*value, 'f', 0));
    case Unit::Months:
        return QCoreApplication::translate("Kpi", "%1 months").arg(sign + l.toString(*value, 'f', 1));
    }
    return {};
}

QString plainNumber(const std::optional<double> &value)
{
    if (!value || !std::isfinite(*value))
        return {};
    QString s = QString::number(*value, 'f', 4);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

QString periodText(const Period &p)
{
    return p.isValid() ? p.fromText() + QStringLiteral(" – ") + p.toText() : QString();
}

} // namespace alumnidesk::kpi
