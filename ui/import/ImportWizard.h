// File > Import from HR System: the wizard that takes an HR export into the roster — choose the file, check
// the detected format in a preview, match the columns, see a dry run, import. Each step is a page class of
// its own; they share an ImportSession. Work that can take long (the dry run, the import) runs on worker
// threads, and while it runs Cancel or Escape stop the work instead of closing the window under it.
#pragma once

#include "import/ImportSession.h"

#include <QWizard>

namespace alumnidesk {
class Database;
}

namespace alumnidesk::ui {

class ImportCheckPage;
class ImportFilePage;
class ImportFormatPage;
class ImportMappingPage;
class ImportRunPage;

class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePageId, FormatPageId, MappingPageId, CheckPageId, RunPageId };

    /// `db` is the window's open roster; the wizard uses its connection for mapping profiles only.
    explicit ImportWizard(Database *db, QWidget *parent = nullptr);
    ~ImportWizard() override;

    ImportSession &session() { return m_session; }
    ImportFilePage *filePage() const { return m_filePage; }
    ImportFormatPage *formatPage() const { return m_formatPage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportCheckPage *checkPage() const { return m_checkPage; }
    ImportRunPage *runPage() const { return m_runPage; }

    /// True while a worker runs (dry run or import).
    bool isBusy() const;

    void reject() override;

signals:
    /// An import was committed; the roster list should reload everything.
    void rosterChanged();

private:
    ImportSession m_session;
    ImportFilePage *m_filePage;
    ImportFormatPage *m_formatPage;
    ImportMappingPage *m_mappingPage;
    ImportCheckPage *m_checkPage;
    ImportRunPage *m_runPage;
};

} // namespace alumnidesk::ui
