#include "report/ReportFonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace alumnidesk::report {

QString reportFontFamily()
{
    static const QString family = [] {
        const QStringList japanese = QFontDatabase::families(QFontDatabase::Japanese);
        // Proportional faces first: they read better in running text than the fixed-width ones.
        const char *preferred[] = {"IPAPGothic", "IPAexGothic", "Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP",
                                   "Yu Gothic", "Meiryo", "Hiragino Sans", "IPAGothic", "MS PGothic"};
        for (const char *name : preferred) {
            const QString n = QString::fromLatin1(name);
            if (japanese.contains(n, Qt::CaseInsensitive))
                return n;
        }
        if (!japanese.isEmpty())
            return japanese.first();
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

QFont reportFont(double pointSize, bool bold)
{
    QFont f(reportFontFamily());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

} // namespace alumnidesk::report
