#include "cli/CliArgs.h"

#include <QCoreApplication>

namespace alumnidesk::cli {

CliArgs::CliArgs(const QStringList &args, const QStringList &flags, const QStringList &options)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--")) {
            m_positional += args.mid(i + 1);
            break;
        }
        if (!a.startsWith(QLatin1String("--")) || a.size() == 2) {
            m_positional.append(a);
            continue;
        }
        QString name = a.mid(2);
        QString inlineValue;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        const bool hasInline = eq >= 0;
        if (hasInline) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flags.contains(name) && !hasInline) {
            m_flags.insert(name);
        } else if (options.contains(name)) {
            if (hasInline) {
                m_values.insert(name, inlineValue);
            } else if (i + 1 < args.size()) {
                m_values.insert(name, args.at(++i));
            } else {
                m_error = QCoreApplication::translate("Cli", "The option --%1 needs a value.").arg(name);
                return;
            }
        } else {
            m_error = QCoreApplication::translate("Cli", "Unknown option --%1.").arg(name);
            return;
        }
    }
}

int CliArgs::intValue(const QString &name, int fallback, int min, int max)
{
    if (!m_values.contains(name))
        return fallback;
    bool ok = false;
    const int v = m_values.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        m_error = QCoreApplication::translate("Cli", "--%1 must be a whole number from %2 to %3, not “%4”.")
                      .arg(name)
                      .arg(min)
                      .arg(max)
                      .arg(m_values.value(name));
        return fallback;
    }
    return v;
}

} // namespace alumnidesk::cli
