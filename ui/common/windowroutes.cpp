// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/common/windowroutes.h"

#include "ui/common/uitr.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace Vireo::WindowRoutes {

namespace {
Routes &routes()
{
    static Routes r;
    return r;
}
std::function<void()> &quitHandler()
{
    static std::function<void()> handler;
    return handler;
}
} // namespace

void set(const Routes &r)
{
    routes() = r;
}

const Routes &get()
{
    return routes();
}

QAction *createQuitAction(QWidget *window)
{
    auto *quit = new QAction(UiTr::tr("&Quit"), window);
    // Ctrl+Q everywhere: QKeySequence::Quit is empty under some platform themes (offscreen,
    // Windows-like key schemes), and the manager's users know Ctrl+Q.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setToolTip(UiTr::tr("Quit Vireo (closes every window)"));
    quit->setMenuRole(QAction::QuitRole);
    window->addAction(quit);
    QObject::connect(quit, &QAction::triggered, window, [] { quitApplication(); });
    return quit;
}

void setQuitHandler(std::function<void()> handler)
{
    quitHandler() = std::move(handler);
}

void quitApplication()
{
    if (quitHandler())
        quitHandler()();
    else
        QCoreApplication::quit();
}

} // namespace Vireo::WindowRoutes
