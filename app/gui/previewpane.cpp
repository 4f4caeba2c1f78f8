#include "previewpane.h"

#include "documenteditor.h"
#include "paragraphformat.h"
#include "render/documenthtml.h"
#include "web/sandbox.h"

#include <QAction>
#include <QPointer>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>
#include <QtConcurrent/QtConcurrentRun>

namespace plenary::gui {

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
    web::Sandbox::registerUrlScheme();
}

QList<QUrl> PreviewPane::refusedRequests() const
{
    return m_sandbox ? m_sandbox->refusedRequests() : QList<QUrl>();
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
    m_sandbox = std::make_unique<web::Sandbox>();
    m_view = std::make_unique<QWebEngineView>(this);
    QWebEnginePage *page = m_sandbox->createPage(m_view.get());
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
    m_pageUrl = m_sandbox->serve(html);
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
