#include "pipeline/BoardCardDelegate.h"

#include "common/Format.h"
#include "pipeline/BoardCardModel.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace alumnidesk::ui {

namespace {

constexpr int kPad = 6;
constexpr int kGap = 4;

} // namespace

CardText cardText(const pipeline::BoardCard &card, bool showOpening)
{
    CardText t;
    t.name = card.name;
    t.kana = card.kana;
    QStringList where;
    for (const QString &part : {card.lastDepartment, card.lastPosition}) {
        if (!part.isEmpty())
            where.append(part);
    }
    t.position = where.join(QStringLiteral(" / "));
    if (showOpening)
        t.opening = card.openingId ? card.openingTitle : QCoreApplication::translate("PipelineBoard", "Talent pool");
    const int days = card.daysInStage;
    t.days = QCoreApplication::translate("PipelineBoard", "%n day(s) in stage", nullptr, days);
    t.overdue = card.overdue;
    t.next = card.nextAction;
    if (card.nextActionDue.isValid()) {
        // The date on a line of its own: a long action must not push it out of the card.
        t.due = card.overdue ? QStringLiteral("⚠ ") + QCoreApplication::translate("PipelineBoard", "Overdue %1").arg(shortDate(card.nextActionDue))
                             : QCoreApplication::translate("PipelineBoard", "Due %1").arg(shortDate(card.nextActionDue));
    }
    return t;
}

BoardCardDelegate::BoardCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize BoardCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const BoardCardModel *>(index.model());
    if (!model)
        return QStyledItemDelegate::sizeHint(option, index);
    const CardText t = cardText(model->card(index.row()), m_showOpening);
    const QFontMetrics fm(option.font);
    int lines = 2; // name, days
    lines += t.position.isEmpty() ? 0 : 1;
    lines += t.opening.isEmpty() ? 0 : 1;
    lines += t.next.isEmpty() ? 0 : 1;
    lines += t.due.isEmpty() ? 0 : 1;
    return {option.rect.width() > 0 ? option.rect.width() : 160, lines * (fm.height() + 1) + 2 * kPad + kGap};
}

void BoardCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const BoardCardModel *>(index.model());
    if (!model)
        return QStyledItemDelegate::paint(painter, option, index);
    const CardText t = cardText(model->card(index.row()), m_showOpening);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(option.rect).adjusted(2, 2, -2, -kGap + 1);
    QPainterPath path;
    path.addRoundedRect(box, 5, 5);
    painter->fillPath(path, selected ? pal.color(QPalette::Highlight).lighter(175) : pal.color(QPalette::Base));
    painter->setPen(QPen(t.overdue ? QColor(0xc6, 0x28, 0x28) : pal.color(QPalette::Mid), t.overdue ? 1.5 : 1.0));
    painter->drawPath(path);

    const QRect inner = option.rect.adjusted(kPad + 2, kPad, -kPad - 2, -kPad);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(option.font);
    const QFontMetrics bfm(bold);
    const int lh = fm.height() + 1;
    int y = inner.top();

    // Name, then kana beside it in grey when it fits.
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    const QString name = bfm.elidedText(t.name, Qt::ElideRight, inner.width());
    painter->drawText(QRect(inner.left(), y, inner.width(), lh), Qt::AlignLeft | Qt::AlignVCenter, name);
    const int nameWidth = bfm.horizontalAdvance(name) + 6;
    painter->setFont(option.font);
    painter->setPen(pal.color(QPalette::PlaceholderText));
    if (!t.kana.isEmpty() && nameWidth < inner.width() - 20) {
        painter->drawText(QRect(inner.left() + nameWidth, y, inner.width() - nameWidth, lh),
                          Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(t.kana, Qt::ElideRight, inner.width() - nameWidth));
    }
    y += lh;

    auto line = [&](const QString &text, const QColor &color) {
        if (text.isEmpty())
            return;
        painter->setPen(color);
        painter->drawText(QRect(inner.left(), y, inner.width(), lh), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(text, Qt::ElideRight, inner.width()));
        y += lh;
    };
    line(t.position, pal.color(QPalette::Text));
    line(t.opening, pal.color(QPalette::Link));
    line(t.days, pal.color(QPalette::PlaceholderText));
    line(t.next, pal.color(QPalette::Text));
    line(t.due, t.overdue ? QColor(0xc6, 0x28, 0x28) : pal.color(QPalette::Text));
    painter->restore();
}

} // namespace alumnidesk::ui
