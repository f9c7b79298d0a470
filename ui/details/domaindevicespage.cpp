#include "ui/details/domaindevicespage.h"

#include "ui/details/domaincontext.h"

#include <QHeaderView>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Vireo {

DomainDevicesPage::DomainDevicesPage(DomainContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_tree(new QTreeWidget(this))
{
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Device"), tr("Value")});
    m_tree->setAccessibleName(tr("Devices"));
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    connect(m_context, &DomainContext::descriptionChanged, this, &DomainDevicesPage::rebuild);
    if (m_context->hasDescription())
        rebuild();
}

void DomainDevicesPage::rebuild()
{
    // Keep which devices the user collapsed across refreshes.
    QSet<QString> collapsed;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (!m_tree->topLevelItem(i)->isExpanded())
            collapsed.insert(m_tree->topLevelItem(i)->text(0));
    }
    m_tree->clear();
    // The devices people look for first; controllers, channels and the rest after them.
    static const QStringList order{QStringLiteral("disk"),       QStringLiteral("interface"),
                                   QStringLiteral("graphics"),   QStringLiteral("video"),
                                   QStringLiteral("memballoon"), QStringLiteral("serial"),
                                   QStringLiteral("console")};
    QList<DomainDevice> devices = m_context->description().devices;
    std::stable_sort(devices.begin(), devices.end(),
                     [](const DomainDevice &a, const DomainDevice &b) {
                         auto rank = [](const QString &kind) {
                             const qsizetype i = order.indexOf(kind);
                             return i < 0 ? order.size() : i;
                         };
                         return rank(a.kind) < rank(b.kind);
                     });
    for (const DomainDevice &dev : devices) {
        auto *item = new QTreeWidgetItem(m_tree, {dev.title, QString()});
        for (const auto &[label, value] : dev.properties)
            new QTreeWidgetItem(item, {label, value});
        item->setExpanded(!collapsed.contains(dev.title));
    }
}

} // namespace Vireo
