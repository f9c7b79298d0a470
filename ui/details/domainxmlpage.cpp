// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/domainxmlpage.h"

#include "ui/details/domaincontext.h"

#include "core/domain/domainactions.h"
#include "core/domain/domainxml.h"
#include "core/session/hostsession.h"
#include "widgets/applybar.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vireo {

DomainXmlPage::DomainXmlPage(DomainContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_editor(new QPlainTextEdit(this))
    , m_bar(new ApplyBar(ApplyBar::Buttons::ApplyAndRevert, this))
{
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setAccessibleName(tr("Domain XML"));
    m_editor->setTabChangesFocus(false);
    m_bar->setAccessibleName(tr("XML"));
    auto *note = new QLabel(tr("The persistent definition. A running domain takes most changes at "
                               "its next start."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_bar);

    setEdited(false);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this]() {
        if (!m_loading)
            setEdited(true);
    });
    connect(m_bar, &ApplyBar::applyRequested, this, &DomainXmlPage::apply);
    connect(m_bar, &ApplyBar::revertRequested, this, [this]() {
        setEdited(false);
        reload();
    });
    connect(m_context, &DomainContext::descriptionChanged, this, &DomainXmlPage::reload);
    reload();
}

void DomainXmlPage::reload()
{
    if (m_edited)
        return;
    // Secure: the text is defined back on Apply, and without the secrets (the console password)
    // that define would remove them.
    DomainActions::fetchDomainXml(m_context->session(), m_context->uuid(),
                                  {.inactive = true, .secure = true}, this,
                                  [this](Result<QString> xml) {
                                      if (m_edited)
                                          return;
                                      if (!xml) {
                                          m_bar->showMessage(xml.error().text(), true);
                                          return;
                                      }
                                      if (xml.value() == m_editor->toPlainText())
                                          return; // keep the cursor where it is
                                      m_loading = true;
                                      m_editor->setPlainText(xml.value());
                                      m_loading = false;
                                  });
}

void DomainXmlPage::apply()
{
    const QString xml = m_editor->toPlainText();
    if (Status ok = checkEditedDomainXml(xml, m_context->uuid()); !ok) {
        m_bar->failed(ok.error().text());
        return;
    }
    m_bar->setPending(tr("Validating and applying…"));
    DomainActions::defineXml(m_context->session(), xml, this, [this](Result<QString> uuid) {
        if (!uuid) {
            m_bar->failed(tr("Not applied; the domain is unchanged. %1").arg(uuid.error().text()));
            return;
        }
        setEdited(false);
        m_bar->succeeded(m_context->isActive()
                             ? tr("Applied. The running domain takes the change at its next start.")
                             : tr("Applied."));
        m_context->reload();
        reload();
        Q_EMIT applied();
    });
}

void DomainXmlPage::setEdited(bool edited)
{
    m_edited = edited;
    m_bar->setEdited(edited);
}

QPushButton *DomainXmlPage::applyButton() const
{
    return m_bar->applyButton();
}

QLabel *DomainXmlPage::statusLabel() const
{
    return m_bar->statusLabel();
}

} // namespace Vireo
