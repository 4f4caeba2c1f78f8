#include "previewpane.h"

#include "documenteditor.h"
#include "paragraphformat.h"
#include "render/documenthtml.h"

#include <QAction>
#include <QBuffer>
#include <QMutex>
#include <QPointer>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>
#include <QWebEngineUrlSchemeHandler>
#include <QWebEngineView>
#include <QtConcurrent/QtConcurrentRun>

namespace plenary::gui {

namespace {

bool isPreviewUrl(const QUrl &url)
{
    return url.scheme() == QLatin1String(PreviewPane::kScheme);
}

// The preview's page may go nowhere: links inside it are fragments of itself.
class PreviewPage : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool) override
    {
        return isPreviewUrl(url);
    }
    QWebEnginePage *createWindow(WebWindowType) override { return nullptr; }
};

} // namespace

/// Refuses every request that is not for the preview's own page, and remembers it.
class PreviewGuard : public QWebEngineUrlRequestInterceptor
{
public:
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        if (isPreviewUrl(info.requestUrl()))
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

/// Serves the current page under plenary-preview:N; earlier pages are gone. Serving it from
/// memory avoids setHtml()'s 2 MB limit and its data: URL.
class PreviewSchemeHandler : public QWebEngineUrlSchemeHandler
{
public:
    void setPage(const QUrl &url, const QByteArray &html)
    {
        m_url = url;
        m_html = html;
    }

    void requestStarted(QWebEngineUrlRequestJob *job) override
    {
        if (job->requestMethod() != "GET" ||
            job->requestUrl().adjusted(QUrl::RemoveFragment) != m_url) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        auto *body = new QBuffer(job); // the job owns what it reads from
        body->setData(m_html);
        body->open(QIODevice::ReadOnly);
        job->reply(QByteArrayLiteral("text/html"), body);
    }

private:
    QUrl m_url;
    QByteArray m_html;
};

PreviewPane::PreviewPane(DocumentEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_refresh(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kRefreshDelayMs);
    connect(m_refresh, &QTimer::timeout, this, &PreviewPane::build);
    connect(editor, &DocumentEditor::paragraphsChanged, this, &PreviewPane::documentChanged);
    connect(&m_builder, &QFutureWatcher<QByteArray>::finished, this, &PreviewPane::builtPage);
}

PreviewPane::~PreviewPane() = default;

void PreviewPane::registerUrlScheme()
{
    if (QWebEngineUrlScheme::schemeByName(kScheme).name() == kScheme)
        return;
    QWebEngineUrlScheme scheme(kScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    // A unique opaque origin: the page can reach nothing, not even other preview pages.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::NoAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

QList<QUrl> PreviewPane::refusedRequests() const
{
    return m_guard ? m_guard->refused() : QList<QUrl>();
}

void PreviewPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_view)
        createView();
    if (m_dirty && !m_builder.isRunning()) {
        m_refresh->stop();
        build();
    }
}

void PreviewPane::createView()
{
    m_guard = std::make_unique<PreviewGuard>();
    m_handler = std::make_unique<PreviewSchemeHandler>();
    m_profile = std::make_unique<QWebEngineProfile>(); // no storage name: off the record
    m_profile->setUrlRequestInterceptor(m_guard.get());
    m_profile->installUrlSchemeHandler(kScheme, m_handler.get());
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

    m_view = std::make_unique<QWebEngineView>(this);
    auto *page = new PreviewPage(m_profile.get(), m_view.get());
    m_view->setPage(page);
    m_view->setAcceptDrops(false);
    // Copying from the preview, nothing else: no reload, no view source, no save.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(page->action(QWebEnginePage::Copy));
    m_view->addAction(page->action(QWebEnginePage::SelectAll));
    connect(page, &QWebEnginePage::loadingChanged, this, &PreviewPane::loadingChanged);
    layout()->addWidget(m_view.get());
}

void PreviewPane::documentChanged()
{
    ++m_changes;
    m_dirty = true;
    // Collect a burst of keystrokes into one rebuild; typing on keeps refreshing at this pace.
    if (isVisible() && !m_refresh->isActive())
        m_refresh->start();
}

void PreviewPane::build()
{
    if (!isVisible() || !m_view)
        return; // rebuilt when shown again
    if (m_builder.isRunning()) {
        m_rebuildWhenDone = true;
        return;
    }
    m_dirty = false;
    m_builtChanges = m_changes;
    // The document is copied on the GUI thread; the worker owns its copy.
    m_builder.setFuture(QtConcurrent::run([document = m_editor->currentDocument()]() mutable {
        return render::DocumentHtml(std::move(document)).page().toUtf8();
    }));
}

void PreviewPane::builtPage()
{
    const bool rebuild = std::exchange(m_rebuildWhenDone, false);
    if (m_builtChanges != m_changes) {
        // Edits arrived while the page was built: it is stale, and a newer one is on its way.
        m_dirty = true;
        if (rebuild || !m_refresh->isActive())
            build();
        return;
    }
    showPage(m_builder.result());
}

void PreviewPane::showPage(const QByteArray &html)
{
    const bool first = m_pageUrl.isEmpty();
    m_pageUrl = QUrl(QLatin1String(kScheme) + QLatin1Char(':') + QString::number(++m_pageNumber));
    // While a page is still loading, the one on screen and its position stay the reference.
    if (!m_loadPending) {
        m_scrollToRestore.reset();
        m_fragment.clear();
        if (first) {
            // The first page opens at the paragraph being edited; later ones keep the position.
            const QString id = ParagraphFormat::idOf(m_editor->textCursor().block());
            if (!id.isEmpty())
                m_fragment = render::DocumentHtml::fragmentId(id);
        } else {
            m_scrollToRestore = m_view->page()->scrollPosition();
        }
    }
    QUrl url = m_pageUrl;
    if (!m_fragment.isEmpty())
        url.setFragment(m_fragment);
    m_handler->setPage(m_pageUrl, html);
    m_loadPending = true;
    m_view->page()->load(url);
}

void PreviewPane::loadingChanged(const QWebEngineLoadingInfo &info)
{
    // A load replaced by a newer one ends too; only the newest counts.
    if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus ||
        info.url().adjusted(QUrl::RemoveFragment) != m_pageUrl)
        return;
    m_loadPending = false;
    if (info.status() != QWebEngineLoadingInfo::LoadSucceededStatus) {
        qWarning("the preview page did not load: %s", qPrintable(info.errorString()));
        return;
    }
    if (!m_scrollToRestore) {
        Q_EMIT refreshed();
        return;
    }
    const QPointF at = *std::exchange(m_scrollToRestore, std::nullopt);
    // Plenary's own script, in a world of its own: the page's JavaScript stays off.
    m_view->page()->runJavaScript(
        QStringLiteral("window.scrollTo(%1, %2);").arg(qRound(at.x())).arg(qRound(at.y())),
        QWebEngineScript::ApplicationWorld, [self = QPointer<PreviewPane>(this)](const QVariant &) {
            if (self)
                Q_EMIT self->refreshed();
        });
}

} // namespace plenary::gui
