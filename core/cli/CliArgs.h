// A small option parser for command arguments: flags (--json), options with a value (--limit 20 or
// --limit=20) and positional arguments, with usage errors a user can act on.
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace alumnidesk::cli {

class CliArgs {
public:
    /// `flags` take no value; `options` take one. Anything else starting with -- is an error.
    CliArgs(const QStringList &args, const QStringList &flags, const QStringList &options);

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    bool has(const QString &name) const { return m_flags.contains(name) || m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const { return m_values.value(name, fallback); }
    /// An integer option in [min, max]; sets the parser's error when the value is not one.
    int intValue(const QString &name, int fallback, int min, int max);
    const QStringList &positional() const { return m_positional; }

private:
    QSet<QString> m_flags;
    QHash<QString, QString> m_values;
    QStringList m_positional;
    QString m_error;
};

} // namespace alumnidesk::cli
