// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStyledItemDelegate>
#include <QWidget>

namespace Vireo {

/// A bar of used against total: the used part filled, the rest hollow, so a pool's allocation
/// against its capacity, or a volume's allocation on the host against the size its guest sees,
/// can be seen at a glance. GUI thread. The caller gives the text (its units): widgets know no
/// sizes.
class CapacityBar : public QWidget
{
    Q_OBJECT
public:
    explicit CapacityBar(QWidget *parent = nullptr);

    /// used and total in the same unit; total 0 draws an empty bar. The text is drawn on the bar
    /// and is its accessible description.
    void setValues(quint64 used, quint64 total, const QString &text);
    quint64 used() const { return m_used; }
    quint64 total() const { return m_total; }
    QString text() const { return m_text; }

    /// Paints a bar into rect (shared with CapacityDelegate). used > total is drawn full.
    static void paintBar(QPainter *painter, const QRect &rect, const QPalette &palette,
                         quint64 used, quint64 total, const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    quint64 m_used = 0;
    quint64 m_total = 0;
    QString m_text;
};

/// Paints a CapacityBar in a view's cell: used and total come from the model under usedRole and
/// totalRole (qulonglong), the text is the cell's DisplayRole. GUI thread.
class CapacityDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    CapacityDelegate(int usedRole, int totalRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_usedRole;
    int m_totalRole;
};

} // namespace Vireo
