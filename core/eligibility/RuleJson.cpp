#include "eligibility/RuleJson.h"

#include "roster/Vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace alumnidesk::eligibility {

namespace {

const QString kFormat = QStringLiteral("alumnidesk-rules");
constexpr int kFormatVersion = 1;
constexpr int kMaxDepth = 16;

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString index(const QString &path, int i)
{
    return path + QStringLiteral("[%1]").arg(i);
}

QString quoted(const QString &s)
{
    return QStringLiteral("“%1”").arg(s);
}

QJsonObject textJson(const LocalizedText &t)
{
    return QJsonObject{{QStringLiteral("ja"), t.ja}, {QStringLiteral("en"), t.en}};
}

QStringList vocabularyKeys(Field f)
{
    QVector<vocabulary::Term> terms;
    if (f == Field::DepartureType)
        terms = vocabulary::departureTypes();
    else if (f == Field::EmploymentType)
        terms = vocabulary::employmentTypes();
    else if (f == Field::MembershipStatus)
        terms = vocabulary::membershipStatuses();
    QStringList keys;
    for (const auto &t : terms)
        keys.append(t.key);
    return keys;
}

// Collects every problem of one document; each is "path: why".
class Reader {
public:
    QStringList problems;

    void problem(const QString &path, const QString &why)
    {
        problems.append(path.isEmpty() ? why : path + QStringLiteral(": ") + why);
    }

    bool isObject(const QJsonValue &v, const QString &path)
    {
        if (v.isObject())
            return true;
        problem(path, QCoreApplication::translate("Eligibility", "expected an object ({…})."));
        return false;
    }

    void onlyKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                problem(join(path, it.key()), QCoreApplication::translate("Eligibility", "unknown key; expected one of: %1.").arg(allowed.join(QStringLiteral(", "))));
        }
    }

    QString text(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                problem(join(path, key), QCoreApplication::translate("Eligibility", "missing."));
            return QString();
        }
        if (!v.isString()) {
            problem(join(path, key), QCoreApplication::translate("Eligibility", "expected text in double quotes."));
            return QString();
        }
        return v.toString();
    }

    bool wholeNumber(const QJsonValue &v, const QString &path, int max, int *out)
    {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d))) {
            problem(path, QCoreApplication::translate("Eligibility", "expected a whole number."));
            return false;
        }
        if (d < 0 || d > max) {
            problem(path, QCoreApplication::translate("Eligibility", "must be between 0 and %1.").arg(max));
            return false;
        }
        *out = int(d);
        return true;
    }

    LocalizedText localized(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        LocalizedText t;
        const QJsonValue v = o.value(key);
        const QString p = join(path, key);
        if (v.isUndefined()) {
            if (required)
                problem(p, QCoreApplication::translate("Eligibility", "missing; give {\"ja\": …, \"en\": …}."));
            return t;
        }
        if (!isObject(v, p))
            return t;
        const QJsonObject to = v.toObject();
        onlyKeys(to, p, {QStringLiteral("ja"), QStringLiteral("en")});
        t.ja = text(to, QStringLiteral("ja"), p, false);
        t.en = text(to, QStringLiteral("en"), p, false);
        if (required && t.isEmpty())
            problem(p, QCoreApplication::translate("Eligibility", "a name in Japanese or English is needed."));
        return t;
    }

    Condition condition(const QJsonValue &v, const QString &path, int depth)
    {
        Condition c;
        if (!isObject(v, path))
            return c;
        if (depth > kMaxDepth) {
            problem(path, QCoreApplication::translate("Eligibility", "conditions are nested more than %1 deep.").arg(kMaxDepth));
            return c;
        }
        const QJsonObject o = v.toObject();
        const QStringList kinds{QStringLiteral("all"), QStringLiteral("any"), QStringLiteral("not"), QStringLiteral("field")};
        QStringList present;
        for (const QString &k : kinds) {
            if (o.contains(k))
                present.append(k);
        }
        if (present.size() != 1) {
            problem(path, QCoreApplication::translate("Eligibility", "give exactly one of “all”, “any”, “not” or “field”."));
            return c;
        }
        const QString kind = present.constFirst();
        if (kind == QLatin1String("all") || kind == QLatin1String("any")) {
            onlyKeys(o, path, {kind});
            c.kind = kind == QLatin1String("all") ? Condition::Kind::All : Condition::Kind::Any;
            const QString p = join(path, kind);
            const QJsonValue list = o.value(kind);
            if (!list.isArray()) {
                problem(p, QCoreApplication::translate("Eligibility", "expected a list ([…]) of conditions."));
                return c;
            }
            const QJsonArray a = list.toArray();
            if (a.isEmpty())
                problem(p, QCoreApplication::translate("Eligibility", "a group needs at least one condition."));
            for (int i = 0; i < a.size(); ++i)
                c.children.append(condition(a.at(i), index(p, i), depth + 1));
            return c;
        }
        if (kind == QLatin1String("not")) {
            onlyKeys(o, path, {kind});
            c.kind = Condition::Kind::Not;
            c.children.append(condition(o.value(kind), join(path, kind), depth + 1));
            return c;
        }
        c.kind = Condition::Kind::Leaf;
        c.leaf = leaf(o, path);
        return c;
    }

    Leaf leaf(const QJsonObject &o, const QString &path)
    {
        Leaf l;
        onlyKeys(o, path, {QStringLiteral("field"), QStringLiteral("op"), QStringLiteral("value"), QStringLiteral("values")});
        const QString fieldKey = text(o, QStringLiteral("field"), path, true);
        QStringList fieldKeys;
        for (const FieldInfo &i : fields())
            fieldKeys.append(QString::fromLatin1(i.key));
        if (!fieldKey.isNull() && !fieldFromKey(fieldKey, &l.field)) {
            problem(join(path, QStringLiteral("field")),
                    QCoreApplication::translate("Eligibility", "%1 is not a field; use one of: %2.").arg(quoted(fieldKey), fieldKeys.join(QStringLiteral(", "))));
            return l;
        }
        if (fieldKey.isNull())
            return l;
        const FieldKind kind = fieldInfo(l.field).kind;
        QStringList opKeys;
        for (Op op : opsFor(kind))
            opKeys.append(opKey(op));
        const QString opText = text(o, QStringLiteral("op"), path, true);
        if (opText.isNull())
            return l;
        if (!opFromKey(opText, &l.op) || !opAllowed(kind, l.op)) {
            problem(join(path, QStringLiteral("op")), QCoreApplication::translate("Eligibility", "%1 cannot be used with the field %2; use one of: %3.")
                                                          .arg(quoted(opText), quoted(fieldKey), opKeys.join(QStringLiteral(", "))));
            return l;
        }
        const QString valuePath = join(path, QStringLiteral("value"));
        switch (kind) {
        case FieldKind::Months:
            l.number = months(o.value(QStringLiteral("value")), valuePath);
            break;
        case FieldKind::Years:
            if (!o.contains(QStringLiteral("value")))
                problem(valuePath, QCoreApplication::translate("Eligibility", "missing; give a number of years."));
            else
                wholeNumber(o.value(QStringLiteral("value")), valuePath, 150, &l.number);
            break;
        case FieldKind::Choice:
            l.values = choiceValues(l.field, o.value(QStringLiteral("values")), join(path, QStringLiteral("values")));
            break;
        case FieldKind::Flag:
            break;
        }
        if (kind != FieldKind::Choice && o.contains(QStringLiteral("values")))
            problem(join(path, QStringLiteral("values")), QCoreApplication::translate("Eligibility", "only fields with a set of values take “values”."));
        if ((kind == FieldKind::Choice || kind == FieldKind::Flag) && o.contains(QStringLiteral("value")))
            problem(valuePath, QCoreApplication::translate("Eligibility", "this field takes no “value”."));
        return l;
    }

    int months(const QJsonValue &v, const QString &path)
    {
        if (v.isUndefined()) {
            problem(path, QCoreApplication::translate("Eligibility", "missing; give {\"years\": Y, \"months\": M}."));
            return 0;
        }
        if (!isObject(v, path))
            return 0;
        const QJsonObject o = v.toObject();
        onlyKeys(o, path, {QStringLiteral("years"), QStringLiteral("months")});
        if (!o.contains(QStringLiteral("years")) && !o.contains(QStringLiteral("months"))) {
            problem(path, QCoreApplication::translate("Eligibility", "give “years”, “months” or both."));
            return 0;
        }
        int y = 0;
        int m = 0;
        if (o.contains(QStringLiteral("years")))
            wholeNumber(o.value(QStringLiteral("years")), join(path, QStringLiteral("years")), 100, &y);
        if (o.contains(QStringLiteral("months")))
            wholeNumber(o.value(QStringLiteral("months")), join(path, QStringLiteral("months")), 1200, &m);
        return y * 12 + m;
    }

    QStringList choiceValues(Field f, const QJsonValue &v, const QString &path)
    {
        QStringList out;
        if (!v.isArray()) {
            problem(path, v.isUndefined() ? QCoreApplication::translate("Eligibility", "missing; give a list of values.") : QCoreApplication::translate("Eligibility", "expected a list ([…]) of values."));
            return out;
        }
        const QJsonArray a = v.toArray();
        if (a.isEmpty())
            problem(path, QCoreApplication::translate("Eligibility", "give at least one value."));
        const QStringList allowed = vocabularyKeys(f);
        for (int i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                problem(index(path, i), QCoreApplication::translate("Eligibility", "expected text in double quotes."));
                continue;
            }
            const QString s = a.at(i).toString();
            if (!allowed.isEmpty() && !allowed.contains(s)) {
                problem(index(path, i), QCoreApplication::translate("Eligibility", "%1 is not a value of %2; use one of: %3.")
                                            .arg(quoted(s), fieldLabel(f), allowed.join(QStringLiteral(", "))));
                continue;
            }
            if (out.contains(s))
                problem(index(path, i), QCoreApplication::translate("Eligibility", "%1 is listed twice.").arg(quoted(s)));
            else
                out.append(s);
        }
        return out;
    }

    RuleSet ruleSet(const QJsonValue &v, const QString &path)
    {
        RuleSet set;
        if (!isObject(v, path))
            return set;
        const QJsonObject o = v.toObject();
        onlyKeys(o, path, {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("rules")});
        set.key = text(o, QStringLiteral("key"), path, true);
        static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
        if (!set.key.isNull() && !keyPattern.match(set.key).hasMatch())
            problem(join(path, QStringLiteral("key")),
                    QCoreApplication::translate("Eligibility", "%1 is not a valid key: use 1–40 lower-case letters, digits and underscores, starting with a letter.").arg(quoted(set.key)));
        set.name = localized(o, QStringLiteral("name"), path, true);
        set.description = localized(o, QStringLiteral("description"), path, false);
        const QString rulesPath = join(path, QStringLiteral("rules"));
        const QJsonValue rules = o.value(QStringLiteral("rules"));
        if (!rules.isArray()) {
            problem(rulesPath, rules.isUndefined() ? QCoreApplication::translate("Eligibility", "missing; give a list of rules.") : QCoreApplication::translate("Eligibility", "expected a list ([…]) of rules."));
            return set;
        }
        const QJsonArray a = rules.toArray();
        QSet<QString> ids;
        for (int i = 0; i < a.size(); ++i) {
            const QString p = index(rulesPath, i);
            if (!isObject(a.at(i), p))
                continue;
            const QJsonObject ro = a.at(i).toObject();
            onlyKeys(ro, p, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("when"), QStringLiteral("on_fail")});
            Rule r;
            r.id = text(ro, QStringLiteral("id"), p, true);
            if (!r.id.isNull() && !keyPattern.match(r.id).hasMatch())
                problem(join(p, QStringLiteral("id")),
                        QCoreApplication::translate("Eligibility", "%1 is not a valid id: use 1–40 lower-case letters, digits and underscores, starting with a letter.").arg(quoted(r.id)));
            else if (!r.id.isNull() && ids.contains(r.id))
                problem(join(p, QStringLiteral("id")), QCoreApplication::translate("Eligibility", "the id %1 is used by another rule of this set.").arg(quoted(r.id)));
            ids.insert(r.id);
            r.name = localized(ro, QStringLiteral("name"), p, true);
            const QString outcome = text(ro, QStringLiteral("on_fail"), p, true);
            if (!outcome.isNull() && !outcomeFromKey(outcome, &r.onFail))
                problem(join(p, QStringLiteral("on_fail")), QCoreApplication::translate("Eligibility", "%1 is not an outcome; use “blocks” or “needs_review”.").arg(quoted(outcome)));
            if (!ro.contains(QStringLiteral("when")))
                problem(join(p, QStringLiteral("when")), QCoreApplication::translate("Eligibility", "missing; give the condition the rule checks."));
            else
                r.condition = condition(ro.value(QStringLiteral("when")), join(p, QStringLiteral("when")), 1);
            set.rules.append(r);
        }
        return set;
    }

    Error error() const
    {
        const int count = int(problems.size());
        return Error{QCoreApplication::translate("Eligibility", "The rules are not valid: %n problem(s).", nullptr, count),
                     problems.join(QLatin1Char('\n'))};
    }
};

} // namespace

QJsonObject conditionToJson(const Condition &c)
{
    switch (c.kind) {
    case Condition::Kind::All:
    case Condition::Kind::Any: {
        QJsonArray a;
        for (const Condition &child : c.children)
            a.append(conditionToJson(child));
        return QJsonObject{{c.kind == Condition::Kind::All ? QStringLiteral("all") : QStringLiteral("any"), a}};
    }
    case Condition::Kind::Not:
        return QJsonObject{{QStringLiteral("not"), c.children.isEmpty() ? QJsonObject() : conditionToJson(c.children.constFirst())}};
    case Condition::Kind::Leaf:
        break;
    }
    const FieldInfo &info = fieldInfo(c.leaf.field);
    QJsonObject o{{QStringLiteral("field"), QString::fromLatin1(info.key)}, {QStringLiteral("op"), opKey(c.leaf.op)}};
    switch (info.kind) {
    case FieldKind::Months:
        o.insert(QStringLiteral("value"), QJsonObject{{QStringLiteral("years"), c.leaf.number / 12},
                                                       {QStringLiteral("months"), c.leaf.number % 12}});
        break;
    case FieldKind::Years:
        o.insert(QStringLiteral("value"), c.leaf.number);
        break;
    case FieldKind::Choice:
        o.insert(QStringLiteral("values"), QJsonArray::fromStringList(c.leaf.values));
        break;
    case FieldKind::Flag:
        break;
    }
    return o;
}

QJsonObject ruleSetToJson(const RuleSet &set)
{
    QJsonArray rules;
    for (const Rule &r : set.rules) {
        rules.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("name"), textJson(r.name)},
                                 {QStringLiteral("on_fail"), outcomeKey(r.onFail)},
                                 {QStringLiteral("when"), conditionToJson(r.condition)}});
    }
    return QJsonObject{{QStringLiteral("key"), set.key},
                       {QStringLiteral("name"), textJson(set.name)},
                       {QStringLiteral("description"), textJson(set.description)},
                       {QStringLiteral("rules"), rules}};
}

Result<RuleSet> ruleSetFromJson(const QJsonValue &value, const QString &path)
{
    Reader r;
    RuleSet set = r.ruleSet(value, path);
    if (!r.problems.isEmpty())
        return r.error();
    return set;
}

Status validateRuleSet(const RuleSet &set)
{
    // The editor builds values in memory; they pass the same gate as a file by going through JSON.
    auto back = ruleSetFromJson(ruleSetToJson(set));
    if (!back)
        return back.error();
    return {};
}

QByteArray rulesFileToJson(const QVector<RuleSet> &sets)
{
    QJsonArray a;
    for (const RuleSet &s : sets)
        a.append(ruleSetToJson(s));
    const QJsonObject doc{{QStringLiteral("format"), kFormat},
                          {QStringLiteral("format_version"), kFormatVersion},
                          {QStringLiteral("rule_sets"), a}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

Result<QVector<RuleSet>> rulesFileFromJson(const QByteArray &json)
{
    Reader r;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        r.problem(QString(), QCoreApplication::translate("Eligibility", "not valid JSON at line %1, column %2: %3.").arg(line).arg(column).arg(parseError.errorString()));
        return r.error();
    }
    if (!doc.isObject()) {
        r.problem(QString(), QCoreApplication::translate("Eligibility", "the file must hold one JSON object with “format” and “rule_sets”."));
        return r.error();
    }
    const QJsonObject o = doc.object();
    r.onlyKeys(o, QString(), {QStringLiteral("format"), QStringLiteral("format_version"), QStringLiteral("rule_sets")});
    const QString format = r.text(o, QStringLiteral("format"), QString(), true);
    if (!format.isNull() && format != kFormat)
        r.problem(QStringLiteral("format"), QCoreApplication::translate("Eligibility", "%1 is not an AlumniDesk rules file (expected %2).").arg(quoted(format), quoted(kFormat)));
    int version = 0;
    if (!o.contains(QStringLiteral("format_version")))
        r.problem(QStringLiteral("format_version"), QCoreApplication::translate("Eligibility", "missing."));
    else if (r.wholeNumber(o.value(QStringLiteral("format_version")), QStringLiteral("format_version"), 1000, &version)
             && version != kFormatVersion)
        r.problem(QStringLiteral("format_version"), QCoreApplication::translate("Eligibility", "version %1 is not supported; this AlumniDesk reads version %2.").arg(version).arg(kFormatVersion));
    QVector<RuleSet> sets;
    const QJsonValue list = o.value(QStringLiteral("rule_sets"));
    if (!list.isArray()) {
        r.problem(QStringLiteral("rule_sets"), list.isUndefined() ? QCoreApplication::translate("Eligibility", "missing; give a list of rule sets.") : QCoreApplication::translate("Eligibility", "expected a list ([…]) of rule sets."));
        return r.error();
    }
    const QJsonArray a = list.toArray();
    QSet<QString> keys;
    for (int i = 0; i < a.size(); ++i) {
        const QString path = index(QStringLiteral("rule_sets"), i);
        RuleSet s = r.ruleSet(a.at(i), path);
        if (!s.key.isEmpty() && keys.contains(s.key))
            r.problem(join(path, QStringLiteral("key")), QCoreApplication::translate("Eligibility", "the key %1 appears twice in this file.").arg(quoted(s.key)));
        keys.insert(s.key);
        sets.append(s);
    }
    if (!r.problems.isEmpty())
        return r.error();
    return sets;
}

} // namespace alumnidesk::eligibility
