#include "sandbox.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMap>
#include <QMutex>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>
#include <QWebEngineUrlSchemeHandler>
#include <unistd.h>

namespace plenary::web {

namespace {

// A sandbox's page may go nowhere: links inside it are fragments of itself.
class SandboxedPage : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool) override
    {
        return Sandbox::isPageUrl(url);
    }
    QWebEnginePage *createWindow(WebWindowType) override { return nullptr; }
};

} // namespace

/// Refuses every request that is not for one of the sandbox's pages, and remembers it.
class Guard : public QWebEngineUrlRequestInterceptor
{
public:
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        if (Sandbox::isPageUrl(info.requestUrl()))
            return;
        info.block(true);
        const QMutexLocker lock(&m_mutex);
        m_refused.append(info.requestUrl());
    }

    [[nodiscard]] QList<QUrl> refused() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_refused;
    }

private:
    mutable QMutex m_mutex;
    QList<QUrl> m_refused;
};

/// Serves the newest pages from memory.
class PageServer : public QWebEngineUrlSchemeHandler
{
public:
    QUrl serve(const QByteArray &html)
    {
        const QUrl url(QLatin1String(Sandbox::kScheme) + QLatin1Char(':') +
                       QString::number(++m_number));
        m_pages.insert(m_number, html);
        while (m_pages.size() > 2)
            m_pages.erase(m_pages.begin());
        return url;
    }

    void requestStarted(QWebEngineUrlRequestJob *job) override
    {
        bool ok = false;
        const quint64 number = job->requestUrl().path().toULongLong(&ok);
        if (job->requestMethod() != "GET" || !ok || !m_pages.contains(number)) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        auto *body = new QBuffer(job); // the job owns what it reads from
        body->setData(m_pages.value(number));
        body->open(QIODevice::ReadOnly);
        job->reply(QByteArrayLiteral("text/html"), body);
    }

private:
    quint64 m_number = 0;
    QMap<quint64, QByteArray> m_pages;
};

void Sandbox::registerUrlScheme()
{
    if (QWebEngineUrlScheme::schemeByName(kScheme).name() == kScheme)
        return;
    QWebEngineUrlScheme scheme(kScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    // A unique opaque origin: a page can reach nothing, not even other pages.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::NoAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

void Sandbox::prepareApplication(bool offscreen)
{
    if (offscreen) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS"))
            qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
    }
    if (geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QLoggingCategory::setFilterRules(QStringLiteral("qt.webenginecontext.info=false"));
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    registerUrlScheme();
}

bool Sandbox::isPageUrl(const QUrl &url)
{
    return url.scheme() == QLatin1String(kScheme);
}

Sandbox::Sandbox()
    : m_guard(std::make_unique<Guard>()), m_server(std::make_unique<PageServer>()),
      m_profile(std::make_unique<QWebEngineProfile>()) // no storage name: off the record
{
    m_profile->setUrlRequestInterceptor(m_guard.get());
    m_profile->installUrlSchemeHandler(kScheme, m_server.get());
    m_profile->setHttpCacheType(QWebEngineProfile::NoCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);

    QWebEngineSettings *settings = m_profile->settings();
    for (auto [attribute, on] :
         std::initializer_list<std::pair<QWebEngineSettings::WebAttribute, bool>>{
             {QWebEngineSettings::JavascriptEnabled, false},
             {QWebEngineSettings::JavascriptCanOpenWindows, false},
             {QWebEngineSettings::JavascriptCanAccessClipboard, false},
             {QWebEngineSettings::JavascriptCanPaste, false},
             {QWebEngineSettings::LocalContentCanAccessFileUrls, false},
             {QWebEngineSettings::LocalContentCanAccessRemoteUrls, false},
             {QWebEngineSettings::LocalStorageEnabled, false},
             {QWebEngineSettings::PluginsEnabled, false},
             {QWebEngineSettings::PdfViewerEnabled, false},
             {QWebEngineSettings::AutoLoadImages, false},
             {QWebEngineSettings::AutoLoadIconsForPage, false},
             {QWebEngineSettings::TouchIconsEnabled, false},
             {QWebEngineSettings::HyperlinkAuditingEnabled, false},
             {QWebEngineSettings::DnsPrefetchEnabled, false},
             {QWebEngineSettings::WebGLEnabled, false},
             {QWebEngineSettings::ScreenCaptureEnabled, false},
             {QWebEngineSettings::FullScreenSupportEnabled, false},
             {QWebEngineSettings::AllowRunningInsecureContent, false},
             {QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false},
             {QWebEngineSettings::AllowWindowActivationFromJavaScript, false},
             {QWebEngineSettings::NavigateOnDropEnabled, false},
             {QWebEngineSettings::ErrorPageEnabled, false},
             {QWebEngineSettings::FocusOnNavigationEnabled, false},
             {QWebEngineSettings::PrintElementBackgrounds, true},
         })
        settings->setAttribute(attribute, on);
    settings->setUnknownUrlSchemePolicy(QWebEngineSettings::DisallowUnknownUrlSchemes);
}

Sandbox::~Sandbox() = default;

QWebEnginePage *Sandbox::createPage(QObject *parent) const
{
    return new SandboxedPage(m_profile.get(), parent);
}

QUrl Sandbox::serve(const QByteArray &html)
{
    return m_server->serve(html);
}

QList<QUrl> Sandbox::refusedRequests() const
{
    return m_guard->refused();
}

} // namespace plenary::web
