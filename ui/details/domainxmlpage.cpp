#include "ui/details/domainxmlpage.h"

#include "ui/details/domaincontext.h"

#include "core/domain/domainactions.h"
#include "core/domain/domainxml.h"
#include "core/session/hostsession.h"

#include <QDialogButtonBox>
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
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_status(new QLabel(this))
{
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setAccessibleName(tr("Domain XML"));
    m_editor->setTabChangesFocus(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("XML status"));
    auto *note = new QLabel(tr("The persistent definition. A running domain takes most changes at "
                               "its next start."),
                            this);
    note->setWordWrap(true);
    auto *box = new QDialogButtonBox(this);
    box->addButton(m_apply, QDialogButtonBox::ApplyRole);
    box->addButton(m_revert, QDialogButtonBox::ResetRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    layout->addWidget(box);

    setEdited(false);
    showStatus(QString(), false);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this]() {
        if (!m_loading)
            setEdited(true);
    });
    connect(m_apply, &QPushButton::clicked, this, &DomainXmlPage::apply);
    connect(m_revert, &QPushButton::clicked, this, [this]() {
        setEdited(false);
        showStatus(QString(), false);
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
                                          showStatus(xml.error().text(), true);
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
        showStatus(ok.error().text(), true);
        return;
    }
    m_apply->setEnabled(false);
    showStatus(tr("Validating and applying…"), false);
    DomainActions::defineXml(m_context->session(), xml, this, [this](Result<QString> uuid) {
        if (!uuid) {
            m_apply->setEnabled(true);
            showStatus(tr("Not applied; the domain is unchanged. %1").arg(uuid.error().text()),
                       true);
            return;
        }
        setEdited(false);
        showStatus(m_context->isActive()
                       ? tr("Applied. The running domain takes the change at its next start.")
                       : tr("Applied."),
                   false);
        m_context->reload();
        reload();
        Q_EMIT applied();
    });
}

void DomainXmlPage::setEdited(bool edited)
{
    m_edited = edited;
    m_apply->setEnabled(edited);
    m_revert->setEnabled(edited);
}

void DomainXmlPage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setVisible(!text.isEmpty());
}

} // namespace Vireo
