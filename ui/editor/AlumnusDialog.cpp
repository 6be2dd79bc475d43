#include "editor/AlumnusDialog.h"

#include "editor/DateLineEdit.h"
#include "editor/StintDelegate.h"
#include "editor/StintTableModel.h"
#include "roster/Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace alumnidesk::ui {

namespace {

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,、，;；\\n]"));
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

const char16_t *const kPrefectures[] = {
    u"北海道", u"青森県", u"岩手県", u"宮城県", u"秋田県", u"山形県", u"福島県", u"茨城県", u"栃木県", u"群馬県",
    u"埼玉県", u"千葉県", u"東京都", u"神奈川県", u"新潟県", u"富山県", u"石川県", u"福井県", u"山梨県", u"長野県",
    u"岐阜県", u"静岡県", u"愛知県", u"三重県", u"滋賀県", u"京都府", u"大阪府", u"兵庫県", u"奈良県", u"和歌山県",
    u"鳥取県", u"島根県", u"岡山県", u"広島県", u"山口県", u"徳島県", u"香川県", u"愛媛県", u"高知県", u"福岡県",
    u"佐賀県", u"長崎県", u"熊本県", u"大分県", u"宮崎県", u"鹿児島県", u"沖縄県"};

} // namespace

AlumnusDialog::AlumnusDialog(const Alumnus &alumnus, Checker checker, QWidget *parent)
    : QDialog(parent)
    , m_original(alumnus)
    , m_checker(std::move(checker))
    , m_problems(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(alumnus.id ? tr("Edit %1").arg(alumnus.displayName()) : tr("Add alumnus"));
    m_problems->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1f11; padding: 6px; border-radius: 3px; }"));
    m_problems->hide();

    m_tabs->addTab(buildBasicsTab(), tr("Basics"));
    m_tabs->addTab(buildEmploymentTab(), tr("Employment"));
    m_tabs->addTab(buildNowTab(), tr("Since leaving"));
    m_tabs->addTab(buildMembershipTab(), tr("Membership"));
    m_tabs->addTab(buildHrTab(), tr("HR only"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AlumnusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AlumnusDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problems);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(860, 560);
    // Object names let tests (and accessibility tools) find each field by what it holds.
    const QVector<QPair<QWidget *, const char *>> names{
        {m_employeeId, "employeeId"}, {m_familyName, "familyName"}, {m_givenName, "givenName"},
        {m_familyKana, "familyKana"}, {m_givenKana, "givenKana"}, {m_birthDate, "birthDate"},
        {m_email, "email"}, {m_secondaryEmail, "secondaryEmail"}, {m_phone, "phone"},
        {m_prefecture, "prefecture"}, {m_stintView, "stints"}, {m_employer, "currentEmployer"},
        {m_title, "currentTitle"}, {m_industry, "currentIndustry"}, {m_skills, "skills"},
        {m_owner, "relationshipOwner"}, {m_lastContact, "lastContact"}, {m_status, "membershipStatus"},
        {m_newsletter, "consentNewsletter"}, {m_events, "consentEvents"}, {m_jobOffers, "consentJobOffers"},
        {m_tags, "tags"}, {m_notes, "notes"}, {m_misconduct, "hrMisconduct"}, {m_doNotRehire, "hrDoNotRehire"},
        {m_hrNote, "hrNote"}};
    for (const auto &n : names)
        n.first->setObjectName(QLatin1String(n.second));
    load(alumnus);
}

QWidget *AlumnusDialog::buildBasicsTab()
{
    auto *page = new QWidget(this);
    m_employeeId = new QLineEdit(page);
    m_familyName = new QLineEdit(page);
    m_givenName = new QLineEdit(page);
    m_familyKana = new QLineEdit(page);
    m_givenKana = new QLineEdit(page);
    m_birthDate = new DateLineEdit(page);
    m_email = new QLineEdit(page);
    m_secondaryEmail = new QLineEdit(page);
    m_phone = new QLineEdit(page);
    m_prefecture = new QComboBox(page);
    m_prefecture->setEditable(true);
    m_prefecture->addItem(QString());
    for (const char16_t *p : kPrefectures)
        m_prefecture->addItem(QString::fromUtf16(p));
    m_familyKana->setPlaceholderText(tr("katakana, e.g. ヤマダ"));
    m_givenKana->setPlaceholderText(tr("katakana, e.g. タロウ"));
    m_email->setPlaceholderText(QStringLiteral("name@example.co.jp"));

    auto *names = new QHBoxLayout;
    names->addWidget(new QLabel(tr("Family"), page));
    names->addWidget(m_familyName);
    names->addWidget(new QLabel(tr("Given"), page));
    names->addWidget(m_givenName);
    auto *kana = new QHBoxLayout;
    kana->addWidget(new QLabel(tr("Family"), page));
    kana->addWidget(m_familyKana);
    kana->addWidget(new QLabel(tr("Given"), page));
    kana->addWidget(m_givenKana);

    auto *form = new QFormLayout(page);
    form->addRow(tr("Employee ID"), m_employeeId);
    form->addRow(tr("Name"), names);
    form->addRow(tr("Reading (kana)"), kana);
    form->addRow(tr("Birth date"), m_birthDate);
    form->addRow(tr("E-mail"), m_email);
    form->addRow(tr("Second e-mail"), m_secondaryEmail);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Prefecture"), m_prefecture);

    m_fieldWidgets.insert(QStringLiteral("employee_id"), m_employeeId);
    m_fieldWidgets.insert(QStringLiteral("family_name"), m_familyName);
    m_fieldWidgets.insert(QStringLiteral("given_name"), m_givenName);
    m_fieldWidgets.insert(QStringLiteral("family_kana"), m_familyKana);
    m_fieldWidgets.insert(QStringLiteral("given_kana"), m_givenKana);
    m_fieldWidgets.insert(QStringLiteral("birth_date"), m_birthDate);
    m_fieldWidgets.insert(QStringLiteral("email"), m_email);
    m_fieldWidgets.insert(QStringLiteral("secondary_email"), m_secondaryEmail);
    m_fieldWidgets.insert(QStringLiteral("phone"), m_phone);
    return page;
}

QWidget *AlumnusDialog::buildEmploymentTab()
{
    auto *page = new QWidget(this);
    m_stints = new StintTableModel(this);
    m_stintView = new QTableView(page);
    m_stintView->setModel(m_stints);
    m_stintView->setItemDelegate(new StintDelegate(m_stintView));
    m_stintView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stintView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stintView->horizontalHeader()->setStretchLastSection(true);
    m_stintView->verticalHeader()->hide();
    m_stintView->setEditTriggers(QAbstractItemView::AllEditTriggers);

    auto *add = new QPushButton(tr("Add employment"), page);
    auto *remove = new QPushButton(tr("Remove"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_stints->appendStint();
        m_stintView->setCurrentIndex(m_stints->index(row, StintTableModel::HireDate));
        m_stintView->edit(m_stintView->currentIndex());
    });
    connect(remove, &QPushButton::clicked, this, [this] { m_stints->removeStint(m_stintView->currentIndex().row()); });

    auto *hint = new QLabel(tr("One row per period of employment. A boomerang who left twice has two rows. "
                               "Leave the departure date empty for someone who is back and still employed."),
                            page);
    hint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(m_stintView);
    layout->addLayout(buttons);
    return page;
}

QWidget *AlumnusDialog::buildNowTab()
{
    auto *page = new QWidget(this);
    m_employer = new QLineEdit(page);
    m_title = new QLineEdit(page);
    m_industry = new QLineEdit(page);
    m_skills = new QLineEdit(page);
    m_skills->setPlaceholderText(tr("separated by commas, e.g. Python, 法人営業, 簿記2級"));
    m_owner = new QLineEdit(page);
    m_owner->setPlaceholderText(tr("who keeps in touch (アルムナイ窓口)"));
    m_lastContact = new DateLineEdit(page);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Current employer"), m_employer);
    form->addRow(tr("Current title"), m_title);
    form->addRow(tr("Industry"), m_industry);
    form->addRow(tr("Skills"), m_skills);
    form->addRow(tr("Relationship owner"), m_owner);
    form->addRow(tr("Last contact"), m_lastContact);
    m_fieldWidgets.insert(QStringLiteral("last_contact_date"), m_lastContact);
    return page;
}

QWidget *AlumnusDialog::buildMembershipTab()
{
    auto *page = new QWidget(this);
    m_status = new QComboBox(page);
    for (const auto &t : vocabulary::membershipStatuses())
        m_status->addItem(t.label, t.key);
    m_newsletter = new QCheckBox(tr("Newsletter (メールマガジン)"), page);
    m_events = new QCheckBox(tr("Event invitations"), page);
    m_jobOffers = new QCheckBox(tr("Job offers (rehire contact)"), page);
    m_tags = new QLineEdit(page);
    m_tags->setPlaceholderText(tr("separated by commas"));
    m_notes = new QPlainTextEdit(page);
    auto *consents = new QGroupBox(tr("Consents"), page);
    auto *cl = new QVBoxLayout(consents);
    cl->addWidget(m_newsletter);
    cl->addWidget(m_events);
    cl->addWidget(m_jobOffers);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Membership status"), m_status);
    form->addRow(consents);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(tr("Notes"), m_notes);
    m_fieldWidgets.insert(QStringLiteral("membership_status"), m_status);
    return page;
}

QWidget *AlumnusDialog::buildHrTab()
{
    auto *page = new QWidget(this);
    auto *warning = new QLabel(tr("Only HR officers may see these fields. Recruiters and managers must never be shown them."), page);
    warning->setWordWrap(true);
    m_misconduct = new QCheckBox(tr("Misconduct recorded at departure"), page);
    m_doNotRehire = new QCheckBox(tr("Do not rehire"), page);
    m_hrNote = new QPlainTextEdit(page);
    auto *form = new QFormLayout(page);
    form->addRow(warning);
    form->addRow(m_misconduct);
    form->addRow(m_doNotRehire);
    form->addRow(tr("HR note"), m_hrNote);
    return page;
}

void AlumnusDialog::load(const Alumnus &a)
{
    m_employeeId->setText(a.employeeId);
    m_familyName->setText(a.familyName);
    m_givenName->setText(a.givenName);
    m_familyKana->setText(a.familyKana);
    m_givenKana->setText(a.givenKana);
    m_birthDate->setDate(a.birthDate);
    m_email->setText(a.email);
    m_secondaryEmail->setText(a.secondaryEmail);
    m_phone->setText(a.phone);
    m_prefecture->setCurrentText(a.prefecture);
    m_stints->setStints(a.stints);
    m_stintView->resizeColumnsToContents();
    m_employer->setText(a.currentEmployer);
    m_title->setText(a.currentTitle);
    m_industry->setText(a.currentIndustry);
    m_skills->setText(a.skills.join(QStringLiteral(", ")));
    m_owner->setText(a.relationshipOwner);
    m_lastContact->setDate(a.lastContactDate);
    m_status->setCurrentIndex(std::max(0, m_status->findData(a.membershipStatus)));
    m_newsletter->setChecked(a.consentNewsletter);
    m_events->setChecked(a.consentEvents);
    m_jobOffers->setChecked(a.consentJobOffers);
    m_tags->setText(a.tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(a.notes);
    m_misconduct->setChecked(a.hrMisconduct);
    m_doNotRehire->setChecked(a.hrDoNotRehire);
    m_hrNote->setPlainText(a.hrNote);
}

Alumnus AlumnusDialog::alumnus() const
{
    Alumnus a = m_original;
    a.employeeId = m_employeeId->text();
    a.familyName = m_familyName->text();
    a.givenName = m_givenName->text();
    a.familyKana = m_familyKana->text();
    a.givenKana = m_givenKana->text();
    a.birthDate = m_birthDate->date();
    a.email = m_email->text();
    a.secondaryEmail = m_secondaryEmail->text();
    a.phone = m_phone->text();
    a.prefecture = m_prefecture->currentText();
    a.stints = m_stints->stints();
    a.currentEmployer = m_employer->text();
    a.currentTitle = m_title->text();
    a.currentIndustry = m_industry->text();
    a.skills = splitList(m_skills->text());
    a.relationshipOwner = m_owner->text();
    a.lastContactDate = m_lastContact->date();
    a.membershipStatus = m_status->currentData().toString();
    a.consentNewsletter = m_newsletter->isChecked();
    a.consentEvents = m_events->isChecked();
    a.consentJobOffers = m_jobOffers->isChecked();
    a.tags = splitList(m_tags->text());
    a.notes = m_notes->toPlainText();
    a.hrMisconduct = m_misconduct->isChecked();
    a.hrDoNotRehire = m_doNotRehire->isChecked();
    a.hrNote = m_hrNote->toPlainText();
    return a;
}

void AlumnusDialog::accept()
{
    m_issues.clear();
    // A date the user typed but that is not a date must not silently become "no date".
    const QVector<QPair<QString, DateLineEdit *>> dates{{QStringLiteral("birth_date"), m_birthDate},
                                                        {QStringLiteral("last_contact_date"), m_lastContact}};
    for (const auto &d : dates) {
        if (!d.second->error().isEmpty())
            m_issues.append({d.first, d.second->error()});
    }
    m_issues += m_stints->dateIssues();
    if (m_issues.isEmpty()) {
        // Validation numbers the employments by hire date: show them in that order so the numbers match.
        m_stints->sortByHireDate();
        m_issues = m_checker(alumnus());
    }
    if (!m_issues.isEmpty()) {
        showIssues();
        return;
    }
    QDialog::accept();
}

void AlumnusDialog::showIssues()
{
    QStringList lines;
    for (const ValidationIssue &i : m_issues)
        lines.append(QStringLiteral("• ") + i.message.toHtmlEscaped());
    m_problems->setText(tr("Please correct:") + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
    m_problems->show();
    focusField(m_issues.constFirst().field);
}

void AlumnusDialog::focusField(const QString &field)
{
    if (field.startsWith(QLatin1String("stints"))) {
        m_tabs->setCurrentIndex(1);
        static const QRegularExpression re(QStringLiteral(R"(stints\[(\d+)\])"));
        const auto m = re.match(field);
        if (m.hasMatch())
            m_stintView->setCurrentIndex(m_stints->index(m.captured(1).toInt() - 1, StintTableModel::HireDate));
        m_stintView->setFocus();
        return;
    }
    QWidget *w = m_fieldWidgets.value(field);
    if (!w)
        return;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->isAncestorOf(w)) {
            m_tabs->setCurrentIndex(i);
            break;
        }
    }
    w->setFocus();
}

} // namespace alumnidesk::ui
