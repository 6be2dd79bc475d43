#include "eligibility/LeafEditor.h"

#include "roster/Vocabulary.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>

namespace alumnidesk::ui {

using namespace eligibility;

namespace {

QSpinBox *spin(QWidget *parent, int max, const QString &suffix)
{
    auto *s = new QSpinBox(parent);
    s->setRange(0, max);
    s->setSuffix(suffix);
    return s;
}

QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *w = new QWidget(parent);
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->setAlignment(Qt::AlignTop);
    for (QWidget *x : widgets)
        l->addWidget(x);
    l->addStretch();
    return w;
}

} // namespace

LeafEditor::LeafEditor(QWidget *parent)
    : QWidget(parent)
    , m_field(new QComboBox(this))
    , m_op(new QComboBox(this))
    , m_values(new QStackedWidget(this))
    , m_years(spin(this, 60, tr(" years")))
    , m_months(spin(this, 11, tr(" months")))
    , m_monthsOnly(spin(this, 600, tr(" months")))
    , m_age(spin(this, 120, tr(" years old")))
    , m_choices(new QListWidget(this))
    , m_texts(new QPlainTextEdit(this))
    , m_flag(new QComboBox(this))
{
    for (const FieldInfo &f : fields())
        m_field->addItem(fieldLabel(f.field), int(f.field));
    m_flag->addItem(tr("Yes"), int(Op::IsSet));
    m_flag->addItem(tr("No"), int(Op::IsNotSet));
    m_texts->setPlaceholderText(tr("One value a line, exactly as in the roster"));
    m_texts->setTabChangesFocus(true);
    m_choices->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_texts->setMinimumHeight(fontMetrics().lineSpacing() * 4);

    m_values->insertWidget(Tenure, row(this, {m_years, m_months}));
    m_values->insertWidget(MonthsOnly, row(this, {m_monthsOnly}));
    m_values->insertWidget(Age, row(this, {m_age}));
    m_values->insertWidget(Choices, m_choices);
    m_values->insertWidget(Texts, m_texts);
    m_values->insertWidget(FlagPage, row(this, {m_flag}));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Field:"), m_field);
    form->addRow(tr("Condition:"), m_op);
    form->addRow(tr("Value:"), m_values);

    auto notify = [this] {
        if (!m_filling)
            emit changed();
    };
    connect(m_field, &QComboBox::currentIndexChanged, this, &LeafEditor::onFieldChanged);
    connect(m_op, &QComboBox::currentIndexChanged, this, notify);
    for (QSpinBox *s : {m_years, m_months, m_monthsOnly, m_age})
        connect(s, &QSpinBox::valueChanged, this, notify);
    connect(m_choices, &QListWidget::itemChanged, this, notify);
    connect(m_texts, &QPlainTextEdit::textChanged, this, notify);
    connect(m_flag, &QComboBox::currentIndexChanged, this, notify);
    setLeaf(Leaf{});
}

LeafEditor::Page LeafEditor::pageFor(Field field)
{
    switch (field) {
    case Field::TenureLast:
    case Field::TenureTotal:
        return Tenure;
    case Field::MonthsSinceDeparture:
        return MonthsOnly;
    case Field::Age:
        return Age;
    case Field::DepartureType:
    case Field::EmploymentType:
    case Field::MembershipStatus:
        return Choices;
    case Field::Grade:
    case Field::Department:
    case Field::GroupCompany:
        return Texts;
    default:
        return FlagPage;
    }
}

QString LeafEditor::opLabel(Op op)
{
    switch (op) {
    case Op::Ge:
        return tr("at least (≥)");
    case Op::Gt:
        return tr("more than (>)");
    case Op::Le:
        return tr("at most (≤)");
    case Op::Lt:
        return tr("less than (<)");
    case Op::Eq:
        return tr("exactly (=)");
    case Op::Ne:
        return tr("not (≠)");
    case Op::In:
        return tr("is one of");
    case Op::NotIn:
        return tr("is none of");
    case Op::IsSet:
        return tr("is yes");
    case Op::IsNotSet:
        return tr("is no");
    }
    return QString();
}

QVector<QPair<QString, QString>> LeafEditor::vocabularyOf(Field field)
{
    QVector<vocabulary::Term> terms;
    if (field == Field::DepartureType)
        terms = vocabulary::departureTypes();
    else if (field == Field::EmploymentType)
        terms = vocabulary::employmentTypes();
    else if (field == Field::MembershipStatus)
        terms = vocabulary::membershipStatuses();
    QVector<QPair<QString, QString>> out;
    for (const vocabulary::Term &t : terms)
        out.append({t.key, t.label});
    return out;
}

Field LeafEditor::field() const
{
    return Field(m_field->currentData().toInt());
}

void LeafEditor::fillOps(Field f, Op current)
{
    m_op->clear();
    for (Op op : opsFor(fieldInfo(f).kind))
        m_op->addItem(opLabel(op), int(op));
    const int index = m_op->findData(int(current));
    m_op->setCurrentIndex(index >= 0 ? index : 0);
    // Flags say yes / no in the value picker; a second picker saying the same would only confuse.
    m_op->setVisible(fieldInfo(f).kind != FieldKind::Flag);
}

void LeafEditor::fillChoices(Field f, const QStringList &checked)
{
    m_choices->clear();
    for (const auto &[key, label] : vocabularyOf(f)) {
        auto *item = new QListWidgetItem(label, m_choices);
        item->setData(Qt::UserRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
}

void LeafEditor::onFieldChanged()
{
    if (m_filling)
        return;
    // A new field starts from a sensible default for its kind rather than the old field's values.
    Leaf fresh;
    fresh.field = field();
    const FieldKind kind = fieldInfo(fresh.field).kind;
    fresh.op = opsFor(kind).constFirst();
    fresh.number = kind == FieldKind::Months && fresh.field != Field::MonthsSinceDeparture ? 12 : 0;
    setLeaf(fresh);
    emit changed();
}

void LeafEditor::setLeaf(const Leaf &leaf)
{
    m_filling = true;
    m_field->setCurrentIndex(m_field->findData(int(leaf.field)));
    fillOps(leaf.field, leaf.op);
    const Page page = pageFor(leaf.field);
    m_values->setCurrentIndex(page);
    // A stacked widget is as tall as its tallest page; only the page shown may ask for room, so that two
    // spin boxes do not float in the space a list of choices would need.
    for (int i = 0; i < m_values->count(); ++i)
        m_values->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_values->adjustSize();
    m_years->setValue(leaf.number / 12);
    m_months->setValue(leaf.number % 12);
    m_monthsOnly->setValue(leaf.number);
    m_age->setValue(leaf.number);
    fillChoices(leaf.field, leaf.values);
    m_texts->setPlainText(page == Texts ? leaf.values.join(QLatin1Char('\n')) : QString());
    m_flag->setCurrentIndex(leaf.op == Op::IsNotSet ? 1 : 0);
    m_filling = false;
}

Leaf LeafEditor::leaf() const
{
    Leaf l;
    l.field = field();
    const Page page = pageFor(l.field);
    l.op = page == FlagPage ? Op(m_flag->currentData().toInt()) : Op(m_op->currentData().toInt());
    switch (page) {
    case Tenure:
        l.number = m_years->value() * 12 + m_months->value();
        break;
    case MonthsOnly:
        l.number = m_monthsOnly->value();
        break;
    case Age:
        l.number = m_age->value();
        break;
    case Choices:
        for (int i = 0; i < m_choices->count(); ++i) {
            if (m_choices->item(i)->checkState() == Qt::Checked)
                l.values.append(m_choices->item(i)->data(Qt::UserRole).toString());
        }
        break;
    case Texts: {
        const QStringList lines = m_texts->toPlainText().split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QString v = line.trimmed();
            if (!v.isEmpty() && !l.values.contains(v))
                l.values.append(v);
        }
        break;
    }
    case FlagPage:
        break;
    }
    return l;
}

QString LeafEditor::describe(const Leaf &leaf)
{
    const QString name = fieldLabel(leaf.field);
    switch (pageFor(leaf.field)) {
    case Tenure:
        return tr("%1 %2 %3 y %4 m").arg(name, opSymbol(leaf.op)).arg(leaf.number / 12).arg(leaf.number % 12);
    case MonthsOnly:
        return tr("%1 %2 %3 months").arg(name, opSymbol(leaf.op)).arg(leaf.number);
    case Age:
        return tr("%1 %2 %3 years").arg(name, opSymbol(leaf.op)).arg(leaf.number);
    case Choices:
    case Texts: {
        QStringList shown;
        const auto vocab = vocabularyOf(leaf.field);
        for (const QString &v : leaf.values) {
            QString label = v;
            for (const auto &[key, text] : vocab) {
                if (key == v)
                    label = text;
            }
            shown.append(label);
        }
        const QString list = shown.isEmpty() ? tr("(nothing chosen)") : shown.join(tr(", "));
        return leaf.op == Op::NotIn ? tr("%1 is none of: %2").arg(name, list) : tr("%1 is one of: %2").arg(name, list);
    }
    case FlagPage:
        return leaf.op == Op::IsSet ? tr("%1: yes").arg(name) : tr("%1: no").arg(name);
    }
    return name;
}

} // namespace alumnidesk::ui
