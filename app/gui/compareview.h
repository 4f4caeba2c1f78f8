#pragma once

#include "git/oid.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QWebEngineView;

namespace plenary::web {
class Sandbox;
}

namespace plenary::gui {

/// A redline between two revisions of the negotiation (or a revision and the unsaved text), in
/// its own window: inline (insertions underlined, deletions struck through) or in two columns
/// (text proposed | amendment), all paragraphs or the changed ones only, with the summary on
/// top and next/previous change. The comparison is read, computed and rendered off the GUI
/// thread; the page is shown in the same sandbox as the preview.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    /// What is compared: a revision, or the editor's unsaved text (no id, its text given).
    struct Side
    {
        std::optional<git::Oid> revision;
        QString label;   ///< "Rev.1 (3f2a9c1)", "unsaved text"
        QByteArray text; ///< the text when there is no revision
    };

    /// With `onlyDelegation`, the newer text shows only what that delegation changed after the
    /// older revision: every other paragraph as it was in the older one.
    CompareView(const QString &repositoryRoot, Side older, Side newer,
                const QString &onlyDelegation = {}, QWidget *parent = nullptr);
    ~CompareView() override;

    /// The number of changes in the page shown; -1 while it is being built.
    [[nodiscard]] int changeCount() const { return m_changes; }
    [[nodiscard]] QString summary() const;
    [[nodiscard]] QWebEngineView *view() const { return m_view; }
    [[nodiscard]] int currentChange() const { return m_current; }

public Q_SLOTS:
    void setColumns(bool columns);
    void setChangedOnly(bool changedOnly);
    void nextChange();
    void previousChange();

Q_SIGNALS:
    /// A page finished loading (after a build or an option change).
    void shown();
    /// The comparison could not be made; the message says why.
    void failed(const QString &message);

private:
    struct Built
    {
        QByteArray html;
        QString summary;
        int changes = 0;
        QString error;
    };
    void build();
    void built();
    void goToChange(int n);

    QString m_root;
    Side m_old;
    Side m_new;
    QString m_onlyDelegation;
    std::unique_ptr<web::Sandbox> m_sandbox;
    QWebEngineView *m_view;
    QLabel *m_summary;
    QRadioButton *m_inline;
    QRadioButton *m_columns;
    QCheckBox *m_changedOnly;
    QPushButton *m_previous;
    QPushButton *m_next;
    QFutureWatcher<Built> m_builder;
    bool m_rebuild = false;
    int m_changes = -1;
    int m_current = 0;
};

} // namespace plenary::gui
