#pragma once

#include "web/sandbox.h"

#include <QFutureWatcher>
#include <QList>
#include <QPointF>
#include <QUrl>
#include <QWidget>
#include <memory>
#include <optional>

class QTimer;
class QWebEngineLoadingInfo;
class QWebEngineView;

namespace plenary::gui {

class DocumentEditor;

/// The document as it will print, beside the editor, refreshed as the drafter types. The page
/// is built off the GUI thread by plenaryrender and shown in a sandboxed web view: its own
/// off-the-record profile, no JavaScript, no plugins, no access to files, and a guard that
/// refuses every request but the preview's own page. Chromium starts only when the pane is
/// first shown; while the pane is hidden nothing is rebuilt.
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    /// The URL scheme the preview serves its page under.
    static constexpr const char *kScheme = web::Sandbox::kScheme;

    explicit PreviewPane(DocumentEditor *editor, QWidget *parent = nullptr);
    ~PreviewPane() override;

    /// Registers the preview's URL scheme with QtWebEngine. Must be called before the
    /// QApplication is constructed; calling it again does nothing.
    static void registerUrlScheme();

    /// The web view, or nullptr until the pane has been shown.
    [[nodiscard]] QWebEngineView *view() const { return m_view.get(); }
    /// The requests the guard refused since the view was created, in order.
    [[nodiscard]] QList<QUrl> refusedRequests() const;

    /// How long edits are collected before the page is rebuilt.
    static constexpr int kRefreshDelayMs = 300;

Q_SIGNALS:
    /// A new page finished loading (and its scroll position was restored).
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createView();
    void documentChanged();
    void build();
    void builtPage();
    void showPage(const QByteArray &html);
    void loadingChanged(const QWebEngineLoadingInfo &info);

    DocumentEditor *m_editor;
    QTimer *m_refresh;
    QFutureWatcher<QByteArray> m_builder;

    quint64 m_changes = 0;      // edits seen so far
    quint64 m_builtChanges = 0; // edits the build under way (or the last one) includes
    bool m_dirty = true;        // the page shown does not include every edit yet
    bool m_rebuildWhenDone = false;
    QUrl m_pageUrl; // the newest page, without fragment
    bool m_loadPending = false;
    QString m_fragment; // where the first page opens
    std::optional<QPointF> m_scrollToRestore;

    // Destroyed in reverse order: the view (and its page) before the sandbox's profile.
    std::unique_ptr<web::Sandbox> m_sandbox;
    std::unique_ptr<QWebEngineView> m_view;
};

} // namespace plenary::gui
