#include "pipeline/MatchDialog.h"

#include "common/MessageBox.h"
#include "pipeline/MatchTableModel.h"
#include "pipeline/PipelineCommands.h"
#include "pipeline/PipelineService.h"
#include "pipeline/PipelineSession.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace alumnidesk::ui {

MatchDialog::MatchDialog(PipelineSession *session, qint64 openingId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_openingId(openingId)
    , m_heading(new QLabel(this))
    , m_weights(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new MatchTableModel(this))
    , m_reasons(new QTextBrowser(this))
    , m_add(new QPushButton(tr("&Add to Pipeline"), this))
{
    setWindowTitle(tr("Match Alumni"));
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_heading->setFont(big);

    // Say what the ranking weighs: recruiters must be able to explain why someone is on the list.
    QStringList parts;
    for (const pipeline::MatchWeight &w : pipeline::OpeningMatcher::weights())
        parts.append(tr("%1 %2").arg(w.label).arg(w.maxPoints / 10));
    m_weights->setText(tr("The score (out of 100) weighs: %1. People who left the network, who work here again, "
                          "who have not agreed to hear about job offers or whose rehire verdict is Not eligible "
                          "are left out. Point at a cell for its reason.")
                           .arg(parts.join(tr(", "))));
    m_weights->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_reasons->setOpenLinks(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_reasons);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_add, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_weights);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &MatchDialog::addSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showReasons();
        updateButton();
    });
    resize(1040, 640);
    rank();
}

void MatchDialog::rank()
{
    pipeline::PipelineService *service = m_session->service();
    if (!service)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    pipeline::MatchOptions options;
    options.limit = 50;
    auto list = service->match(m_openingId, options);
    QApplication::restoreOverrideCursor();
    if (!list) {
        m_heading->setText(list.errorText());
        m_model->setMatches({});
        return;
    }
    m_model->setMatches(list.value());
    const QString skills = list->opening.requiredSkills.join(QStringLiteral(", "));
    QString heading = tr("Matches for “%1”").arg(list->opening.title);
    if (!skills.isEmpty())
        heading += QStringLiteral("  ") + tr("(required skills: %1)").arg(skills);
    m_heading->setText(heading);
    m_table->resizeColumnsToContents();
    m_reasons->setPlainText(tr("%Ln people were scored.", nullptr, list->considered));
    updateButton();
}

void MatchDialog::showReasons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const pipeline::MatchResult &r = m_model->result(rows.first().row());
    QString html = QStringLiteral("<b>%1</b> %2 — %3<table>")
                       .arg(r.name.toHtmlEscaped(), r.kana.toHtmlEscaped(), tr("score %1").arg(r.scoreText()).toHtmlEscaped());
    for (const pipeline::MatchComponent &c : r.components) {
        html += QStringLiteral("<tr><td style='padding-right:10px'>%1</td><td align='right' style='padding-right:10px'>%2/%3</td><td>%4</td></tr>")
                    .arg(c.label.toHtmlEscaped())
                    .arg(c.points / 10.0, 0, 'f', 1)
                    .arg(c.maxPoints / 10)
                    .arg(c.reason.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_reasons->setHtml(html);
}

void MatchDialog::updateButton()
{
    int addable = 0;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows()) {
        if (!m_model->result(i.row()).openCandidacyId)
            ++addable;
    }
    m_add->setEnabled(addable > 0);
}

int MatchDialog::addSelected()
{
    pipeline::PipelineService *service = m_session->service();
    if (!service)
        return 0;
    QString openingTitle;
    if (auto opening = service->openings().load(m_openingId))
        openingTitle = opening->title;
    // One entry on the Undo menu for everyone added; a person the core refuses is reported and skipped.
    // Refusals of the first redo are listed together below; later ones (undo, redo from the Edit menu,
    // when this dialog may be gone) each get a message box over the window.
    struct Problems {
        QStringList lines;
        bool collecting = true;
        QPointer<QWidget> window;
    };
    auto problems = std::make_shared<Problems>();
    problems->window = parentWidget();
    auto *group = new AddCandidaciesCommand(QString());
    int asked = 0;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows()) {
        const pipeline::MatchResult &r = m_model->result(i.row());
        if (r.openCandidacyId)
            continue;
        pipeline::NewCandidacy n;
        n.alumnusId = r.alumnusId;
        n.openingId = m_openingId;
        n.source = pipeline::CandidacySource::Outreach;
        const QString name = r.name;
        new AddCandidacyCommand(m_session, n, name, openingTitle, [problems, name](const QString &message) {
            const QString line = name + QStringLiteral(": ") + message;
            if (problems->collecting)
                problems->lines.append(line);
            else
                MessageBox::warning(problems->window.data(), tr("Change not applied"), line);
        }, group);
        ++asked;
    }
    if (asked == 0) {
        delete group;
        return 0;
    }
    group->setText(tr("Add %n people to the pipeline for “%1”", nullptr, asked).arg(openingTitle));
    int added = 0;
    if (m_session->run(group))
        added = asked - int(problems->lines.size());
    problems->collecting = false;
    if (!problems->lines.isEmpty())
        MessageBox::warning(this, tr("Not everyone was added"), problems->lines.join(QLatin1Char('\n')));
    rank();
    return added;
}

} // namespace alumnidesk::ui
