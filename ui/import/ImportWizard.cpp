#include "import/ImportWizard.h"

#include "common/BackgroundJob.h"
#include "import/ImportCheckPage.h"
#include "import/ImportFilePage.h"
#include "import/ImportFormatPage.h"
#include "import/ImportMappingPage.h"
#include "import/ImportRunPage.h"

#include <QAbstractButton>

namespace alumnidesk::ui {

ImportWizard::ImportWizard(Database *db, QWidget *parent)
    : QWizard(parent)
    , m_filePage(new ImportFilePage(&m_session, this))
    , m_formatPage(new ImportFormatPage(&m_session, this))
    , m_mappingPage(new ImportMappingPage(&m_session, this))
    , m_checkPage(new ImportCheckPage(&m_session, this))
    , m_runPage(new ImportRunPage(&m_session, this))
{
    m_session.db = db;
    setObjectName(QStringLiteral("ImportWizard"));
    setWindowTitle(tr("Import from HR System"));
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage | QWizard::NoDefaultButton);
    setPage(FilePageId, m_filePage);
    setPage(FormatPageId, m_formatPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(CheckPageId, m_checkPage);
    setPage(RunPageId, m_runPage);
    setStartId(FilePageId);
    setMinimumSize(820, 560);
    resize(1040, 700);

    connect(m_runPage, &ImportRunPage::imported, this, &ImportWizard::rosterChanged);
}

ImportWizard::~ImportWizard()
{
    // The pages' jobs would wait on their own, but only after the session they read is gone.
    m_checkPage->job()->cancelAndWait();
    m_runPage->job()->cancelAndWait();
}

bool ImportWizard::isBusy() const
{
    return m_checkPage->isBusy() || m_runPage->isBusy();
}

void ImportWizard::reject()
{
    // Closing now would leave a worker writing with nobody to report to: stop it, and let the page say
    // what became of the work. The user closes the window once it has stopped.
    if (m_checkPage->isBusy()) {
        m_checkPage->job()->cancel();
        return;
    }
    if (m_runPage->isBusy()) {
        m_runPage->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace alumnidesk::ui
