#pragma once

#include <QByteArray>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QUrl>
#include <memory>

class QObject;
class QWebEnginePage;
class QWebEngineProfile;

namespace plenary::web {

class Guard;
class PageServer;

/// Where Plenary shows or prints its own HTML (the preview, the comparison, the PDF): a
/// QtWebEngine profile of its own, off the record, with JavaScript, plugins, images, local
/// content and every other way out turned off, and a guard that refuses every request that is
/// not for a page this sandbox serves. Pages are served from memory under the `plenary-page:`
/// scheme (which also avoids setHtml()'s 2 MB limit). Document text reaches the HTML only
/// through render::escapeHtml; the sandbox makes sure that even so nothing runs or leaves.
class Sandbox
{
public:
    static constexpr const char *kScheme = "plenary-page";

    /// Registers the scheme with QtWebEngine. Must be called before the application object is
    /// constructed; calling it again does nothing.
    static void registerUrlScheme();

    /// Everything QtWebEngine needs before the application object exists: the scheme, shared
    /// OpenGL contexts, no Chromium sandbox for root (Chromium refuses to start as root with
    /// it; Plenary's own sandbox still holds), its start-up report silenced. `offscreen` also
    /// selects the offscreen platform without a GPU (commands without a display, tests).
    static void prepareApplication(bool offscreen);

    Sandbox();
    ~Sandbox();
    Sandbox(const Sandbox &) = delete;
    Sandbox &operator=(const Sandbox &) = delete;

    [[nodiscard]] QWebEngineProfile *profile() const { return m_profile.get(); }
    /// A page that goes nowhere but this sandbox's pages and opens no windows.
    [[nodiscard]] QWebEnginePage *createPage(QObject *parent) const;
    /// Serves `html` under a new URL, which it returns; the pages served before it are dropped
    /// (the one before it stays while the new one loads).
    QUrl serve(const QByteArray &html);
    /// Whether a URL is one of this sandbox's pages (any fragment).
    [[nodiscard]] static bool isPageUrl(const QUrl &url);
    /// The requests the guard refused, in order.
    [[nodiscard]] QList<QUrl> refusedRequests() const;

private:
    // Destroyed in reverse order: the profile before the server and the guard it uses.
    std::unique_ptr<Guard> m_guard;
    std::unique_ptr<PageServer> m_server;
    std::unique_ptr<QWebEngineProfile> m_profile;
};

} // namespace plenary::web
