#include "domaindevicespage.h"

#include "domaincontext.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    for (const DomainDevice &dev : m_context->description().devices) {
        auto *item = new QTreeWidgetItem(m_tree, {dev.title, QString()});
        for (const auto &[label, value] : dev.properties)
            new QTreeWidgetItem(item, {label, value});
        item->setExpanded(!collapsed.contains(dev.title));
    }
}

} // namespace Vireo
